/**
 * Events from documents: each document's own adoption or issue, and every dated statement of its
 * paragraphs and footnotes, made one event wherever several passages state the same thing; a
 * session, resolution or meetings named without a date join the dated event of that identity as a
 * mention, or, where none is dated, are events of their own: dated by reckoning when a session's
 * year can be reckoned, else listed without a date.
 */
import { documentPath } from '../contract.ts';
import { plainText } from '../inline.ts';
import type { UnDocument } from '../model.ts';
import { passagesOf } from '../passages.ts';
import { checkedSources } from './check.ts';
import { strongestLinks } from './congress.ts';
import { compareEvents, type CorpusOrder, finishedEvent, finishedUndated } from './finish.ts';
import { type GatheredEvent, mergeEvents } from './merge.ts';
import { documentEvent, mentionsOf, passageContexts, passageSource } from './mentions.ts';
import { type NamedStatement, namedStatementsOf } from './named.ts';
import { annualBodiesOf, reckonedSession } from './reckon.ts';
import type { TimelineEvent, UndatedEvent } from './types.ts';

/** Each document, then each of its passages, by permalink: the corpus order of sources. */
function corpusOrder(documents: readonly UnDocument[]): CorpusOrder {
	const permalinks = documents.flatMap((document) => [
		documentPath(document.meta.symbol),
		...passagesOf(document).map(
			(passage) => passageSource(document.meta.symbol, passage.address).permalink,
		),
	]);
	return new Map(permalinks.map((permalink, index) => [permalink, index]));
}

/** Each passage's words, by permalink. */
function passageTexts(documents: readonly UnDocument[]): Map<string, string> {
	return new Map(
		documents.flatMap((document) =>
			passagesOf(document).map((passage) => [
				passageSource(document.meta.symbol, passage.address).permalink,
				plainText(passage.content),
			]),
		),
	);
}

function joined(event: GatheredEvent, named: NamedStatement): GatheredEvent {
	return {
		...event,
		what: named.what.length > event.what.length ? named.what : event.what,
		congresses: strongestLinks([...event.congresses, ...named.congresses]),
		sayings: [...event.sayings, named.saying],
	};
}

/**
 * The dated events with the undated statements of their identity joined in, and the events that
 * undated statements make on their own (a statement that `standsAlone` starts one; others of the
 * same identity join it).
 */
function withNamed(
	dated: readonly GatheredEvent[],
	named: readonly NamedStatement[],
): { dated: GatheredEvent[]; alone: GatheredEvent[] } {
	const events = [...dated];
	// The first dated event of each identity, which a statement of that identity joins. Joining keeps
	// an event's identity, so the index holds throughout; searching the events for each statement
	// instead took 20 minutes at 20,000 documents.
	const firstOf = new Map<string, number>();
	events.forEach((event, index) => {
		if (event.identity !== null && !firstOf.has(event.identity)) firstOf.set(event.identity, index);
	});
	const alone = new Map<string, GatheredEvent>();
	for (const statement of named) {
		if (!statement.standsAlone || alone.has(statement.identity)) continue;
		if (firstOf.has(statement.identity)) continue;
		alone.set(statement.identity, {
			identity: statement.identity,
			kind: statement.kind,
			what: statement.what,
			date: null,
			place: null,
			congresses: [],
			document: null,
			sayings: [],
			reckonedFrom: [],
		});
	}
	for (const statement of named) {
		const at = firstOf.get(statement.identity);
		const event = events[at ?? -1];
		if (at !== undefined && event !== undefined) events[at] = joined(event, statement);
		const own = alone.get(statement.identity);
		if (own !== undefined) alone.set(statement.identity, joined(own, statement));
	}
	return { dated: events, alone: [...alone.values()] };
}

/** Every event the documents state or name: the dated ones in date order, and those named without a date. */
export interface ExtractedEvents {
	events: TimelineEvent[];
	undated: UndatedEvent[];
}

/**
 * Every event the documents state, in date order, each with the passages that state its date and
 * those that only name it; and the events they name without any date.
 * @example extractTimeline(documents).undated.map((event) => event.what) // ['General Assembly resolution 62/173', …]
 */
export function extractTimeline(documents: readonly UnDocument[]): ExtractedEvents {
	const order = corpusOrder(documents);
	// A document's passages are read once for what they state and what they name: finding their
	// references was most of the timeline's work, and was done three times a passage.
	const read = documents.map((document) => {
		const contexts = passageContexts(document);
		return {
			stated: [documentEvent(document), ...mentionsOf(document, contexts)],
			named: namedStatementsOf(document, contexts),
		};
	});
	const merged = mergeEvents(read.flatMap(({ stated }) => stated));
	const { dated, alone } = withNamed(
		merged,
		read.flatMap(({ named }) => named),
	);
	const annualBodies = documents.flatMap(annualBodiesOf);
	const reckoned = alone.map((event) => reckonedSession(event, dated, annualBodies));
	const all = [...dated, ...reckoned];
	const texts = passageTexts(documents);
	return {
		events: all
			.flatMap((event) => finishedEvent(event, order) ?? [])
			.map((event) => ({ ...event, sources: checkedSources(event, (link) => texts.get(link)) }))
			.sort(compareEvents),
		undated: all.flatMap((event) => finishedUndated(event, order) ?? []),
	};
}

/**
 * Every event the documents state, in date order, each with every passage that states it.
 * @example extractEvents(documents).find((event) => event.what.startsWith('Twelfth United Nations Congress'))
 * // { kind: 'meeting', date: { start: '2010-04-12', end: '2010-04-19', precision: 'day' }, place: 'Salvador, Brazil', … }
 */
export function extractEvents(documents: readonly UnDocument[]): TimelineEvent[] {
	return extractTimeline(documents).events;
}
