/**
 * A document's record for reference managers (`/{symbol}/citation.ris`, `.bib`, `.json`): one
 * CSL-JSON item built here from the metadata, written to RIS and BibLaTeX by citation-js.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { officialRecordUrl } from '../contract.ts';
import type { DocumentMeta } from '../model.ts';

/** The CSL-JSON fields a document's record carries. */
export interface CslItem {
	id: string;
	'citation-key': string;
	type: 'legislation' | 'report';
	genre: string;
	title: string;
	author: { literal: string }[];
	issued: { 'date-parts': number[][] };
	number: string;
	publisher: 'United Nations';
	URL: string;
	language: 'en';
}

/** A BibTeX key from a symbol: its letters and digits, the rest as `_` (`A_RES_64_180`). */
function citationKeyOf(symbol: string): string {
	return symbol.replace(/[^A-Za-z0-9]+/g, '_');
}

/** The date as CSL's date-parts, no more precise than the text: `2012` stays a year. */
function dateParts(date: string): number[][] {
	return [date.split('-').map(Number)];
}

/** What a document's record is made of. */
export type RecordedDocument = Pick<
	DocumentMeta,
	'symbol' | 'body' | 'documentType' | 'title' | 'date'
>;

/** A document as one CSL-JSON item: its body as author, its symbol as number, its official record as URL. */
export function cslItemOf(meta: RecordedDocument): CslItem {
	const resolution = meta.documentType === 'resolution';
	return {
		id: meta.symbol,
		'citation-key': citationKeyOf(meta.symbol),
		type: resolution ? 'legislation' : 'report',
		genre: resolution ? 'Resolution' : `Report of the ${meta.body}`,
		title: meta.title,
		author: [{ literal: meta.body }],
		issued: { 'date-parts': dateParts(meta.date) },
		number: meta.symbol,
		publisher: 'United Nations',
		URL: officialRecordUrl(meta.symbol),
		language: 'en',
	};
}

/** The record as CSL-JSON, the format Zotero and citation processors read natively. */
export function cslJsonOf(item: CslItem): string {
	return `${JSON.stringify([item], null, '\t')}\n`;
}

/** The record as BibLaTeX (`@legislation`, `@report`), which keeps the symbol and the date as stated. */
export function bibtexOf(item: CslItem): string {
	// The writer spells non-ASCII as LaTeX where it knows how and drops what it does not: a
	// non-breaking hyphen ("non‑nuclear-weapon States") would vanish, so it goes in as a hyphen.
	const title = item.title.replace(/[\u2010\u2011]/g, '-');
	return String(new Cite({ ...item, title }).format('biblatex')).trimEnd() + '\n';
}

/**
 * The record as RIS. citation-js maps the fields; the lines are written here, because its writer
 * wraps values at 70 characters and its own reader joins the pieces back with a space ("Justi ce").
 */
export function risOf(item: CslItem): string {
	const [entry] = new Cite(item).format('ris', { format: 'object' }) as Record<
		string,
		string | string[]
	>[];
	if (entry === undefined) throw new Error(`no RIS record for ${item.id}`);
	const { TY: type, ...tags } = entry;
	const lines = Object.entries(tags).flatMap(([tag, value]) =>
		[value].flat().map((line) => `${tag}  - ${line}`),
	);
	return [`TY  - ${String(type)}`, ...lines, 'ER  - ', ''].join('\n');
}
