/**
 * The text of a passage in Akoma Ntoso, as the page shows it: the runs joined as the page joins them,
 * the lead phrase in `<i>`, references to the page's addresses in `<ref>`, web addresses in `<a>`,
 * publication titles in `<i>`, and each footnote at the places that call it. Text goes into the tree
 * as text only; the serialiser escapes it.
 */
import {
	aknEidFor,
	aknEidOf,
	footnoteCallAnchor,
	type PassageAddress,
	publicUrl,
} from '../contract.ts';
import { inlineSegments } from '../inline.ts';
import type { LinkContext, LinksInText } from '../link/types.ts';
import type { Footnote, FootnoteCall, Inline, UnDocument } from '../model.ts';
import { leadPhraseStart, textSpansOf } from './spans.ts';
import { element, type XmlElement, type XmlNode } from './xml.ts';

/** What the export needs beyond the model. */
export interface AknOptions {
	/** Finds the links in a stretch of text: the same finder the page's MDX was written with. */
	linksIn: LinksInText;
	/** The site's public address, to make its own links absolute; null leaves them site-relative. */
	site: URL | string | null;
}

/** A document on its way into Akoma Ntoso: what its text needs, and which notes are placed. */
export interface AknDocumentContext {
	document: UnDocument;
	options: AknOptions;
	footnotes: ReadonlyMap<number, Footnote>;
	/** The footnotes whose note has been placed, at the first place that calls it. */
	placed: Set<number>;
}

/** Where a stretch of text stands, and the lead phrase that may open it. */
export interface TextContext extends LinkContext {
	leadPhrase: string | null;
}

function hrefOf(href: string, options: AknOptions): string {
	return href.startsWith('/') ? publicUrl(href, options.site) : href;
}

function linkedText(text: string, context: TextContext, document: AknDocumentContext): XmlNode[] {
	const nodes: XmlNode[] = [];
	let position = 0;
	for (const span of textSpansOf(text, document.options.linksIn, context)) {
		if (span.start < position) continue;
		if (span.start > position) nodes.push(text.slice(position, span.start));
		const words = [text.slice(span.start, span.end)];
		const href = span.kind === 'publication-title' ? null : hrefOf(span.href, document.options);
		// A reference to a document is AKN's ref; a web address is not a legal reference, so it is an a.
		const name = span.kind === 'reference' ? 'ref' : span.kind === 'web-address' ? 'a' : 'i';
		nodes.push(element(name, { href }, words));
		position = span.end;
	}
	if (position < text.length) nodes.push(text.slice(position));
	return nodes;
}

function textNodes(text: string, context: TextContext, document: AknDocumentContext): XmlNode[] {
	const lead = context.leadPhrase;
	const at = leadPhraseStart(text, lead);
	if (lead === null || at < 0) return linkedText(text, context, document);
	return [
		...(at > 0 ? [text.slice(0, at)] : []),
		element('i', { class: 'leadPhrase' }, [lead]),
		...linkedText(text.slice(at + lead.length), context, document),
	];
}

/**
 * A footnote at a place that calls it: its note, text and all, at the first call; a reference to
 * that note at every later one, as print sets the footnote once and its number at each call.
 */
function noteAt(call: FootnoteCall, document: AknDocumentContext): XmlElement {
	const footnote = document.footnotes.get(call.footnote);
	if (footnote === undefined) {
		throw new Error(
			`${document.document.file}:${call.at.line}: footnote ${call.footnote} is called but has no text`,
		);
	}
	const address: PassageAddress = { kind: 'footnote', number: footnote.number };
	const noteEid = aknEidFor(address);
	const marker = String(footnote.number);
	if (call.occurrence !== 1 || document.placed.has(footnote.number)) {
		const eId = aknEidOf(footnoteCallAnchor(footnote.number, call.occurrence));
		return element('noteRef', { eId, marker, href: `#${noteEid}` });
	}
	document.placed.add(footnote.number);
	const context: TextContext = {
		symbol: document.document.meta.symbol,
		speaker: document.document.meta.body,
		scope: null,
		address,
		leadPhrase: null,
	};
	return element('authorialNote', { eId: noteEid, marker, placement: 'bottom' }, [
		element('p', {}, inlineNodes(footnote.content, context, document)),
	]);
}

function inlineNodes(
	content: readonly Inline[],
	context: TextContext,
	document: AknDocumentContext,
): XmlNode[] {
	return inlineSegments(content).flatMap((segment, index) =>
		segment.kind === 'text'
			? textNodes(segment.text, index === 0 ? context : { ...context, leadPhrase: null }, document)
			: [noteAt(segment, document)],
	);
}

/** A passage's text as a paragraph of text. */
export function aknText(
	content: readonly Inline[],
	context: TextContext,
	document: AknDocumentContext,
): XmlElement {
	return element('p', {}, inlineNodes(content, context, document));
}

/** A document ready for its text to be written, no footnote placed yet. */
export function aknDocumentContext(document: UnDocument, options: AknOptions): AknDocumentContext {
	return {
		document,
		options,
		footnotes: new Map(document.footnotes.map((footnote) => [footnote.number, footnote])),
		placed: new Set(),
	};
}

/**
 * Stops at a footnote that no text called, which would otherwise be left out: the checks every
 * parse passes make sure there is none.
 */
export function checkEveryFootnotePlaced(context: AknDocumentContext): void {
	const { document, placed } = context;
	const unplaced = document.footnotes.filter((footnote) => !placed.has(footnote.number));
	if (unplaced.length > 0) {
		throw new Error(
			`${document.file}: footnote ${unplaced.map((footnote) => footnote.number).join(', ')} is never called, so it has no place in the Akoma Ntoso`,
		);
	}
}
