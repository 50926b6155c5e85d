/**
 * The search records of a document: one per citable passage, whose URL is the passage's permalink,
 * and one for the document's title and metadata. `page-record.ts` puts them together into the one
 * page per document that Pagefind indexes.
 */
import {
	anchorFor,
	citationFor,
	documentPath,
	type PassageAddress,
	permalinkPath,
} from '../contract.ts';
import { formatIsoDate, yearOf } from '../words/dates.ts';
import { plainText } from '../inline.ts';
import type { UnDocument } from '../model.ts';
import { ordinalWords } from '../words/ordinals.ts';
import { passagesOf, type Passage } from '../passages.ts';
import { congressesNamed } from '../timeline/congress.ts';
import { addresseesOf } from '../match/addressees.ts';
import { acronymsNamedIn } from './acronyms.ts';

/** A passage's record: its address, words, what it shows and its filter values. */
export interface SearchRecord {
	url: string;
	content: string;
	language: 'en';
	meta: SearchRecordMeta;
	filters: Partial<Record<SearchFilterName, string[]>>;
	sort: { date: string };
}

/**
 * The date sort key of a document: its date as a number, a part the text does not give as 00, so
 * that keys compare as numbers and a report dated only `2012` sorts after a resolution of
 * `2010-12-21` (Pagefind sorts keys as numbers when they all are).
 * @example dateSortKey('2010-12-21') // '20101221'
 */
export function dateSortKey(date: string): string {
	const [year = '0', month = '0', day = '0'] = date.split('-');
	return `${year.padStart(4, '0')}${month.padStart(2, '0')}${day.padStart(2, '0')}`;
}

/**
 * What a result shows and is found by: a passage is found by its own words, its citation, what
 * introduces its list and the acronyms it spells out, never by its document's title or date, which
 * are the document's words (its own record has them).
 */
export type SearchRecordMeta = {
	/** The citation (`A/RES/64/179, para. 7`), or the symbol and title of a whole document. */
	title: string;
	citation: string;
	/** The document's symbol, whose words the citation has already. */
	symbol: string;
	/** A whole document's title. */
	document?: string;
	/** A whole document's date, ISO (`2009-12-18`). */
	date?: string;
	/** For a list item, the words of the paragraph (and items) it stands in: what it is a list of. */
	context?: string;
	/** The acronyms of the names the passage spells out (`UNODC`), so that readers find it by them. */
	acronyms?: string;
};

/**
 * The body a document is filed under: the organ that adopted a resolution, or the one a report is
 * issued to, as its symbol says (A/ the General Assembly, E/ the Economic and Social Council); the
 * Secretary-General writes reports but is not a body.
 * @example bodyFilterValue({ symbol: 'A/67/97', body: 'Secretary-General', documentType: 'report' }) // 'General Assembly'
 */
export function bodyFilterValue(
	meta: Pick<UnDocument['meta'], 'symbol' | 'body' | 'documentType'>,
): string {
	if (meta.documentType === 'resolution') return meta.body;
	if (meta.symbol.startsWith('A/')) return 'General Assembly';
	if (meta.symbol.startsWith('E/')) return 'Economic and Social Council';
	if (meta.symbol.startsWith('S/')) return 'Security Council';
	return meta.body;
}

/** The names of the search filters, as the search page shows them, in the order it shows them. */
export const searchFilterNames = {
	congress: 'Congress',
	document: 'Document',
	body: 'Body',
	year: 'Year',
	part: 'Part of the document',
	lead: 'Lead phrase',
	addressee: 'Addressed to',
} as const;

/** A search filter's name: `document`, `congress` … */
export type SearchFilterName = keyof typeof searchFilterNames;

/** What the `part` filter calls a whole document's own record. */
export const wholeDocumentPart = 'whole document';

/**
 * Whom an operative paragraph asks to act, as the `addressee` filter names them: only the names of
 * the controlled list, so that the facet lists the usual addressees and not the words of every one.
 * @example addresseeFilterValues(op9, 'Requests the Secretary-General to make available …') // ['the Secretary-General']
 */
export function addresseeFilterValues(passage: Pick<Passage, 'address'>, text: string): string[] {
	const { address } = passage;
	if (address.kind !== 'operative' || (address.items ?? []).length > 0) return [];
	return addresseesOf(text)
		.filter((addressee) => addressee.listed)
		.map((addressee) => addressee.name);
}

function partFilterOf(passage: Passage): string {
	switch (passage.address.kind) {
		case 'preambular':
			return passage.partName === 'resolution' ? 'preamble' : `${passage.partName}, preamble`;
		case 'operative':
			return passage.partName === 'resolution' ? 'operative part' : passage.partName;
		case 'report':
			return 'report paragraphs';
		case 'summary':
			return 'summary';
		case 'footnote':
			return 'footnotes';
	}
}

