/**
 * One event, however many passages state it.
 *
 * Two statements are one event when they agree on when, where and what:
 * - an event with an identity (a resolution or decision by its symbol, a congress by its number,
 *   a body's session by its number and body) is the same event as any other statement of that
 *   identity whose date agrees: the same date, or one that contains the other ("in 2010" and
 *   "from 12 to 19 April 2010"), since a congress or a session happens once;
 * - other events merge only on the same date at the same precision, and when one label's words
 *   run, in order, inside the other's ("intergovernmental expert group" inside "intergovernmental
 *   expert group to review and update the Model Strategies …"), after an article and a leading
 *   "meeting of the" are set aside.
 * In both cases the places must agree: either is unnamed, or both name the same first place
 * ("Salvador" and "Salvador, Brazil").
 *
 * Congresses are not part of what makes two statements one event: each statement is evidence of
 * the congresses it belongs to, and the event belongs to all of them, each by its strongest basis.
 * The merged event keeps the finest date, the fullest place and label, and every source in the
 * order the statements came.
 */
import { ordinalValue } from '../words/ordinals.ts';
import type { EventSource, TimelineEvent } from './types.ts';
import { congressOfLabel, strongestLinks } from './congress.ts';
import { coarserThan, compareTimelineDates, dateContains, sameDate } from './dates.ts';
import { placeKey } from './places.ts';

/** A statement of an event, before merging: an event with one source and maybe an identity. */
export interface DraftEvent extends TimelineEvent {
	identity: string | null;
}

const session = /^([a-z]+(?:-[a-z]+)?) session of the (.+)$/i;

/**
 * What makes a label one event wherever it is stated: `congress:12` for "Twelfth Congress",
 * `session:18:commission on crime prevention and criminal justice`; null for anything else.
 */
export function identityOfLabel(what: string): string | null {
	const congress = congressOfLabel(what);
	if (congress !== null) return `congress:${congress}`;
	const match = session.exec(what);
	const number = ordinalValue(match?.[1] ?? '');
	return number === null ? null : `session:${number}:${(match?.[2] ?? '').toLowerCase()}`;
}

/** A label's words as merging compares them. */
function labelWords(what: string): string[] {
	return what
		.toLowerCase()
		.replace(/[“”"‘’']/g, '')
		.replace(/^(?:the|its|their|a|an)\s+/, '')
		.replace(/^meetings? of (?:the )?/, '')
		.split(/[\s,]+/)
		.filter((word) => word !== '');
}

function runsInside(inner: readonly string[], outer: readonly string[]): boolean {
	if (inner.length === 0 || inner.length > outer.length) return false;
	for (let at = 0; at + inner.length <= outer.length; at += 1) {
		if (inner.every((word, index) => outer[at + index] === word)) return true;
	}
	return false;
}

function placesAgree(a: string | null, b: string | null): boolean {
	return a === null || b === null || placeKey(a) === placeKey(b);
}

function sameEvent(a: DraftEvent, b: DraftEvent): boolean {
	if (!placesAgree(a.place, b.place)) return false;
	if (a.identity !== null || b.identity !== null) {
		return (
			a.identity === b.identity &&
			(sameDate(a.date, b.date) || dateContains(a.date, b.date) || dateContains(b.date, a.date))
		);
	}
	if (!sameDate(a.date, b.date)) return false;
	const wordsA = labelWords(a.what);
	const wordsB = labelWords(b.what);
	return runsInside(wordsA, wordsB) || runsInside(wordsB, wordsA);
}

function longer(a: string, b: string): string {
	return b.length > a.length ? b : a;
}

function withSources(known: readonly EventSource[], added: readonly EventSource[]): EventSource[] {
	const seen = new Set(known.map((source) => source.permalink));
	return [...known, ...added.filter((source) => !seen.has(source.permalink))];
}

function merged(a: DraftEvent, b: DraftEvent): DraftEvent {
	return {
		identity: a.identity,
		kind: a.kind === 'other' ? b.kind : a.kind,
		what: longer(a.what, b.what),
		date: coarserThan(a.date.precision, b.date.precision) ? b.date : a.date,
		place: a.place === null ? b.place : b.place === null ? a.place : longer(a.place, b.place),
		congresses: strongestLinks([...a.congresses, ...b.congresses]),
		document: a.document ?? b.document,
		sources: withSources(a.sources, b.sources),
	};
}

function laterMatch(events: readonly DraftEvent[], event: DraftEvent, after: number): number {
	return events.findIndex((other, index) => index > after && sameEvent(other, event));
}

/**
 * Makes one event of the statements that state it, then puts the events in date order (stable,
 * so events that start alike keep the order of their first statement).
 */
export function mergeEvents(drafts: readonly DraftEvent[]): TimelineEvent[] {
	const events: DraftEvent[] = [];
	for (const draft of drafts) {
		const first = events.findIndex((event) => sameEvent(event, draft));
		const known = events[first];
		if (known === undefined) {
			events.push(draft);
			continue;
		}
		let current = merged(known, draft);
		// A finer statement may join events that did not match each other before ("2010" and a place).
		for (
			let other = laterMatch(events, current, first);
			other >= 0;
			other = laterMatch(events, current, first)
		) {
			const [joined] = events.splice(other, 1);
			if (joined !== undefined) current = merged(current, joined);
		}
		events[first] = current;
	}
	return events
		.map((event): TimelineEvent => ({
			kind: event.kind,
			what: event.what,
			date: event.date,
			place: event.place,
			congresses: event.congresses,
			document: event.document,
			sources: event.sources,
		}))
		.sort((a, b) => compareTimelineDates(a.date, b.date));
}
