/**
 * Timelines: dated events read from the documents' own words, never typed by hand.
 *
 * This module holds the vocabulary and imports nothing else of `timeline/`. The work is split by
 * job: `dates.ts` finds date phrases, `places.ts` the place beside one, `labels.ts` the noun phrase
 * a date attaches to (with the help of `phrases.ts`, which finds noun phrases), `acts.ts` dated
 * resolutions and decisions, `congress.ts` which congress a passage speaks of, `mentions.ts` walks
 * a document, `merge.ts` makes one event of several statements, `sessions.ts` joins a session named
 * without a date to its dated event, `extract.ts` puts them together, `facts.ts` answers what the
 * documents say of one congress, `story.ts` orders a congress's timeline and tells its own story
 * from the background its texts recall, `json.ts` publishes it, and `view.ts` shapes a timeline
 * for its page.
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
 * What kind of thing happened: a resolution or decision adopted, a document issued, a meeting
 * (congress, session, conference) held or to be held, a period a plan or budget covers, or
 * anything else a dated noun phrase names (a study launched, a report of February 2009).
 */
export type EventKind = 'adoption' | 'issue' | 'meeting' | 'period' | 'other';

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

/** One event, however many passages state it. */
export interface TimelineEvent {
	kind: EventKind;
	/** What happened, in the text's words: the noun phrase the date attaches to. */
	what: string;
	date: TimelineDate;
	/** Where, as the text names it ("Salvador, Brazil", "Vienna"), or null. */
	place: string | null;
	/** The congresses it belongs to, in number order; empty when it belongs to none. */
	congresses: CongressLink[];
	/** The symbol of the corpus document this event is the adoption or issue of, or null. */
	document: string | null;
	/** Every passage that states it, in corpus order. */
	sources: EventSource[];
}
