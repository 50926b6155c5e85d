/**
 * An event as pages and data show it, made from what its passages say: the passages that state its
 * date (and place) are its sources, the others that name it are its mentions, each once and in
 * corpus order; its status is the strongest any passage gives it; its label is capitalised as a
 * heading; and events are ordered by date, a document's own adoption or issue after the other
 * events of its day, since it speaks of them.
 */
import { capitalizedFirst } from '../words/labels.ts';
import type { EventMention, EventSource, TimelineEvent, UndatedEvent } from './types.ts';
import { compareTimelineDates } from './dates.ts';
import { type GatheredEvent, statesDate } from './merge.ts';
import { statementStatus, strongestStatus } from './status.ts';

/** Corpus order by permalink: each document, then each of its passages. */
export type CorpusOrder = ReadonlyMap<string, number>;

function ranked<T>(items: readonly T[], permalinkOf: (item: T) => string, order: CorpusOrder): T[] {
	const seen = new Set<string>();
	const unique = items.filter((item) => {
		const permalink = permalinkOf(item);
		if (seen.has(permalink)) return false;
		seen.add(permalink);
		return true;
	});
	const rank = (item: T): number => order.get(permalinkOf(item)) ?? Infinity;
	return unique.sort((a, b) => rank(a) - rank(b));
}

function finishedBase(
	event: GatheredEvent,
	order: CorpusOrder,
): { base: Omit<UndatedEvent, 'status'>; sources: EventSource[] } {
	const sources = ranked(
		event.sayings.filter((saying) => statesDate(event, saying)).map((saying) => saying.source),
		(source) => source.permalink,
		order,
	);
	const cited = new Set(sources.map((source) => source.permalink));
	// A passage that gives a coarse date and names the event elsewhere is listed with its date.
	const withDateFirst = [...event.sayings].sort(
		(a, b) => Number(a.date === null) - Number(b.date === null),
	);
	const mentions: EventMention[] = ranked(
		withDateFirst
			.filter((saying) => !cited.has(saying.source.permalink))
			.map((saying) => ({ source: saying.source, date: saying.date })),
		(mention) => mention.source.permalink,
		order,
	);
	return {
		base: {
			kind: event.kind,
			what: capitalizedFirst(event.what),
			place: event.place,
			congresses: event.congresses,
			document: event.document,
			mentions,
		},
		sources,
	};
}

/**
 * A dated event as pages show it, or null when its date is unknown. A reckoned session is at
 * least `planned`: the body that holds it meets every year.
 */
export function finishedEvent(event: GatheredEvent, order: CorpusOrder): TimelineEvent | null {
	const { date } = event;
	if (date === null) return null;
	const status =
		strongestStatus([
			...event.sayings.map((saying) => statementStatus(saying.mood, date, saying.statedOn)),
			event.reckonedFrom.length > 0 ? 'planned' : null,
		]) ?? 'happened';
	const { base, sources } = finishedBase(event, order);
	return {
		...base,
		sources,
		date,
		status,
		reckonedFrom: ranked(event.reckonedFrom, (source) => source.permalink, order),
	};
}

/**
 * An event named without a date as pages list it, or null when no passage says whether it took
 * place or is to: an event the texts only name, and say nothing of, is left out.
 */
export function finishedUndated(event: GatheredEvent, order: CorpusOrder): UndatedEvent | null {
	const status = strongestStatus(
		event.sayings.map((saying) => statementStatus(saying.mood, null, saying.statedOn)),
	);
	if (event.date !== null || status === null) return null;
	return { ...finishedBase(event, order).base, status };
}

/**
 * Orders events by date (`compareTimelineDates`); on the same date, a corpus document's own
 * adoption or issue comes after the events it may report, and other events keep their order.
 */
export function compareEvents(
	a: Pick<TimelineEvent, 'date' | 'document'>,
	b: Pick<TimelineEvent, 'date' | 'document'>,
): number {
	return (
		compareTimelineDates(a.date, b.date) ||
		Number(a.document !== null) - Number(b.document !== null)
	);
}
