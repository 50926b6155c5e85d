/**
 * What a paragraph's share page shows: the passage, its neighbours and the words for its card.
 */
import { anchorFor, citationFor, permalinkPath, sharePagePath } from '../contract.ts';
import { plainText } from '../inline.ts';
import type { UnDocument } from '../model.ts';
import { passagesOf, type Passage } from '../passages.ts';

/** A passage ready for a page: its anchor, citation and permalink. */
export interface SharedPassage {
	passage: Passage;
	anchor: string;
	citation: string;
	permalink: string;
	sharePage: string;
	text: string;
}

/**
 * One share page: the passage, and the passages before and after it in the document; a footnote's
 * context is instead the passages that call it, as a footnote stands apart from the text's order.
 */
export interface SharePage {
	shared: SharedPassage;
	before: SharedPassage | null;
	after: SharedPassage | null;
	/** The passages that call the footnote this page shares, in the order of the document; else empty. */
	calledIn: SharedPassage[];
	/** The card's description: the passage's text, cut at a word near 300 characters. */
	description: string;
}

function sharedPassage(symbol: string, passage: Passage): SharedPassage {
	return {
		passage,
		anchor: anchorFor(passage.address),
		citation: citationFor(symbol, passage.address),
		permalink: permalinkPath(symbol, passage.address),
		sharePage: sharePagePath(symbol, passage.address),
		text: plainText(passage.content),
	};
}

/** Cuts a text at a word boundary to at most `limit` characters, marking the cut with an ellipsis. */
export function shortened(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const cut = text.slice(0, limit - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** A passage's opening text split around its lead phrase, so the phrase can be set in italics. */
export interface LeadPhraseSplit {
	before: string;
	lead: string;
	after: string;
}

/**
 * Splits the lead phrase off the start of a passage's first text, as the document page sets it;
 * null when the text does not open with it (after at most an opening quotation mark).
 * @example leadPhraseSplit('“Emphasizing the responsibility', 'Emphasizing') // { before: '“', lead: 'Emphasizing', after: ' the responsibility' }
 */
export function leadPhraseSplit(text: string, leadPhrase: string | null): LeadPhraseSplit | null {
	if (leadPhrase === null || leadPhrase === '') return null;
	const at = text.indexOf(leadPhrase);
	if (at < 0 || at > 2) return null;
	return { before: text.slice(0, at), lead: leadPhrase, after: text.slice(at + leadPhrase.length) };
}

function callsFootnote(passage: SharedPassage, footnote: number): boolean {
	return passage.passage.content.some(
		(inline) => inline.kind === 'footnote-call' && inline.footnote === footnote,
	);
}

/** Every share page of a document, one per citable passage. */
export function sharePagesOf(document: UnDocument): SharePage[] {
	const shared = passagesOf(document).map((passage) =>
		sharedPassage(document.meta.symbol, passage),
	);
	const text = shared.filter((current) => current.passage.address.kind !== 'footnote');
	return shared.map((current, index) => {
		const address = current.passage.address;
		const context =
			address.kind === 'footnote'
				? {
						before: null,
						after: null,
						calledIn: text.filter((passage) => callsFootnote(passage, address.number)),
					}
				: {
						before: shared[index - 1] ?? null,
						after: text[text.indexOf(current) + 1] ?? null,
						calledIn: [],
					};
		return { shared: current, ...context, description: shortened(current.text, 300) };
	});
}

/**
 * A permalink in the pieces a line may break between: after each slash, and never inside its
 * anchor, so a narrow screen does not split `#op5` into `#op` and `5`.
 * @example permalinkPieces('/A/RES/64/180/#op5') // ['/', 'A/', 'RES/', '64/', '180/', '#op5']
 */
export function permalinkPieces(permalink: string): string[] {
	const hash = permalink.indexOf('#');
	const path = hash < 0 ? permalink : permalink.slice(0, hash);
	const pieces = path.split(/(?<=\/)/).filter((piece) => piece !== '');
	return hash < 0 ? pieces : [...pieces, permalink.slice(hash)];
}
