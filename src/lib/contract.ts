/**
 * The public contract (shared/CONTRACT.md): addresses, paragraph anchors and citation strings.
 *
 * Readers cite these for years, so this is the only module that builds them; everything else
 * (converter, pages, search records, tests) asks here.
 */
import type { DocumentMeta } from './model.ts';
import { formatIsoDate } from './words/dates.ts';

/** Ordinals of the congresses that have pages. */
export type CongressOrdinal = 'twelfth' | 'thirteenth';

/** Where in a document a paragraph stands: the resolution itself, an annex or a recommended draft. */
export type PartScope =
	| { kind: 'resolution' }
	| { kind: 'draft' }
	/** `index` is 1-based; `count` is how many annexes the document has. */
	| { kind: 'annex'; index: number; count: number };

/** The address of one citable passage of a document. */
export type PassageAddress =
	| {
			kind: 'preambular' | 'operative';
			part: PartScope;
			number: number;
			/** Labels of nested list items, outermost first: `['a', 'ii']`. */
			items?: readonly string[];
	  }
	| { kind: 'report'; number: number; items?: readonly string[] }
	| { kind: 'summary' }
	| { kind: 'footnote'; number: number };

/** The site-relative address of a document: `/A/RES/64/180/`. */
export function documentPath(symbol: string): string {
	return `/${symbol}/`;
}

/**
 * The symbol of the document a page of it is at: the inverse of `documentPath`, for a component that
 * knows only the address it is rendered at.
 * @example symbolOfDocumentPath('/A/RES/64/180/') // 'A/RES/64/180'
 */
export function symbolOfDocumentPath(pathname: string): string {
	return decodeURI(pathname).replace(/^\/+|\/+$/g, '');
}

/** What changed since the previous resolution of its series: `/A/RES/65/230/changes/`. */
export function changesPath(symbol: string): string {
	return `${documentPath(symbol)}changes/`;
}

/** The address of a document's parsed model: `/A/RES/64/179/document.json`. */
export function documentJsonPath(symbol: string): string {
	return `${documentPath(symbol)}document.json`;
}

/** The official record of any UN document symbol: `https://undocs.org/A/RES/63/193`. */
export function officialRecordUrl(symbol: string): string {
	return `https://undocs.org/${encodeURI(symbol)}`;
}

/** The formats of a document's record for reference managers, by file extension. */
export type CitationRecordFormat = 'ris' | 'bib' | 'json';

/** A document's record for reference managers: `/A/RES/64/180/citation.ris` (`.bib`, `.json` as CSL-JSON). */
export function citationRecordPath(symbol: string, format: CitationRecordFormat): string {
	return `${documentPath(symbol)}citation.${format}`;
}

/** The six official languages of the UN, as undocs.org names them, in the UN's order. */
export const officialLanguages = [
	{ code: 'ar', name: 'العربية', english: 'Arabic' },
	{ code: 'zh', name: '中文', english: 'Chinese' },
	{ code: 'en', name: 'English', english: 'English' },
	{ code: 'fr', name: 'Français', english: 'French' },
	{ code: 'ru', name: 'Русский', english: 'Russian' },
	{ code: 'es', name: 'Español', english: 'Spanish' },
] as const;

/** A code of one of the six official languages. */
export type OfficialLanguage = (typeof officialLanguages)[number]['code'];

/** The official record of a document in one official language: `https://undocs.org/fr/A/RES/64/180`. */
export function officialRecordUrlIn(language: OfficialLanguage, symbol: string): string {
	return `https://undocs.org/${language}/${encodeURI(symbol)}`;
}

/**
 * A document's record in the UN Digital Library, by the record's number; null for anything that
 * is not a record number, so no other text becomes a link.
 * @example digitalLibraryRecordUrl('4094779') // 'https://digitallibrary.un.org/record/4094779'
 */
export function digitalLibraryRecordUrl(recordId: string): string | null {
	return /^\d{1,12}$/.test(recordId) ? `https://digitallibrary.un.org/record/${recordId}` : null;
}

/** The page of a congress: `/congresses/twelfth/`. */
export function congressPath(ordinal: CongressOrdinal): string {
	return `/congresses/${ordinal}/`;
}

/** The machine-readable timeline of a congress. */
export function congressTimelinePath(ordinal: CongressOrdinal): string {
	return `${congressPath(ordinal)}timeline.json`;
}

/** The page that lists the congresses that have pages. */
export const congressesPath = '/congresses/';

/** The page that lists every cited document and instrument. */
export const referencesPath = '/references/';

/** The page about the site: what it is, where its texts come from, how to report an error. */
export const aboutPath = '/about/';

/** The search page, with the query in the address when one is given. */
export function searchPath(query?: string): string {
	return query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;
}

function partPrefix(part: PartScope): string {
	switch (part.kind) {
		case 'resolution':
			return '';
		case 'draft':
			return 'draft-';
		case 'annex':
			return part.count > 1 ? `annex${part.index}-` : 'annex-';
	}
}

function itemsSuffix(items: readonly string[] | undefined): string {
	return (items ?? []).map((label) => `-${label}`).join('');
}

/** The anchor of a passage: `op5`, `pp3`, `op5-a-ii`, `annex-op42`, `draft-op6`, `para9-3`, `fn2`. */
export function anchorFor(address: PassageAddress): string {
	switch (address.kind) {
		case 'preambular':
			return `${partPrefix(address.part)}pp${address.number}`;
		case 'operative':
			return `${partPrefix(address.part)}op${address.number}${itemsSuffix(address.items)}`;
		case 'report':
			return `para${address.number}${itemsSuffix(address.items)}`;
		case 'summary':
			return 'summary';
		case 'footnote':
			return `fn${address.number}`;
	}
}

