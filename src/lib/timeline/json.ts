/**
 * A congress's timeline as `/congresses/{ordinal}/timeline.json` publishes it.
 */
import { formatTimelineDate } from './dates.ts';
import { eventId } from './ids.ts';
import type {
	CongressLink,
	EventKind,
	EventMention,
	EventSource,
	EventStatus,
	TimelineDate,
	TimelineEvent,
	UndatedEvent,
} from './types.ts';

/** A passage as the file cites it: the contract's citation and the site-relative permalink. */
export interface SourceJson {
	symbol: string;
	citation: string;
	permalink: string;
}

/** A passage that names an event without its date, and the coarser date it gives, if any. */
export interface MentionJson extends SourceJson {
	/** The date this passage gives the event, coarser than the event's own, or null. */
	date: TimelineDate | null;
}

/** What every event of the file has. */
interface EventJsonBase {
	/** Stable across builds: date, kind and label (see `eventId`), `2010-04-12.meeting.twelfth-…`. */
	id: string;
	kind: EventKind;
	/** `happened`, `planned` or `proposed`, as the texts say of it (see `EventStatus`). */
	status: EventStatus;
	what: string;
	place: string | null;
	congresses: CongressLink[];
	document: string | null;
	/** Passages that name it without stating its date. */
	mentions: MentionJson[];
}

/** One dated event as `/congresses/{ordinal}/timeline.json` publishes it. */
export interface TimelineEventJson extends EventJsonBase {
	/** `start`, `end` and `precision` as in the model: ISO dates no more precise than the text. */
	date: TimelineDate;
	/** The date as the UN writes it: `12–19 April 2010`, `May 2010`, `2015`. */
	when: string;
	/** The passages that state its date (and place); empty when the year is reckoned. */
	sources: SourceJson[];
	/** The passages a year no text states is reckoned from; empty when the texts state it. */
	reckonedFrom: SourceJson[];
}

/** One event named without a date. */
export type UndatedEventJson = EventJsonBase;

/** What each list of `/congresses/{ordinal}/timeline.json` holds, written into the file itself. */
export const timelineJsonLists = {
	events:
		'The congress’s own timeline, in date order: what was decided and held for it (its preparations, the congress, its follow-up), each event tied to the congress by the sentence or passage that states it, or a document about the congress.',
	background:
		'Background the texts recall, in date order: decisions from before the congress’s five-year cycle, events tied to it only through the annex or document they are mentioned in, and budget periods. Listed so that nothing is hidden; not steps of the congress’s own story.',
	undated:
		'Steps of the congress’s own story that the texts name, and say were held, adopted or are to be, without giving them any date; in the order the corpus first names them.',
	fields:
		'Each event: id (stable: its date as stated, or "undated", its kind and its label, joined by dots), kind, status ("happened": the texts report it held, adopted or issued, or date it before the document that states it; "planned": decided or expected for later; "proposed": only a draft would have it so), what, date (ISO start and end, and the precision the text gives: year, month or day) and when, place, congresses, document, sources (passages that state its date and place), mentions (passages that only name it, with the coarser date one gives, if any) and reckonedFrom (for a session year reckoned from a body’s annual sessions: the passages it is reckoned from).',
} as const;

/** The document `/congresses/{ordinal}/timeline.json` serves. */
export interface TimelineJson {
	/** What each list holds, and what each field of an event means, in words, for a reader of the file alone. */
	lists: typeof timelineJsonLists;
	/** The congress's own timeline: the events its page draws on the year axis. */
	events: TimelineEventJson[];
	/** The background the texts recall: the events its page lists below the timeline. */
	background: TimelineEventJson[];
	/** Events of its story named without a date. */
	undated: UndatedEventJson[];
}

function sourceJson({ symbol, citation, permalink }: EventSource): SourceJson {
	return { symbol, citation, permalink };
}

function mentionJson({ source, date }: EventMention): MentionJson {
	return {
		...sourceJson(source),
		date: date === null ? null : { start: date.start, end: date.end, precision: date.precision },
	};
}

function baseJson(event: UndatedEvent, id: string): EventJsonBase {
	return {
		id,
		kind: event.kind,
		status: event.status,
		what: event.what,
		place: event.place,
		congresses: event.congresses.map((link) => ({ congress: link.congress, basis: link.basis })),
		document: event.document,
		mentions: event.mentions.map(mentionJson),
	};
}

function eventJson(event: TimelineEvent): TimelineEventJson {
	return {
		...baseJson(event, eventId(event)),
		date: { start: event.date.start, end: event.date.end, precision: event.date.precision },
		when: formatTimelineDate(event.date),
		sources: event.sources.map(sourceJson),
		reckonedFrom: event.reckonedFrom.map(sourceJson),
	};
}

/**
 * Events as plain JSON for `/congresses/{ordinal}/timeline.json`: the congress's own timeline
 * (`events`), its background (`background`, see `congressTimeline`) and its events named without a
 * date (`undated`), each in the order given, each event with its stable id and status, its date
 * also written out, and its sources and mentions reduced to what a reader follows (symbol,
 * citation, permalink). Nothing in it is a class, a Map or undefined, so
 * `JSON.parse(JSON.stringify(json))` gives it back unchanged.
 */
export function timelineJson(
	events: readonly TimelineEvent[],
	background: readonly TimelineEvent[] = [],
	undated: readonly UndatedEvent[] = [],
): TimelineJson {
	return {
		lists: { ...timelineJsonLists },
		events: events.map(eventJson),
		background: background.map(eventJson),
		undated: undated.map((event) => baseJson(event, eventId(event))),
	};
}
