/**
 * A congress's timeline as `/congresses/{ordinal}/timeline.json` publishes it.
 */
import { formatTimelineDate } from './dates.ts';
import type { CongressLink, EventKind, TimelineDate, TimelineEvent } from './types.ts';

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