/**
 * The anchor of the n-th heading (1-based, in document order) inside a part: `annex-sec2`.
 * @example sectionAnchor({ kind: 'annex', index: 1, count: 1 }, 2) // 'annex-sec2'
 */
export function sectionAnchor(part: PartScope, n: number): string {
	return `${partPrefix(part)}sec${n}`;
}

/** The anchor of the n-th place (1-based) that calls a footnote: `fnref2`, `fnref2-2`. */
export function footnoteCallAnchor(footnote: number, occurrence: number): string {
	return occurrence === 1 ? `fnref${footnote}` : `fnref${footnote}-${occurrence}`;
}

/** The canonical permalink of a passage: `/A/RES/64/180/#op5`. */
export function permalinkPath(symbol: string, address: PassageAddress): string {
	return `${documentPath(symbol)}#${anchorFor(address)}`;
}

/** The share page of a passage: `/A/RES/65/230/annex-op42/`. */
export function sharePagePath(symbol: string, address: PassageAddress): string {
	return `${documentPath(symbol)}${anchorFor(address)}/`;
}

const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function partLabel(part: PartScope): string {
	switch (part.kind) {
		case 'resolution':
			return '';
		case 'draft':
			return 'draft resolution, ';
		case 'annex':
			return part.count > 1 ? `annex ${romanNumerals[part.index - 1] ?? part.index}, ` : 'annex, ';
	}
}

function itemsLabel(items: readonly string[] | undefined): string {
	return (items ?? []).map((label) => ` (${label})`).join('');
}

/**
 * Where a passage stands in its document, as a citation names it after the document.
 * @example passageLabel({ kind: 'operative', part: { kind: 'draft' }, number: 6 }) // 'draft resolution, para. 6'
 */
export function passageLabel(address: PassageAddress): string {
	switch (address.kind) {
		case 'preambular':
			return `${partLabel(address.part)}preambular para. ${address.number}`;
		case 'operative':
			return `${partLabel(address.part)}para. ${address.number}${itemsLabel(address.items)}`;
		case 'report':
			return `para. ${address.number}${itemsLabel(address.items)}`;
		case 'summary':
			return 'summary';
		case 'footnote':
			return `footnote ${address.number}`;
	}
}

/**
 * The citation of a passage, as the contract fixes it.
 * @example citationFor('A/RES/65/230', { kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, number: 42 })
 * // 'A/RES/65/230, annex, para. 42'
 */
export function citationFor(symbol: string, address: PassageAddress): string {
	return `${symbol}, ${passageLabel(address)}`;
}

/** What the full form of a citation needs to know of the document. */
export type CitedDocument = Pick<
	DocumentMeta,
	'symbol' | 'body' | 'documentType' | 'resolutionNumber' | 'date'
>;

/**
 * A document named as UN documents cite one: a resolution by its body, number and date of adoption,
 * a report by its author and symbol.
 * @example fullDocumentName({ symbol: 'A/RES/64/180', body: 'General Assembly', documentType: 'resolution', resolutionNumber: '64/180', date: '2009-12-18' })
 * // 'General Assembly resolution 64/180 of 18 December 2009'
 */
export function fullDocumentName(document: CitedDocument): string {
	if (document.documentType === 'report')
		return `Report of the ${document.body} (${document.symbol})`;
	const number = document.resolutionNumber ?? resolutionNumberOf(document.symbol);
	return `${document.body} resolution ${number} of ${formatIsoDate(document.date)}`;
}

/** `64/180` of `A/RES/64/180`, `2007/17` of `E/RES/2007/17`: what follows the symbol's `RES/`. */
function resolutionNumberOf(symbol: string): string {
	return symbol.replace(/^[A-Z]+\/RES\//, '');
}

/**
 * The full form of a passage's citation, as UN documents themselves cite.
 * @example fullCitationFor(meta of A/RES/65/230, annex para. 42) // 'General Assembly resolution 65/230 of 21 December 2010, annex, para. 42'
 */
export function fullCitationFor(document: CitedDocument, address: PassageAddress): string {
	return `${fullDocumentName(document)}, ${passageLabel(address)}`;
}

/** What "copy citation" copies: the citation and the absolute permalink. */
export function citationWithPermalink(
	symbol: string,
	address: PassageAddress,
	site: string,
): string {
	return citationLine(
		citationFor(symbol, address),
		new URL(permalinkPath(symbol, address), site).href,
	);
}

/** A citation followed by its absolute permalink, as "copy citation" copies it. */
export function citationLine(citation: string, permalink: string): string {
	return citationLineParts(citation, permalink).join('');
}

/**
 * A citation line in its two pieces, the citation with the separator and then the permalink, for a
 * page that sets the permalink apart (to break it only between its segments).
 * @example citationLineParts('A/RES/64/180, para. 5', 'https://HOST/A/RES/64/180/#op5') // ['A/RES/64/180, para. 5 — ', 'https://HOST/A/RES/64/180/#op5']
 */
export function citationLineParts(citation: string, permalink: string): readonly [string, string] {
	return [`${citation} — `, permalink];
}

/**
 * A site address as the site prints it for readers: absolute on the public address, or left
 * site-relative when the build was given none, so no development host is ever printed.
 * @example publicUrl('/A/RES/64/180/#op5', 'https://example.org') // 'https://example.org/A/RES/64/180/#op5'
 */
export function publicUrl(path: string, site: URL | string | null | undefined): string {
	return site === null || site === undefined ? path : new URL(path, site).href;
}
