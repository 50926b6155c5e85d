/**
 * What a paragraph's share page shows: the passage, its neighbours and the words for its card.
 */
import {
	anchorFor,
	citationFor,
	fullCitationFor,
	permalinkPath,
	sharePagePath,
	type CitedDocument,
} from '../contract.ts';
import { inlineSegments, plainText } from '../inline.ts';
import type { FootnoteCall, Inline, UnDocument } from '../model.ts';
import { textMarks } from '../words/text-marks.ts';
import { passagesOf, type Passage } from '../passages.ts';

/** A passage ready for a page: its anchor, citation and permalink. */
export interface SharedPassage {
	passage: Passage;
	anchor: string;
	citation: string;
	/** The citation in the full form UN documents use. */
	fullCitation: string;
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

function sharedPassage(document: CitedDocument, passage: Passage): SharedPassage {
	const { symbol } = document;
	return {
		passage,
		anchor: anchorFor(passage.address),
		citation: citationFor(symbol, passage.address),
		fullCitation: fullCitationFor(document, passage.address),
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

/** A stretch of a passage's text as it is shown: plain, in italics (lead phrase, title) or a link. */
export type TextPiece =
	{ kind: 'plain' | 'lead' | 'title'; text: string } | { kind: 'link'; text: string; href: string };

/** A passage's text between its footnote calls, cut into the pieces that are shown apart. */
export type PassageSegment = { kind: 'text'; pieces: TextPiece[] } | FootnoteCall;

function markedPieces(text: string): TextPiece[] {
	let position = 0;
	const pieces: TextPiece[] = [];
	for (const mark of textMarks(text)) {
		pieces.push({ kind: 'plain', text: text.slice(position, mark.start) });
		const words = text.slice(mark.start, mark.end);
		pieces.push(
			mark.kind === 'web-address'
				? { kind: 'link', text: words, href: mark.href }
				: { kind: 'title', text: words },
		);
		position = mark.end;
	}
	pieces.push({ kind: 'plain', text: text.slice(position) });
	return pieces.filter((piece) => piece.text !== '');
}

/**
 * A passage's text as the document page shows it, for pages that render it from the model: the lead
 * phrase and publication titles set apart, web addresses linked, footnote calls where they stand.
 */
export function passagePieces(
	content: readonly Inline[],
	leadPhrase: string | null,
): PassageSegment[] {
	return inlineSegments(content).map((segment, index) => {
		if (segment.kind !== 'text') return segment;
		const split = index === 0 ? leadPhraseSplit(segment.text, leadPhrase) : null;
		const pieces: TextPiece[] =
			split === null
				? markedPieces(segment.text)
				: [
						...(split.before === '' ? [] : [{ kind: 'plain' as const, text: split.before }]),
						{ kind: 'lead', text: split.lead },
						...markedPieces(split.after),
					];
		return { kind: 'text', pieces };
	});
}

function callsFootnote(passage: SharedPassage, footnote: number): boolean {
	return passage.passage.content.some(
		(inline) => inline.kind === 'footnote-call' && inline.footnote === footnote,
	);
}

/** Every share page of a document, one per citable passage. */
export function sharePagesOf(document: UnDocument): SharePage[] {
	const shared = passagesOf(document).map((passage) => sharedPassage(document.meta, passage));
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
