/**
 * A draft resolution quoted whole inside a resolution extracted from a PDF: an Economic and Social
 * Council resolution recommends one to the General Assembly. Each of its paragraphs opens with “,
 * the last closes with ”, and a numbered paragraph prints the quotation mark before its number.
 */
import type { Inline, ListItem, Paragraph, TextRun } from '../../model.ts';
import { openingOf } from '../printed-lines.ts';
import { placeIn, type TextLine } from './lines.ts';
import { labelAtStart } from './labels.ts';

const openingQuote = /^[“"]/;

/**
 * The index of the quoted draft's opening ("“The General Assembly,") among a part's lines; -1 if none.
 * @example quotedDraftIndex(lines) // 3 where the fourth line is "“The General Assembly,"
 */
export function quotedDraftIndex(lines: readonly TextLine[]): number {
	return lines.findIndex(
		(line, index) => index > 0 && openingQuote.test(line.text) && openingOf(line.text) !== null,
	);
}

/**
 * The index of the draft's last line, the one its closing quotation mark ends (a footnote call may
 * follow the mark); the last line if none does.
 */
export function quotedDraftEnd(lines: readonly TextLine[]): number {
	const end = lines.findLastIndex((line) => /[”"][.;]?\d{0,3}$/.test(line.text));
	return end === -1 ? lines.length - 1 : end;
}

/** Lines whose opening quotation mark stands before a label, the mark taken off, and the marks as runs by line. */
export interface UnquotedLines {
	lines: TextLine[];
	quotes: Map<number, TextRun>;
}

/**
 * Takes the opening quotation mark off lines where it stands before a paragraph's number or an
 * item's label ("“1. Takes note"), so the label reads as one; other lines keep theirs in their text.
 * @example unquotedLines(lines).lines[0].text // '1. Takes note of the report …' for '“1. Takes note of the report …'
 */
export function unquotedLines(lines: readonly TextLine[]): UnquotedLines {
	const quotes = new Map<number, TextRun>();
	const unquoted = lines.map((line) => {
		const rest = line.text.slice(1);
		const offset = 1 + (rest.length - rest.trimStart().length);
		if (!openingQuote.test(line.text) || labelAtStart(rest.trimStart()) === null) return line;
		quotes.set(line.line, { kind: 'text', text: line.text.slice(0, 1), at: placeIn(line) });
		return { ...line, text: line.text.slice(offset), column: line.column + offset };
	});
	return { lines: unquoted, quotes };
}

function withQuote(
	content: Inline[],
	at: Paragraph['at'],
	quotes: ReadonlyMap<number, TextRun>,
): Inline[] {
	const quote = quotes.get(at.line);
	return quote === undefined ? content : [quote, ...content];
}

function itemWithQuote(item: ListItem, quotes: ReadonlyMap<number, TextRun>): ListItem {
	return {
		...item,
		content: withQuote(item.content, item.at, quotes),
		items: item.items.map((inner) => itemWithQuote(inner, quotes)),
	};
}

/**
 * Puts each opening quotation mark taken off a label's line back, as the first run of the paragraph
 * or item that line opens: the mark is the text's, and it stands before the label.
 */
export function withQuotesRestored(
	paragraph: Paragraph,
	quotes: ReadonlyMap<number, TextRun>,
): Paragraph {
	return {
		...paragraph,
		content: withQuote(paragraph.content, paragraph.at, quotes),
		items: paragraph.items.map((item) => itemWithQuote(item, quotes)),
	};
}
