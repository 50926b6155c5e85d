/**
 * A congress's own story and its background: of the events a congress's documents tie to it, which
 * tell what was decided and held for it (its preparations, the congress, its follow-up), and which
 * are only recalled on the way (the decisions it rests on, the Millennium Declaration a preamble
 * recalls, the budget period its costs fall in).
 */
import type { CongressOrdinal } from '../contract.ts';
import { attributionOrder, congressNumberOf, congressOfLabel } from './congress.ts';
import { compareEvents } from './finish.ts';
import type { AttributionBasis, TimelineEvent, UndatedEvent } from './types.ts';

/**
 * One congress's events in date order (`compareEvents`): by where they start, a date stated less
 * precisely before the finer dates it contains ("2010" before "12–19 April 2010"), since the text
 * says only that it falls somewhere in that year or month; events that start alike keep the order
 * `events` gives them, a document's own adoption or issue last (the sort is stable). `bases` keeps
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
		.sort(compareEvents);
}

/**
 * How many years before a congress its story can start: the congresses are held every five years
 * (resolution 46/152, annex, as A/RES/65/230 recalls), so a congress is prepared in the five years
 * after the one before it; what is older is the ground it stands on, not its story.
 */
export const congressCycleYears = 5;

/**
 * The bases on which an event a passage mentions is part of a congress's story: its own sentence
 * or passage names the congress. A mention tied only by the annex or the document it sits in
 * (`part`, `title`) is background, however strongly the document itself is about the congress.
 */
export const storyBases: readonly AttributionBasis[] = ['named', 'clause', 'passage'];

/** A congress's events in three lists: two in date order, and those named without a date. */
export interface CongressTimeline {
	/** What was decided and held for the congress: its preparations, the congress, its follow-up. */
	story: TimelineEvent[];
	/** Earlier decisions and periods the texts recall on the way, so that nothing is hidden. */
	background: TimelineEvent[];
	/** Events of its story the texts name and say something of, but date nowhere, in corpus order. */
	undated: UndatedEvent[];
}

function numberOf(congress: number | CongressOrdinal): number {
	return typeof congress === 'number' ? congress : congressNumberOf(congress);
}

function startYear(event: TimelineEvent): number {
	return Number(event.date.start.slice(0, 4));
}

/**
 * The first year of a congress's story: `congressCycleYears` before the first year the texts date
 * the congress itself in, or null when no text dates it (then no event is too early for it).
 * @example storyStartYear(extractEvents(documents), 'twelfth') // 2005: the Congress was held in 2010
 */
export function storyStartYear(
	events: readonly TimelineEvent[],
	congress: number | CongressOrdinal,
): number | null {
	const wanted = numberOf(congress);
	const years = events
		.filter((event) => congressOfLabel(event.what) === wanted)
		.map((event) => startYear(event));
	return years.length === 0 ? null : Math.min(...years) - congressCycleYears;
}

/**
 * Whether an event is part of a congress's own story: it is tied to the congress closely (a
 * document's own adoption or issue on any basis, for the document is itself about the congress;
 * a mention by its sentence or passage, `storyBases`), it starts no earlier than `fromYear`
 * (see `storyStartYear`; null for no limit), and it happened rather than lasted: a period, such as
 * a budget's biennium, frames the work but marks no step of it.
 */
export function isStoryEvent(
	event: TimelineEvent,
	congress: number | CongressOrdinal,
	fromYear: number | null,
): boolean {
	const wanted = numberOf(congress);
	const close = event.congresses.some(
		(link) =>
			link.congress === wanted && (event.document !== null || storyBases.includes(link.basis)),
	);
	return close && event.kind !== 'period' && (fromYear === null || startYear(event) >= fromYear);
}

/**
 * A congress's timeline (`timelineOf`) split into its own story and the background the texts
 * recall: every event of the timeline is in exactly one list, each list in date order; and the
 * events of its story named without a date (`undated`, tied to it by their sentence or passage).
 * @example congressTimeline(extractEvents(documents), 'twelfth').story
 */
export function congressTimeline(
	events: readonly TimelineEvent[],
	congress: number | CongressOrdinal,
	undated: readonly UndatedEvent[] = [],
): CongressTimeline {
	const fromYear = storyStartYear(events, congress);
	const story: TimelineEvent[] = [];
	const background: TimelineEvent[] = [];
	for (const event of timelineOf(events, congress))
		(isStoryEvent(event, congress, fromYear) ? story : background).push(event);
	const wanted = numberOf(congress);
	return {
		story,
		background,
		undated: undated.filter((event) =>
			event.congresses.some((link) => link.congress === wanted && storyBases.includes(link.basis)),
		),
	};
}
