/**
 * Timelines: dated events read from the documents' own words, never typed by hand.
 *
 * This module holds the vocabulary and the two views of a list of events (one congress's timeline,
 * its JSON). The work is split by job: `timeline-dates.ts` finds date phrases, `timeline-places.ts`
 * the place beside one, `timeline-labels.ts` the noun phrase a date attaches to (with the help of
 * `timeline-phrases.ts`, which finds noun phrases), `timeline-acts.ts` dated resolutions and
 * decisions, `timeline-congress.ts` which congress a passage speaks of,
 * `timeline-mentions.ts` walks a document, `timeline-merge.ts` makes one event of several
 * statements, `timeline-sessions.ts` joins a session named without a date to its dated event,
 * `timeline-extract.ts` puts them together, `timeline-facts.ts` answers what the documents say of
 * one congress, `timeline-story.ts` tells a congress's own story from the background its texts
 * recall, and `timeline-view.ts` shapes a timeline for its page.
 */
import type { CongressOrdinal, PassageAddress } from './contract.ts';
import type { IsoDate } from './model.ts';
import { attributionOrder, congressNumberOf } from './timeline-congress.ts';
import { compareTimelineDates, formatTimelineDate } from './timeline-dates.ts';

export { extractEvents } from './timeline-extract.ts';
export { congressFacts } from './timeline-facts.ts';
export type { CongressFacts, DeclarationFact, DocumentAbout, Fact } from './timeline-facts.ts';
export { findDates, formatTimelineDate, timelineDateParts } from './timeline-dates.ts';
export type { DatePart } from './timeline-dates.ts';
export {
	attributionOrder,
	congressesNamed,
	congressNumberOf,
	congressPageOf,
	congressPages,
} from './timeline-congress.ts';

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

function numberOf(congress: number | CongressOrdinal): number {
	return typeof congress === 'number' ? congress : congressNumberOf(congress);
}

/**
 * One congress's events in date order. Events are ordered by where they start; a date stated less
 * precisely comes after the finer dates it contains ("2010" after "12–19 April 2010", "May 2010"
 * after "3 May 2010") and before the next month or year, since the text does not say when in it;
 * events that start alike keep the order `events` gives them (the sort is stable). `bases` keeps
 * only events tied to the congress on those grounds: `['named', 'clause']` for the events whose
 * own sentence names it.
 * @example timelineOf(extractEvents(documents), 'twelfth')
 */
export function timelineOf(
	events: readonly TimelineEvent[],
	congress: number | CongressOrdinal,
	bases: readonly AttributionBasis[] = attributionOrder,
): TimelineEvent[] {
	const wanted = numberOf(congress);
	return events
		.filter((event) =>
			event.congresses.some((link) => link.congress === wanted && bases.includes(link.basis)),
		)
		.sort((a, b) => compareTimelineDates(a.date, b.date));
}

/** One event as `/congresses/{ordinal}/timeline.json` publishes it. */
export interface TimelineEventJson {
	kind: EventKind;
	what: string;
	/** `start`, `end` and `precision` as in the model: ISO dates no more precise than the text. */
	date: TimelineDate;
	/** The date as the UN writes it: `12–19 April 2010`, `May 2010`, `2015`. */
	when: string;
	place: string | null;
	congresses: CongressLink[];
	document: string | null;
	/** The passages that state it: the contract's citation and the site-relative permalink. */
	sources: { symbol: string; citation: string; permalink: string }[];
}

/** What each list of `/congresses/{ordinal}/timeline.json` holds, written into the file itself. */
export const timelineJsonLists = {
	events:
		'The congress’s own timeline, in date order: what was decided and held for it (its preparations, the congress, its follow-up), each event tied to the congress by the sentence or passage that states it, or a document about the congress.',
	background:
		'Background the texts recall, in date order: decisions from before the congress’s five-year cycle, events tied to it only through the annex or document they are mentioned in, and budget periods. Listed so that nothing is hidden; not steps of the congress’s own story.',
} as const;

/** The document `/congresses/{ordinal}/timeline.json` serves. */
export interface TimelineJson {
	/** What `events` and `background` hold, in words, for a reader of the file alone. */
	lists: typeof timelineJsonLists;
	/** The congress's own timeline: the events its page draws on the year axis. */
	events: TimelineEventJson[];
	/** The background the texts recall: the events its page lists below the timeline. */
	background: TimelineEventJson[];
}

function eventJson(event: TimelineEvent): TimelineEventJson {
	return {
		kind: event.kind,
		what: event.what,
		date: { start: event.date.start, end: event.date.end, precision: event.date.precision },
		when: formatTimelineDate(event.date),
		place: event.place,
		congresses: event.congresses.map((link) => ({ congress: link.congress, basis: link.basis })),
		document: event.document,
		sources: event.sources.map(({ symbol, citation, permalink }) => ({
			symbol,
			citation,
			permalink,
		})),
	};
}

/**
 * Events as plain JSON for `/congresses/{ordinal}/timeline.json`: the congress's own timeline
 * (`events`) and its background (`background`, see `congressTimeline`), each in the order given,
 * each event with its date also written out and its sources reduced to what a reader follows
 * (symbol, citation, permalink). Nothing in it is a class, a Map or undefined, so
 * `JSON.parse(JSON.stringify(json))` gives it back unchanged.
 */
export function timelineJson(
	events: readonly TimelineEvent[],
	background: readonly TimelineEvent[] = [],
): TimelineJson {
	return {
		lists: { ...timelineJsonLists },
		events: events.map(eventJson),
		background: background.map(eventJson),
	};
}