/**
 * How the congress filter names a congress.
 * @example congressFilterValue(12) // 'Twelfth Congress'
 */
export function congressFilterValue(congress: number): string {
	const words = ordinalWords(congress);
	return `${words.charAt(0).toUpperCase()}${words.slice(1)} Congress`;
}

function congressValues(numbers: Iterable<number>): string[] {
	return [...new Set(numbers)].sort((a, b) => a - b).map(congressFilterValue);
}

/** The record of a whole document: its symbol, title and what is known of it, at its address. */
function documentRecord(document: UnDocument, passageTexts: readonly string[]): SearchRecord {
	const { meta } = document;
	const kind = meta.documentType === 'resolution' ? 'resolution' : 'report';
	const number = meta.resolutionNumber === null ? '' : ` ${meta.resolutionNumber}`;
	// A document is about the congresses its title names or any of its passages names.
	const congresses = congressesNamed([meta.title, ...passageTexts].join('\n'));
	return {
		url: documentPath(meta.symbol),
		content: `${meta.symbol}. ${meta.title}. ${meta.body} ${kind}${number}, ${formatIsoDate(meta.date)}.`,
		language: 'en',
		meta: {
			title: `${meta.symbol}: ${meta.title}`,
			citation: meta.symbol,
			document: meta.title,
			symbol: meta.symbol,
			date: meta.date,
		},
		filters: {
			congress: congressValues(congresses),
			document: [meta.symbol],
			body: [bodyFilterValue(meta)],
			year: [String(yearOf(meta.date))],
			part: [wholeDocumentPart],
		},
		sort: { date: dateSortKey(meta.date) },
	};
}

/** The address of the paragraph or item a list item stands in, or null for a paragraph. */
function parentAddress(address: PassageAddress): PassageAddress | null {
	if (address.kind !== 'preambular' && address.kind !== 'operative' && address.kind !== 'report')
		return null;
	const items = address.items ?? [];
	if (items.length === 0) return null;
	const outer = items.length === 1 ? {} : { items: items.slice(0, -1) };
	return address.kind === 'report'
		? { kind: 'report', number: address.number, ...outer }
		: { kind: address.kind, part: address.part, number: address.number, ...outer };
}

/**
 * Every search record of a document: the document itself, then each passage with text, in reading
 * order. A passage is filed under the congresses its own words name and those its document's title
 * names, so "Thirteenth Congress" finds the clause that welcomes Qatar's offer in a resolution on the
 * Twelfth.
 */
export function searchRecordsOf(document: UnDocument): SearchRecord[] {
	const { meta } = document;
	const titleCongresses = congressesNamed(meta.title);
	const passages = passagesOf(document)
		.map((passage) => ({ passage, text: plainText(passage.content) }))
		.filter(({ text }) => text.trim() !== '');
	const textByAnchor = new Map(
		passages.map(({ passage, text }) => [anchorFor(passage.address), text]),
	);
	// An item ("(c) … such as cybercrime …") is found by the words that introduce its list too.
	const contextOf = (address: PassageAddress): string[] => {
		const parent = parentAddress(address);
		if (parent === null) return [];
		return [...contextOf(parent), textByAnchor.get(anchorFor(parent)) ?? ''];
	};
	const passageRecords = passages.map(({ passage, text }): SearchRecord => {
		const citation = citationFor(meta.symbol, passage.address);
		const context = contextOf(passage.address).join(' ').trim();
		const acronyms = acronymsNamedIn(text);
		const addressees = addresseeFilterValues(passage, text);
		return {
			url: permalinkPath(meta.symbol, passage.address),
			content: text,
			language: 'en',
			meta: {
				title: citation,
				citation,
				symbol: meta.symbol,
				...(context === '' ? {} : { context }),
				...(acronyms.length === 0 ? {} : { acronyms: acronyms.join(' ') }),
			},
			filters: {
				congress: congressValues([...titleCongresses, ...congressesNamed(text)]),
				document: [meta.symbol],
				body: [bodyFilterValue(meta)],
				year: [String(yearOf(meta.date))],
				part: [partFilterOf(passage)],
				...(passage.leadPhrase === null ? {} : { lead: [passage.leadPhrase] }),
				...(addressees.length === 0 ? {} : { addressee: addressees }),
			},
			sort: { date: dateSortKey(meta.date) },
		};
	});
	return [
		documentRecord(
			document,
			passages.map(({ text }) => text),
		),
		...passageRecords,
	];
}
