/**
 * The dated statements of one document: its own adoption or issue, and every dated resolution,
 * meeting or document its paragraphs and footnotes mention, each with the passage that states it
 * and the congresses its context speaks of.
 */
import { citationFor, documentPath, type PassageAddress, permalinkPath } from '../contract.ts';
import { plainText } from '../inline.ts';
import type { CongressLink, DatePrecision, EventSource, EventStatus } from './types.ts';
import type { ResolutionPart, UnDocument } from '../model.ts';
import { type Passage, passagesOf } from '../passages.ts';
import { findReferences } from '../link/find.ts';
import { type FoundReference, speakerOf, type Speaker } from '../link/types.ts';
import { datedActs } from './acts.ts';
import { congressesNamed, linksOf, nearestCongresses, strongestLinks } from './congress.ts';
import { findDates } from './dates.ts';
import { attachDate } from './labels.ts';
import { type DraftEvent, identityOfLabel, meetingsIdentity, type Saying } from './merge.ts';
import { clauseAround, type Span } from './phrases.ts';
import { moodOf } from './status.ts';

/** Congresses by how near their words stand to a statement, nearest first. */
export type Levels = (readonly CongressLink[])[];

function precisionOf(date: string): DatePrecision {
	return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** A passage as a source: its citation and permalink from the contract. */
export function passageSource(symbol: string, address: PassageAddress): EventSource {
	return {
		symbol,
		address,
		citation: citationFor(symbol, address),
		permalink: permalinkPath(symbol, address),
	};
}

/** A whole document as a source: its own adoption or issue. */
export function documentSource(symbol: string): EventSource {
	return { symbol, address: null, citation: symbol, permalink: documentPath(symbol) };
}

/** The part of a document a passage stands in, or null for a report paragraph or a footnote. */
export function partOf(document: UnDocument, address: PassageAddress): ResolutionPart | null {
	if (address.kind !== 'preambular' && address.kind !== 'operative') return null;
	const scope = address.part;
	const all = document.parts.flatMap((part) => [part, ...part.parts]);
	if (scope.kind === 'annex')
		return all.find((part) => part.kind === 'annex' && part.index === scope.index) ?? null;
	return all.find((part) => part.kind === scope.kind) ?? null;
}

/**
 * The congresses an annex is about: those its title names, else those its opening paragraph
 * names (a declaration says where it was made: "Having assembled at the Twelfth United Nations
 * Congress …"). A resolution or a draft is about what the document's title says.
 */
export function partCongresses(part: ResolutionPart): number[] {
	if (part.kind !== 'annex') return [];
	const title = congressesNamed(plainText(part.title));
	if (title.length > 0) return title;
	const opening = part.preamble[0] ?? part.operative[0];
	return opening === undefined ? [] : congressesNamed(plainText(opening.content));
}

/** The adoption or issue of a document itself, dated by its metadata. */
export function documentEvent(document: UnDocument): DraftEvent {
	const { meta } = document;
	const own = passagesOf(document).filter((passage) => {
		const part = partOf(document, passage.address);
		return passage.address.kind === 'operative' && part !== null && part.kind !== 'annex';
	});
	const operative = congressesNamed(own.map((passage) => plainText(passage.content)).join(' '));
	const resolution = meta.documentType === 'resolution';
	const number = meta.resolutionNumber ?? meta.symbol.replace(/^[A-Z]+\/RES\//, '');
	const heading = document.report?.heading?.text.trim() ?? 'Report';
	const date = { start: meta.date, end: null, precision: precisionOf(meta.date) };
	return {
		identity: resolution ? meta.symbol : `document:${meta.symbol}`,
		kind: resolution ? 'adoption' : 'issue',
		what: resolution ? `${meta.body} resolution ${number}` : `${heading} (${meta.symbol})`,
		date,
		place: null,
		congresses: strongestLinks([
			...linksOf('title', congressesNamed(meta.title)),
			...linksOf('operative', operative),
		]),
		document: meta.symbol,
		// A document's own adoption line or sidecar states its date: it has been adopted or issued.
		saying: {
			source: documentSource(meta.symbol),
			date,
			place: null,
			mood: 'happened',
			statedOn: meta.date,
		},
	};
}

/** Bodies a document names in full, longest first: "Commission on Crime Prevention and Criminal Justice". */
export function bodiesNamed(text: string): string[] {
	const names = [
		...text.matchAll(/\b(?:Commission|Committee) on [A-Z][a-z]+(?: (?:and|[A-Z][a-z]+))*/g),
	];
	return [...new Set(names.map((name) => name[0].replace(/ and$/, '')))].sort(
		(a, b) => b.length - a.length,
	);
}

/** Where a passage stands and what surrounds it, as its statements need it. */
export interface PassageContext {
	text: string;
	speaker: Speaker;
	/** The references its text makes (`findReferences`), found once for every reading of it. */
	references: readonly FoundReference[];
	/** Congresses its annex or document names, then (for a footnote) those of the passages calling it. */
	wider: Levels;
	/** Whether it is an operative paragraph of a draft resolution: what it asks is only proposed. */
	inDraft: boolean;
	/** The date of its document. */
	statedOn: string;
	source: EventSource;
}

// "regional preparatory meetings": a meeting noun with only its modifiers, no complement.
const bareMeetings = /^(?:[\p{L}-]+ )*meetings?$/u;

/**
 * The identity of a dated statement: its label's own (`identityOfLabel`), or, for bare meetings
 * that the clause ties to one congress ("those meetings" of "regional preparatory meetings for the
 * Thirteenth Congress … in 2014"), the identity of that congress's meetings of that name.
 */
function statementIdentity(what: string, clauseLinks: readonly CongressLink[]): string | null {
	const own = identityOfLabel(what);
	if (own !== null || !bareMeetings.test(what) || clauseLinks.length !== 1) return own;
	return meetingsIdentity(what, clauseLinks[0]?.congress ?? 0);
}

/** The statements of one passage, its wider context given as levels of congresses. */
function passageMentions(context: PassageContext, bodies: readonly string[]): DraftEvent[] {
	const { text, speaker, wider, inDraft, statedOn, source } = context;
	const passageLevel: Levels = [linksOf('passage', congressesNamed(text)), ...wider];
	const statement = (what: string, clause: Span): Levels => [
		linksOf('named', congressesNamed(what)),
		linksOf('clause', congressesNamed(text.slice(clause.start, clause.end))),
		...passageLevel,
	];
	const saying = (mood: EventStatus | null): Saying => ({
		source,
		date: null,
		place: null,
		mood,
		statedOn,
	});
	const acts = datedActs(text, speaker, context.references);
	// A resolution or decision with a number and a date has been adopted.
	const found: DraftEvent[] = acts.map((act) => ({
		identity: act.identity,
		kind: 'adoption',
		what: act.what,
		date: act.date,
		place: null,
		congresses: nearestCongresses(statement(act.what, clauseAround(text, act.start, act.end))),
		document: null,
		saying: { ...saying('happened'), date: act.date },
	}));
	let previous: string | null = null;
	for (const date of findDates(text)) {
		if (acts.some((act) => date.start < act.end && date.end > act.start)) continue;
		const attached = attachDate(text, date, { bodies, previous });
		if (attached === null) continue;
		previous = attached.what;
		const levels = statement(attached.what, attached.clause);
		const mood = moodOf({
			text,
			clause: attached.clause,
			at: date,
			inDraft,
			tense: attached.tense,
		});
		found.push({
			identity: statementIdentity(attached.what, levels[1] ?? []),
			kind: attached.kind,
			what: attached.what,
			date: date.date,
			place: attached.place,
			congresses: nearestCongresses(levels),
			document: null,
			saying: { ...saying(mood), date: date.date, place: attached.place },
		});
	}
	return found;
}

/** Which passages call each footnote. */
function callersOf(passages: readonly Passage[]): Map<number, Passage[]> {
	const callers = new Map<number, Passage[]>();
	for (const passage of passages) {
		for (const inline of passage.content) {
			if (inline.kind !== 'footnote-call') continue;
			callers.set(inline.footnote, [...(callers.get(inline.footnote) ?? []), passage]);
		}
	}
	return callers;
}

/**
 * Each passage of a document with its context: its speaker, whether it asks something in a draft,
 * and its wider congresses: the annex it stands in, then the document's title when that names one
 * congress alone. A footnote's wider context is that of the passages that call it.
 */
export function passageContexts(document: UnDocument): PassageContext[] {
	const { meta } = document;
	const passages = passagesOf(document);
	const texts = new Map(passages.map((passage) => [passage, plainText(passage.content)]));
	const title = congressesNamed(meta.title);
	const titleLevel: Levels = [linksOf('title', title.length === 1 ? title : [])];
	const widerOf = (passage: Passage): Levels => {
		const part = partOf(document, passage.address);
		return [linksOf('part', part === null ? [] : partCongresses(part)), ...titleLevel];
	};
	const callers = callersOf(passages);
	return passages.map((passage) => {
		const part = partOf(document, passage.address);
		let wider = widerOf(passage);
		if (passage.address.kind === 'footnote') {
			// A footnote annotates the passages that call it: their context is its wider context.
			const calling = callers.get(passage.address.number) ?? [];
			const links = calling.flatMap((caller) =>
				nearestCongresses([
					linksOf('passage', congressesNamed(texts.get(caller) ?? '')),
					...widerOf(caller),
				]),
			);
			wider = calling.length === 0 ? titleLevel : [strongestLinks(links)];
		}
		const text = texts.get(passage) ?? '';
		const speaker = part?.kind === 'draft' ? 'General Assembly' : speakerOf(meta.body);
		return {
			text,
			speaker,
			references: findReferences(text, speaker),
			wider,
			inDraft: part?.kind === 'draft' && passage.address.kind === 'operative',
			statedOn: meta.date,
			source: passageSource(meta.symbol, passage.address),
		};
	});
}

/**
 * Every dated statement in a document's paragraphs and footnotes. A statement belongs to the
 * congresses its nearest context names: its own label, its clause, its passage, then the annex it
 * stands in, then the document's title when that names one congress alone. A footnote's wider
 * context is that of the passages that call it.
 */
export function mentionsOf(
	document: UnDocument,
	contexts: readonly PassageContext[] = passageContexts(document),
): DraftEvent[] {
	const bodies = bodiesNamed(contexts.map((context) => context.text).join(' '));
	return contexts.flatMap((context) => passageMentions(context, bodies));
}
