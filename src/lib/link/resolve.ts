/**
 * Resolving a reference to where a reader can follow it: a page (and paragraph) of this site when
 * the corpus holds the document, its official record at undocs.org when it does not, nowhere when
 * the cited work has no symbol.
 */
import {
	anchorFor,
	documentPath,
	officialRecordUrl,
	partPath,
	permalinkPath,
	type PartScope,
	type PassageAddress,
} from '../contract.ts';
import type { DocumentType, UnDocument } from '../model.ts';
import { annexCountOf, passagesOf } from '../passages.ts';
import type { CitedParagraph, CitingPassage, Reference } from './types.ts';

/** What resolving needs to know about a document of the corpus. */
export interface CorpusEntry {
	documentType: DocumentType;
	/** How many annexes it has: annex anchors depend on it. */
	annexCount: number;
	/** Every anchor its page has: `op5`, `annex-op42`, `para9-3`, `fn2` … */
	anchors: ReadonlySet<string>;
}

/** The documents of the corpus, by symbol. */
export type Corpus = ReadonlyMap<string, CorpusEntry>;

/** Where a reference leads. */
export type LinkTarget =
	/** A paragraph of a corpus document: `/A/RES/65/230/#annex-op42`. */
	| { kind: 'passage'; href: string; symbol: string; address: PassageAddress }
	/** A part of a corpus document as a whole, an annex: `/A/RES/65/230/#part-annex`. */
	| { kind: 'part'; href: string; symbol: string; part: PartScope }
	/**
	 * A corpus document as a whole; `warning` says why, when the reference named a paragraph or an
	 * annex that the document does not have.
	 */
	| { kind: 'document'; href: string; symbol: string; warning: string | null }
	/** A document outside the corpus: `https://undocs.org/A/RES/63/193`. */
	| { kind: 'official-record'; href: string; symbol: string }
	/** No link: the work has no symbol, or the reference names the citing page itself as a whole. */
	| { kind: 'none'; warning: string | null };

/** What resolving needs to know about a parsed document. */
export function corpusEntryOf(document: UnDocument): CorpusEntry {
	return {
		documentType: document.meta.documentType,
		annexCount: annexCountOf(document),
		anchors: new Set(passagesOf(document).map((passage) => anchorFor(passage.address))),
	};
}

/** The same address with other list-item labels (none for the paragraph itself). */
function withItems(address: PassageAddress, items: readonly string[]): PassageAddress {
	const labels = items.length === 0 ? {} : { items };
	switch (address.kind) {
		case 'operative':
			return { kind: 'operative', part: address.part, number: address.number, ...labels };
		case 'report':
			return { kind: 'report', number: address.number, ...labels };
		default:
			return address;
	}
}

/** The address of a cited paragraph in a document of the given type and part. */
function paragraphAddress(
	entry: CorpusEntry,
	part: PartScope | null,
	paragraph: CitedParagraph,
): PassageAddress {
	const address: PassageAddress =
		entry.documentType === 'report' || part === null
			? { kind: 'report', number: paragraph.number }
			: { kind: 'operative', part, number: paragraph.number };
	return withItems(address, paragraph.items);
}

function citedPart(entry: CorpusEntry, annex: number | null): PartScope {
	return annex === null
		? { kind: 'resolution' }
		: { kind: 'annex', index: annex, count: Math.max(entry.annexCount, annex) };
}

/** The part of the citing document that "paragraph 20 above" counts in: the citing passage's own. */
function citingPart(entry: CorpusEntry, address: PassageAddress): PartScope | null {
	switch (address.kind) {
		case 'preambular':
		case 'operative':
			return address.part;
		case 'footnote':
			return entry.documentType === 'report' ? null : { kind: 'resolution' };
		case 'report':
		case 'summary':
			return null;
	}
}

