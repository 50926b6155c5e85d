/**
 * What the emitters set apart in a passage's text, so that the page (mdx.ts) and the Akoma Ntoso
 * (akn.ts) mark the same words: a paragraph's lead phrase, the references it makes, and the web
 * addresses and publication titles it prints. Spans only say how characters are shown; they never
 * add, drop or change one.
 */
import type { LinkContext, LinksInText } from '../link/types.ts';
import { textMarks } from '../words/text-marks.ts';

/** A stretch [start, end) of a text set apart: a reference to a document, a web address, a title. */
export type TextSpan = { start: number; end: number } & (
	| { kind: 'reference'; href: string }
	| { kind: 'web-address'; href: string }
	| { kind: 'publication-title' }
);

/**
 * The references found in a text, then the titles and web addresses that none of them overlaps,
 * in order of their start. A span that starts inside an earlier one is for the emitter to skip.
 */
export function textSpansOf(text: string, linksIn: LinksInText, context: LinkContext): TextSpan[] {
	const links: TextSpan[] = linksIn(text, context).map(({ start, end, href }) => ({
		kind: 'reference',
		start,
		end,
		href,
	}));
	const marks = textMarks(text).filter((mark) =>
		links.every((link) => mark.end <= link.start || mark.start >= link.end),
	);
	return [...links, ...marks].sort((a, b) => a.start - b.start);
}

/**
 * Where a paragraph's lead phrase stands in the first text of the paragraph, or -1 where it does
 * not open it: it opens the paragraph, after at most an opening quotation mark.
 * @example leadPhraseStart('“Recalling its resolution 56/119', 'Recalling') // 1
 */
export function leadPhraseStart(text: string, leadPhrase: string | null): number {
	if (leadPhrase === null) return -1;
	const at = text.indexOf(leadPhrase);
	return at > 2 ? -1 : at;
}
