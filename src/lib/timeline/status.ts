/**
 * Whether the texts say an event took place, is planned, or is only proposed: read from the words
 * of the passage that states it ("held in Bangkok", "is to be held in 2010", "would request") and,
 * where its words say nothing, from its date beside the date of the document that states it (a
 * resolution of December 2009 cannot report as held a congress of April 2010).
 */
import type { IsoDate } from '../model.ts';
import type { Span } from './phrases.ts';
import type { EventStatus, TimelineDate } from './types.ts';

const rank: Record<EventStatus, number> = { proposed: 0, planned: 1, happened: 2 };

/** What a passage's grammar says of its event, given to `moodOf`. */
export interface MoodContext {
	/** The passage's text. */
	text: string;
	/** The clause the statement stands in. */
	clause: Span;
	/** Where the event's words (or its date) start and end in the text. */
	at: Span;
	/** Whether the passage is an operative paragraph of a draft resolution: what it asks is proposed. */
	inDraft: boolean;
	/** The tense of a participle that ties the date to the event ("held in" past, "to be held" future), or null. */
	tense: 'past' | 'future' | null;
}

// "the report of the", "the conclusions and recommendations of the", "recommendations made by the
// Commission at": a meeting's outcome is cited only once the meeting has been held.
const outcomeBefore =
	/\b(?:reports?|conclusions|recommendations|outcomes?|results|deliberations)\s+(?:(?:made|adopted|approved)\s+)?(?:of|at|by|in)\s+(?:the\s+|its\s+)?(?:[A-Z][\p{L}-]*(?:\s+(?:on|and|[A-Z][\p{L}-]*))*\s+(?:at\s+its\s+)?)?$/u;
const conditional = /\bwould\b|\bprovisional\b/;
const futureBefore =
	/\b(?:to be|is to|are to|will|shall|prior to|in advance of|to (?:hold|convene|organi[sz]e|launch))\b/;

/**
 * What a statement's own words say of whether its event took place, or null when they say
 * nothing: a past participle or a cited outcome says it happened; "would" or "provisional", or an
 * operative paragraph of a draft, says it is only proposed; "to be", "will", "shall", "to hold",
 * "prior to" say it is planned.
 * @example moodOf({ text: 'is to be held in 2010', clause: { start: 0, end: 21 }, at: { start: 17, end: 21 }, inDraft: false, tense: 'future' }) // 'planned'
 */
export function moodOf(context: MoodContext): EventStatus | null {
	const { text, clause, at, inDraft, tense } = context;
	if (tense === 'past') return 'happened';
	if (outcomeBefore.test(text.slice(clause.start, at.start))) return 'happened';
	if (conditional.test(text.slice(clause.start, clause.end))) return 'proposed';
	if (inDraft) return 'proposed';
	if (tense === 'future' || futureBefore.test(text.slice(clause.start, at.end))) return 'planned';
	return null;
}

/** Whether `date` starts after `statedOn`, compared at the coarser of their precisions. */
export function isAfter(date: TimelineDate, statedOn: IsoDate): boolean {
	const length = Math.min(date.start.length, statedOn.length);
	return date.start.slice(0, length) > statedOn.slice(0, length);
}

/**
 * The status one statement gives its event: its words' mood, else, for a dated event, `planned`
 * when the event starts after the document that states it and `happened` when it does not; null
 * for an undated event whose words say nothing.
 * @example statementStatus(null, { start: '2015', end: null, precision: 'year' }, '2010-12-21') // 'planned'
 */
export function statementStatus(
	mood: EventStatus | null,
	date: TimelineDate | null,
	statedOn: IsoDate,
): EventStatus | null {
	if (mood !== null) return mood;
	if (date === null) return null;
	return isAfter(date, statedOn) ? 'planned' : 'happened';
}

/**
 * The strongest of several statuses (`happened`, then `planned`, then `proposed`), or null when
 * there are none: a congress one text plans and a later one reports as held was held.
 */
export function strongestStatus(statuses: readonly (EventStatus | null)[]): EventStatus | null {
	let best: EventStatus | null = null;
	for (const status of statuses) {
		if (status !== null && (best === null || rank[status] > rank[best])) best = status;
	}
	return best;
}