/** Links to the paragraph if the page has its anchor, else to the paragraph without its items, else to the page. */
function linkToParagraph(
	symbol: string,
	entry: CorpusEntry,
	address: PassageAddress,
	citation: string,
): LinkTarget {
	if (entry.anchors.has(anchorFor(address)))
		return { kind: 'passage', href: permalinkPath(symbol, address), symbol, address };
	const paragraph = withItems(address, []);
	const missing = `${symbol} has no ${anchorFor(address)} for ${citation}`;
	if (anchorFor(paragraph) !== anchorFor(address) && entry.anchors.has(anchorFor(paragraph))) {
		return {
			kind: 'document',
			href: permalinkPath(symbol, paragraph),
			symbol,
			warning: `${missing}; linked to ${anchorFor(paragraph)}`,
		};
	}
	return {
		kind: 'document',
		href: documentPath(symbol),
		symbol,
		warning: `${missing}; linked to the document`,
	};
}

/** Whether a passage stands inside the given annex of its document. */
function inAnnex(address: PassageAddress, annex: number): boolean {
	return (
		(address.kind === 'preambular' || address.kind === 'operative') &&
		address.part.kind === 'annex' &&
		address.part.index === annex
	);
}

/**
 * Links a whole annex to its part anchor ("resolution 65/230, annex" lands on the declaration, not
 * on the resolution above it); an annex the document lacks leads to the document, with a warning.
 */
function linkToAnnex(
	symbol: string,
	entry: CorpusEntry,
	annex: number,
	citing: CitingPassage,
): LinkTarget {
	// The annex naming itself ("the present Declaration") would be a link to where the reader is.
	if (symbol === citing.symbol && inAnnex(citing.address, annex))
		return { kind: 'none', warning: null };
	if (annex > entry.annexCount) {
		const warning = `${symbol} has no annex ${annex}; linked to the document`;
		return symbol === citing.symbol
			? { kind: 'none', warning }
			: { kind: 'document', href: documentPath(symbol), symbol, warning };
	}
	const part: PartScope = { kind: 'annex', index: annex, count: entry.annexCount };
	return { kind: 'part', href: partPath(symbol, part), symbol, part };
}

function describe(paragraph: CitedParagraph): string {
	return `paragraph ${paragraph.number}${paragraph.items.map((item) => ` (${item})`).join('')}`;
}

/**
 * Where a reference found in a citing passage leads: the corpus page and paragraph, the official
 * record, or nowhere; with a warning when a named paragraph cannot be found.
 */
export function resolveReference(
	reference: Reference,
	context: { corpus: Corpus; citing: CitingPassage },
): LinkTarget {
	const { corpus, citing } = context;
	switch (reference.kind) {
		case 'unsymbolled':
			return { kind: 'none', warning: null };
		case 'same-document': {
			const entry = corpus.get(citing.symbol);
			if (entry === undefined)
				return {
					kind: 'none',
					warning: `${citing.symbol} is not in the corpus, so ${describe(reference.paragraph)} above has no page`,
				};
			const address = paragraphAddress(
				entry,
				citingPart(entry, citing.address),
				reference.paragraph,
			);
			return linkToParagraph(citing.symbol, entry, address, describe(reference.paragraph));
		}
		case 'document': {
			const { symbol, place } = reference;
			const entry = corpus.get(symbol);
			if (entry === undefined)
				return { kind: 'official-record', href: officialRecordUrl(symbol), symbol };
			if (place.kind === 'paragraph') {
				const address = paragraphAddress(entry, citedPart(entry, place.annex), place.paragraph);
				return linkToParagraph(symbol, entry, address, describe(place.paragraph));
			}
			if (place.kind === 'annex') return linkToAnnex(symbol, entry, place.annex, citing);
			// A page linking to itself as a whole ("the Salvador Declaration" in its own resolution) says nothing.
			if (symbol === citing.symbol) return { kind: 'none', warning: null };
			return { kind: 'document', href: documentPath(symbol), symbol, warning: null };
		}
	}
}
