/**
 * What the documents say of one congress: when and where it was (or is to be) held, who hosts it,
 * its theme, its agenda, its workshops, its declaration and the documents about it. Only what a
 * passage states, each fact with the passages that state it; a fact no text states is absent.
 */
import { type CongressOrdinal, documentPath } from '../contract.ts';
import { plainText } from '../inline.ts';
import type { IsoDate, UnDocument } from '../model.ts';
import { type Passage, passagesOf } from '../passages.ts';
import type { EventSource, TimelineEvent } from './types.ts';
import {
	congressesNamed,
	congressListedUnder,
	congressNumberOf,
	congressOfLabel,
	congressPageOf,
	fullCongressNames,
} from './congress.ts';
import { extractEvents } from './extract.ts';
import { partCongresses, passageSource } from './mentions.ts';
import { clauseAround } from './phrases.ts';

/**
 * Whether a fact is stated as settled, or only proposed: what a report says a draft resolution
 * "would" decide (a theme, an agenda, workshops) is not yet decided, and a page says so.
 */
export type FactStatus = 'stated' | 'proposed';

/** A fact in the text's words, with the words that state it and every passage that does. */
export interface Fact {
	text: string;
	/** The clause of the first source that states it: "the offer of the Government of Qatar to act as host …". */
	quote: string;
	/** `proposed` when every passage that states it only proposes it. */
	status: FactStatus;
	/** Whether the words that state it call it provisional ("the following provisional agenda"). */
	provisional: boolean;
	sources: EventSource[];
}

/** A declaration a congress adopted, annexed to a resolution. */
export interface DeclarationFact {
	title: string;
	symbol: string;
	/** The annex's first passage: where the declaration starts. */
	where: EventSource;
	/** The annex's opening and the passages that name the declaration with the congress. */
	sources: EventSource[];
}

/**
 * A document about a congress: listed under it (`listed`: the congress its title names that it is
 * listed under, as on the home page, see `congressListedUnder`), or only naming it, in its title
 * when it is listed under another congress (`title`), or in its text alone (`text`).
 */
export interface DocumentAbout {
	symbol: string;
	title: string;
	date: IsoDate;
	path: string;
	basis: 'listed' | 'title' | 'text';
}

/** Everything the documents state about one congress. */
export interface CongressFacts {
	congress: number;
	/** Its page's ordinal, or null when it has no page yet. */
	page: CongressOrdinal | null;
	/** Its full name as the texts give it. */
	names: Fact[];
	/** The congress itself as an event: its date and place, however precisely the texts give them. */
	held: TimelineEvent[];
	hosts: Fact[];
	themes: Fact[];
	agenda: Fact[];
	workshops: Fact[];
	declarations: DeclarationFact[];
	/** The documents about it, those listed under it first, each group by date of adoption or issue, oldest first. */
	documents: DocumentAbout[];
}

interface Stated {
	text: string;
	quote: string;
	status: FactStatus;
	source: EventSource;
}

/** Facts with the same text made one, their sources in order; stated when any source states it. */
function gathered(statements: readonly Stated[]): Fact[] {
	const facts = new Map<string, Fact>();
	for (const { text, quote, status, source } of statements) {
		const known = facts.get(text);
		if (known === undefined)
			facts.set(text, {
				text,
				quote,
				status,
				provisional: /\bprovisional\b/i.test(quote),
				sources: [source],
			});
		else {
			if (status === 'stated') known.status = 'stated';
			if (!known.sources.some((other) => other.permalink === source.permalink))
				known.sources.push(source);
		}
	}
	return [...facts.values()];
}

/** Whether the sentence around characters [start, end) only proposes: a draft "would" decide it. */
function statusAt(text: string, start: number, end: number): FactStatus {
	const clause = clauseAround(text, start, end);
	return /\bwould\b/.test(text.slice(clause.start, clause.end)) ? 'proposed' : 'stated';
}

interface Read {
	document: UnDocument;
	passage: Passage;
	text: string;
	source: EventSource;
}

