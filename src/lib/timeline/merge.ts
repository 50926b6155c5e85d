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
 * The merged event keeps the finest date, the fullest place and label, and what each passage says
 * of it (the date and place it gives, and its mood), so that `finish.ts` can tell the passages
 * that state the event's date from those that only name it.
 */
import { ordinalValue } from '../words/ordinals.ts';
import type { IsoDate } from '../model.ts';
import type { CongressLink, EventKind, EventSource, EventStatus, TimelineDate } from './types.ts';
import { congressOfLabel, congressesNamed, strongestLinks } from './congress.ts';
import { coarserThan, compareTimelineDates, dateContains, sameDate } from './dates.ts';
import { placeKey } from './places.ts';

/** What one passage says of an event: the date and place it gives (null for none), and its mood. */
export interface Saying {
	source: EventSource;
	date: TimelineDate | null;
	place: string | null;
	/** What its words say of whether the event took place (see `moodOf`), or null. */
	mood: EventStatus | null;
	/** The date of the document it stands in: an event dated after it was only planned then. */
	statedOn: IsoDate;
}

/** A dated statement of an event, before merging: one passage, and maybe an identity. */
export interface DraftEvent {
	identity: string | null;
	kind: EventKind;
	what: string;
	date: TimelineDate;
	place: string | null;
	congresses: CongressLink[];
	document: string | null;
	saying: Saying;
}

/** An event made of its statements: every passage that states or names it, with what each says. */
export interface GatheredEvent {
	identity: string | null;
	kind: EventKind;
	what: string;
	/** The finest date its statements give, or null when none gives one. */
	date: TimelineDate | null;
	place: string | null;
	congresses: CongressLink[];
	document: string | null;
	sayings: Saying[];
	/** Where a date no passage states is reckoned from; empty when the texts state it. */
	reckonedFrom: EventSource[];
}

const session = /^([a-z]+(?:-[a-z]+)?) session of the (.+)$/i;
// "regional preparatory meetings for the Twelfth Congress": meetings named by the congress they prepare.
const meetingsFor =
	/^(?:the )?(.*?\bmeetings?) for the ([A-Za-z]+(?:-[a-z]+)? (?:United Nations )?Congress)(?: on Crime Prevention and Criminal Justice)?$/i;

/**
 * What makes a label one event wherever it is stated: `congress:12` for "Twelfth Congress",
 * `session:18:commission on crime prevention and criminal justice`, `meetings:12:regional
 * preparatory meetings` for "regional preparatory meetings for the Twelfth Congress"; null for
 * anything else.
 */
export function identityOfLabel(what: string): string | null {
	const congress = congressOfLabel(what);
	if (congress !== null) return `congress:${congress}`;
	const forCongress = meetingsFor.exec(what.trim());
	const served = congressesNamed(forCongress?.[2] ?? '');
	if (forCongress !== null && served.length === 1)
		return meetingsIdentity(forCongress[1] ?? '', served[0] ?? 0);
	const match = session.exec(what);
	const number = ordinalValue(match?.[1] ?? '');
	return number === null ? null : `session:${number}:${(match?.[2] ?? '').toLowerCase()}`;
}

/** The identity of meetings held for a congress: `meetings:13:regional preparatory meetings`. */
export function meetingsIdentity(meetings: string, congress: number): string {
	return `meetings:${congress}:${meetings
		.trim()
		.toLowerCase()
		.replace(/^(?:the|its) /, '')}`;
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

/** Whether two statements are one event, as the module's opening comment says. */
export function sameEvent(a: GatheredEvent, b: GatheredEvent): boolean {
	if (!placesAgree(a.place, b.place) || a.date === null || b.date === null) return false;
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

function finer(a: TimelineDate | null, b: TimelineDate | null): TimelineDate | null {
	if (a === null || b === null) return a ?? b;
	return coarserThan(a.precision, b.precision) ? b : a;
}

/** One event of two that are the same: the finest date, the fullest place and label, every saying. */
export function mergedEvent(a: GatheredEvent, b: GatheredEvent): GatheredEvent {
	return {
		identity: a.identity ?? b.identity,
		kind: a.kind === 'other' ? b.kind : a.kind,
		what: longer(a.what, b.what),
		date: finer(a.date, b.date),
		place: a.place === null ? b.place : b.place === null ? a.place : longer(a.place, b.place),
		congresses: strongestLinks([...a.congresses, ...b.congresses]),
		document: a.document ?? b.document,
		sayings: [...a.sayings, ...b.sayings],
		reckonedFrom: [...a.reckonedFrom, ...b.reckonedFrom],
	};
}

function gathered(draft: DraftEvent): GatheredEvent {
	const { saying, ...rest } = draft;
	return { ...rest, sayings: [saying], reckonedFrom: [] };
}

/**
 * What two statements must share to be one event (see `sameEvent`): the identity and the year
 * where there is one (a date containing another starts in the same year), else the very date. An
 * event's key never changes as statements join it, so an event is compared only with those of its
 * key: a corpus of thousands of documents states tens of thousands of events, and comparing each
 * with all the others before it grew with their square.
 */
function mergeKey(event: Pick<DraftEvent, 'identity' | 'date'>): string {
	const { start, end, precision } = event.date;
	return event.identity !== null
		? `identity ${event.identity} ${start.slice(0, 4)}`
		: `date ${start} ${end ?? ''} ${precision}`;
}

/**
 * Makes one event of the statements that state it, then puts the events in date order (stable,
 * so events that start alike keep the order of their first statement).
 */
export function mergeEvents(drafts: readonly DraftEvent[]): GatheredEvent[] {
	// In order of first statement; an event joined into an earlier one leaves its place empty.
	const events: (GatheredEvent | null)[] = [];
	const byKey = new Map<string, number[]>();
	const matchAfter = (places: readonly number[], event: GatheredEvent, after: number): number =>
		places.find((place) => {
			const other = events[place];
			return place > after && other != null && sameEvent(other, event);
		}) ?? -1;
	for (const statement of drafts) {
		const draft = gathered(statement);
		const key = mergeKey(statement);
		let places = byKey.get(key);
		if (places === undefined) byKey.set(key, (places = []));
		const first = matchAfter(places, draft, -1);
		const known = events[first];
		if (known == null) {
			places.push(events.length);
			events.push(draft);
			continue;
		}
		let current = mergedEvent(known, draft);
		// A finer statement may join events that did not match each other before ("2010" and a place).
		for (
			let other = matchAfter(places, current, first);
			other >= 0;
			other = matchAfter(places, current, first)
		) {
			const joined = events[other];
			events[other] = null;
			if (joined != null) current = mergedEvent(current, joined);
		}
		events[first] = current;
	}
	return events
		.filter((event) => event !== null)
		.sort((a, b) =>
			a.date === null || b.date === null ? 0 : compareTimelineDates(a.date, b.date),
		);
}

/**
 * Whether a passage states an event's date as the event carries it, and its place when it has one:
 * only such a passage is a source of the event; one that names it without that date, or only with
 * a coarser one ("is to be held in 2010" for "12–19 April 2010, Salvador, Brazil"), is a mention.
 */
export function statesDate(event: Pick<GatheredEvent, 'date' | 'place'>, saying: Saying): boolean {
	if (event.date === null || saying.date === null || !sameDate(event.date, saying.date))
		return false;
	return event.place === null || saying.place !== null;
}
