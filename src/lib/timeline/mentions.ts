/**
 * The dated statements of one document: its own adoption or issue, and every dated resolution,
 * meeting or document its paragraphs and footnotes mention, each with the passage that states it
 * and the congresses its context speaks of.
 */
import { citationFor, documentPath, type PassageAddress, permalinkPath } from '../contract.ts';
import { plainText } from '../inline.ts';
import type { CongressLink, DatePrecision, EventSource } from './types.ts';
import type { ResolutionPart, UnDocument } from '../model.ts';
import { type Passage, passagesOf } from '../passages.ts';
import { speakerOf, type Speaker } from '../link/types.ts';
import { datedActs } from './acts.ts';
import { congressesNamed, linksOf, nearestCongresses, strongestLinks } from './congress.ts';
import { findDates } from './dates.ts';
import { attachDate } from './labels.ts';
import { type DraftEvent, identityOfLabel } from './merge.ts';
import { clauseAround, type Span } from './phrases.ts';

type Levels = (readonly CongressLink[])[];

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
function partOf(document: UnDocument, address: PassageAddress): ResolutionPart | null {
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
	return {
		identity: resolution ? meta.symbol : `document:${meta.symbol}`,
		kind: resolution ? 'adoption' : 'issue',
		what: resolution ? `${meta.body} resolution ${number}` : `${heading} (${meta.symbol})`,
		date: { start: meta.date, end: null, precision: precisionOf(meta.date) },
		place: null,
		congresses: strongestLinks([
			...linksOf('title', congressesNamed(meta.title)),
			...linksOf('operative', operative),
		]),
		document: meta.symbol,
		sources: [documentSource(meta.symbol)],
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

/** The statements of one passage, its wider context given as levels of congresses. */
function passageMentions(
	text: string,
	speaker: Speaker,
	wider: Levels,
	bodies: readonly string[],
	source: EventSource,
): DraftEvent[] {
	const passageLevel: Levels = [linksOf('passage', congressesNamed(text)), ...wider];
	const statement = (what: string, clause: Span): Levels => [
		linksOf('named', congressesNamed(what)),
		linksOf('clause', congressesNamed(text.slice(clause.start, clause.end))),
		...passageLevel,
	];
	const acts = datedActs(text, speaker);
	const found: DraftEvent[] = acts.map((act) => ({
		identity: act.identity,
		kind: 'adoption',
		what: act.what,
		date: act.date,
		place: null,
		congresses: nearestCongresses(statement(act.what, clauseAround(text, act.start, act.end))),
		document: null,
		sources: [source],
	}));
	let previous: string | null = null;
	for (const date of findDates(text)) {
		if (acts.some((act) => date.start < act.end && date.end > act.start)) continue;
		const attached = attachDate(text, date, { bodies, previous });
		if (attached === null) continue;
		previous = attached.what;
		found.push({
			identity: identityOfLabel(attached.what),
			kind: attached.kind,
			what: attached.what,
			date: date.date,
			place: attached.place,
			congresses: nearestCongresses(statement(attached.what, attached.clause)),
			document: null,
			sources: [source],
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
 * Every dated statement in a document's paragraphs and footnotes. A statement belongs to the
 * congresses its nearest context names: its own label, its clause, its passage, then the annex it
 * stands in, then the document's title when that names one congress alone. A footnote's wider
 * context is that of the passages that call it.
 */
export function mentionsOf(document: UnDocument): DraftEvent[] {
	const { meta } = document;
	const passages = passagesOf(document);
	const texts = new Map(passages.map((passage) => [passage, plainText(passage.content)]));
	const bodies = bodiesNamed([...texts.values()].join(' '));
	const title = congressesNamed(meta.title);
	const titleLevel: Levels = [linksOf('title', title.length === 1 ? title : [])];
	const widerOf = (passage: Passage): Levels => {
		const part = partOf(document, passage.address);
		return [linksOf('part', part === null ? [] : partCongresses(part)), ...titleLevel];
	};
	const callers = callersOf(passages);
	return passages.flatMap((passage) => {
		const text = texts.get(passage) ?? '';
		const part = partOf(document, passage.address);
		const speaker: Speaker = part?.kind === 'draft' ? 'General Assembly' : speakerOf(meta.body);
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
		return passageMentions(
			text,
			speaker,
			wider,
			bodies,
			passageSource(meta.symbol, passage.address),
		);
	});
}