const host = /\bhost(?:ing)?\b|\bhospitality\b/;
const government = /\bGovernment of ([A-Z][a-z]+(?: [A-Z][a-z]+)*)/g;
const theme =
	/\b(?:main|overall) theme of the ([^“"]{0,120}?Congress)[^“"]{0,60}?\bbe\s+[“"]([^”"]+)[”"]/g;
const agendaIntro = /\bagenda\b[^:]*:$/;
const workshopIntro = /\bworkshops?\b[^:]*:$/;

function clauses(text: string): string[] {
	const found: string[] = [];
	for (let at = 0; at < text.length;) {
		const clause = clauseAround(text, at, at);
		found.push(text.slice(clause.start, clause.end).trim());
		at = clause.end + 1;
	}
	return found;
}

function hostsIn(read: Read, congress: number): Stated[] {
	return clauses(read.text).flatMap((clause) => {
		const named = congressesNamed(clause);
		if (!host.test(clause) || named.length !== 1 || named[0] !== congress) return [];
		return [...clause.matchAll(government)].map((match) => ({
			text: match[1] ?? '',
			quote: clause,
			status: /\bwould\b/.test(clause) ? 'proposed' : 'stated',
			source: read.source,
		}));
	});
}

function themesIn(read: Read, congress: number): Stated[] {
	return [...read.text.matchAll(theme)].flatMap((match) =>
		congressesNamed(match[1] ?? '').includes(congress)
			? [
					{
						text: match[2] ?? '',
						quote: match[0],
						status: statusAt(read.text, match.index, match.index + match[0].length),
						source: read.source,
					},
				]
			: [],
	);
}

function isItemOf(item: Passage, intro: Passage): boolean {
	const [a, b] = [item.address, intro.address];
	if (a.kind === 'summary' || a.kind === 'footnote' || a.items?.length !== 1) return false;
	if (b.kind === 'summary' || b.kind === 'footnote' || (b.items?.length ?? 0) !== 0) return false;
	if (a.kind !== b.kind || a.number !== b.number) return false;
	return (
		a.kind === 'report' || b.kind === 'report' || JSON.stringify(a.part) === JSON.stringify(b.part)
	);
}

/** The items of a passage that introduces a list for the congress ("the following provisional agenda …:"). */
function listedIn(reads: readonly Read[], congress: number, intro: RegExp): Stated[] {
	return reads.flatMap((read) => {
		if (!intro.test(read.text) || !congressesNamed(read.text).includes(congress)) return [];
		return reads
			.filter((item) => item.document === read.document && isItemOf(item.passage, read.passage))
			.map((item) => ({
				text: item.text.replace(/(?:[;.,]|;\s*and)\s*$/, '').trim(),
				quote: read.text,
				status: statusAt(read.text, read.text.length - 1, read.text.length),
				source: item.source,
			}));
	});
}

function declarationsIn(
	documents: readonly UnDocument[],
	reads: readonly Read[],
	congress: number,
): DeclarationFact[] {
	return documents.flatMap((document) =>
		document.parts.flatMap((part): DeclarationFact[] => {
			const title = plainText(part.title);
			if (
				part.kind !== 'annex' ||
				!/\bDeclaration\b/.test(title) ||
				!partCongresses(part).includes(congress)
			) {
				return [];
			}
			const first = reads.find(
				(read) =>
					read.document === document &&
					(read.passage.address.kind === 'preambular' ||
						read.passage.address.kind === 'operative') &&
					read.passage.address.part.kind === 'annex' &&
					read.passage.address.part.index === part.index,
			);
			if (first === undefined) return [];
			const shortName = title.split(/ on /)[0] ?? title;
			const naming = reads.filter(
				(read) => read.text.includes(shortName) && congressesNamed(read.text).includes(congress),
			);
			const sources = [first.source, ...naming.map((read) => read.source)];
			const unique = sources.filter(
				(source, index) =>
					sources.findIndex((other) => other.permalink === source.permalink) === index,
			);
			return [{ title, symbol: document.meta.symbol, where: first.source, sources: unique }];
		}),
	);
}

/**
 * What the documents state about a congress, each fact with its sources; `events` are the documents'
 * timeline events, for a caller that has extracted them already.
 * @example congressFacts(documents, 'thirteenth').hosts[0]?.text // 'Qatar'
 */
export function congressFacts(
	documents: readonly UnDocument[],
	congress: number | CongressOrdinal,
	events: readonly TimelineEvent[] = extractEvents(documents),
): CongressFacts {
	const wanted = typeof congress === 'number' ? congress : congressNumberOf(congress);
	const reads: Read[] = documents.flatMap((document) =>
		passagesOf(document).map((passage) => ({
			document,
			passage,
			text: plainText(passage.content),
			source: passageSource(document.meta.symbol, passage.address),
		})),
	);
	const names = reads.flatMap((read) =>
		fullCongressNames(read.text)
			.filter((name) => name.congress === wanted)
			.map((name) => ({
				text: name.name,
				quote: name.name,
				status: 'stated' as const,
				source: read.source,
			})),
	);
	const basisRank: Record<DocumentAbout['basis'], number> = { listed: 0, title: 1, text: 2 };
	// Each document's own passages: looking for them among the whole corpus's, document by document,
	// took longer than the rest of the build at 20,000 documents.
	const readsOf = Map.groupBy(reads, (read) => read.document);
	const documentsAbout = documents
		.flatMap((document): DocumentAbout[] => {
			const { symbol, title, date } = document.meta;
			const byText = (readsOf.get(document) ?? []).some((read) =>
				congressesNamed(read.text).includes(wanted),
			);
			const basis =
				congressListedUnder(title) === wanted
					? 'listed'
					: congressesNamed(title).includes(wanted)
						? 'title'
						: byText
							? 'text'
							: null;
			return basis === null ? [] : [{ symbol, title, date, path: documentPath(symbol), basis }];
		})
		.sort(
			(a, b) =>
				basisRank[a.basis] - basisRank[b.basis] ||
				a.date.localeCompare(b.date) ||
				a.symbol.localeCompare(b.symbol, 'en', { numeric: true }),
		);
	return {
		congress: wanted,
		page: congressPageOf(wanted),
		names: gathered(names),
		held: events.filter((event) => congressOfLabel(event.what) === wanted),
		hosts: gathered(reads.flatMap((read) => hostsIn(read, wanted))),
		themes: gathered(reads.flatMap((read) => themesIn(read, wanted))),
		agenda: gathered(listedIn(reads, wanted, agendaIntro)),
		workshops: gathered(listedIn(reads, wanted, workshopIntro)),
		declarations: declarationsIn(documents, reads, wanted),
		documents: documentsAbout,
	};
}
