/**
 * Timelines: dated events read from the documents' own words, never typed by hand.
 *
 * This module holds the vocabulary and imports nothing else of `timeline/`. The work is split by
 * job: `dates.ts` finds date phrases, `places.ts` the place beside one, `labels.ts` the noun phrase
 * a date attaches to (with the help of `phrases.ts`, which finds noun phrases), `acts.ts` dated
 * resolutions and decisions, `congress.ts` which congress a passage speaks of, `status.ts` whether
 * a passage reports its event held, planned or proposed, `mentions.ts` walks a document for dated
 * statements, `named.ts` for sessions, resolutions and meetings named without a date, `merge.ts`
 * makes one event of several statements, `reckon.ts` dates a session of a body that meets annually,
 * `finish.ts` tells an event's sources (passages that state its date) from its mentions (passages
 * that only name it), `check.ts` holds cited passages to what they are cited for, `extract.ts` puts
 * them together, `facts.ts` answers what the documents say of one congress, `story.ts` orders a
 * congress's timeline and tells its own story from the background its texts recall, `json.ts` and
 * `ids.ts` publish it, and `view.ts` shapes a timeline for its page.
 */
import type { PassageAddress } from '../contract.ts';
import type { IsoDate } from '../model.ts';

/** How precisely the text states a date: a year is a year, never invented to a day. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A date as precise as the text states it: `{ start: '2015', end: null, precision: 'year' }`,
 * `{ start: '2010-04-12', end: '2010-04-19', precision: 'day' }`. `end` is the last day, month or
 * year of a range, at the same precision as `start`; null for a single day, month or year.
 */
export interface TimelineDate {
	start: IsoDate;
	end: IsoDate | null;
	precision: DatePrecision;
}

/**
 * A passage that states an event, with the contract's citation and permalink. `address` is null
 * when the source is a document as a whole (its own adoption or issue date, read from its
 * adoption line or sidecar): then the citation is the symbol and the permalink the document.
 */
export interface EventSource {
	symbol: string;
	address: PassageAddress | null;
	citation: string;
	permalink: string;
}

/**
 * A passage that names an event without stating the date it is shown at: no date at all ("at its
 * nineteenth session"), or a coarser one ("is to be held in 2010" beside "from 12 to 19 April
 * 2010"). It is cited for naming the event, never for its date or place.
 */
export interface EventMention {
	source: EventSource;
	/** The date this passage gives the event, coarser than the event's own; null when it gives none. */
	date: TimelineDate | null;
}

/**
 * What kind of thing happened: a resolution or decision adopted, a document issued, a meeting
 * (congress, session, conference) held or to be held, a period a plan or budget covers, or
 * anything else a dated noun phrase names (a study launched, a report of February 2009).
 */
export type EventKind = 'adoption' | 'issue' | 'meeting' | 'period' | 'other';

/**
 * Whether the texts say an event took place, strongest first: `happened` (a passage reports it as
 * done: a meeting held, a resolution adopted, a report issued, or it is dated before the document
 * that states it); `planned` (a passage decides or expects it for later: "is to be held in 2010",
 * "to convene in 2010", or it is dated after the document that states it); `proposed` (only a
 * draft would have it so: what a draft resolution's operative paragraphs ask, what a report says a
 * draft "would" do). An event takes the strongest status any of its passages gives it.
 */
export type EventStatus = 'happened' | 'planned' | 'proposed';

/**
 * Why an event belongs to a congress, strongest first: its label names the congress (`named`);
 * the clause around the date does (`clause`); the passage does (`passage`); the resolution's own
 * operative paragraphs act on it (`operative`, for a document's own adoption); the annex is about
 * it (`part`: its title, or its opening paragraph, names it); the document's title names it
 * (`title`: for a mention, only when the title names one congress alone).
 */
export type AttributionBasis = 'named' | 'clause' | 'passage' | 'operative' | 'part' | 'title';

/** A congress an event belongs to, by its number (12 for the Twelfth), and why. */
export interface CongressLink {
	congress: number;
	basis: AttributionBasis;
}

/** What every event has, dated or not. */
export interface EventBase {
	kind: EventKind;
	/** What happened, in the text's words (the noun phrase the date attaches to), its first letter capitalised. */
	what: string;
	/** Where, as the text names it ("Salvador, Brazil", "Vienna"), or null. */
	place: string | null;
	status: EventStatus;
	/** The congresses it belongs to, in number order; empty when it belongs to none. */
	congresses: CongressLink[];
	/** The symbol of the corpus document this event is the adoption or issue of, or null. */
	document: string | null;
	/** Passages that name it without stating its date, in corpus order. */
	mentions: EventMention[];
}

/**
 * One dated event, however many passages state it. Its date is stated or reckoned: when
 * `reckonedFrom` is empty, every one of `sources` states the date (and the place, when the event
 * has one); when it is not, no passage states the date and `sources` is empty: the year is
 * reckoned from the passages `reckonedFrom` cites (a body that meets annually, one of its sessions
 * dated), and the event is known from its `mentions`.
 */
export interface TimelineEvent extends EventBase {
	date: TimelineDate;
	/** Every passage that states its date (and place), in corpus order. */
	sources: EventSource[];
	/** The passages its date is reckoned from, or empty when the texts state it. */
	reckonedFrom: EventSource[];
}

/**
 * An event the texts name and say something of (that it was held, or is to be) without any date:
 * "its resolution 62/173, in which it had endorsed …", "the conclusions … of the regional
 * preparatory meetings for the Twelfth Congress". Its `mentions` all have a null date.
 */
export type UndatedEvent = EventBase;
