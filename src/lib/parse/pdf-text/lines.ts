/**
 * The lines of text extracted from a PDF, each with the place it starts, and the joining of lines
 * that the PDF's layout wrapped.
 */
import type { Source, TextRun } from '../../model.ts';
import { ParseError } from '../error.ts';

/** A line of the seed: its words trimmed of the layout's spaces and form feeds, and where they start. */
export interface SourceLine {
	/** 1-based line number in the seed. */
	line: number;
	/** 1-based column of the first character of `text`. */
	column: number;
	/** The line without leading and trailing white space; empty for a blank line. */
	text: string;
	/** A form feed (a PDF page break) stands before this line. */
	newPage: boolean;
}

// Tab, line feed, form feed and carriage return are what text extraction writes; other control
// characters (and the replacement character) mean the bytes were not text.
const notText = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/;

/**
 * The seed's lines, each trimmed, with its place; an empty or binary seed is an error.
 * @example sourceLinesOf(' 1. In its resolution 66/179,', 'x.txt')[0] // { line: 1, column: 2, text: '1. In its …', newPage: false }
 */
export function sourceLinesOf(text: string, file: string): SourceLine[] {
	if (text.trim() === '') throw new ParseError(file, 1, 'the file is empty');
	const raws = text.split(/\r\n|\n|\r/);
	// pdftotext writes a form feed before a page's first line; a feed on a blank line or after a
	// line's last word breaks the page before the next line that has words.
	let pageBreakPending = false;
	return raws.map((raw, index) => {
		if (notText.test(raw)) {
			throw new ParseError(file, index + 1, 'binary data, not text extracted from a PDF');
		}
		const spaced = raw.replace(/\f/g, ' ');
		const start = spaced.search(/\S/);
		const feed = raw.indexOf('\f');
		if (start === -1) {
			pageBreakPending ||= feed !== -1;
			return { line: index + 1, column: 1, text: '', newPage: false };
		}
		const newPage = pageBreakPending || (feed !== -1 && feed < start);
		pageBreakPending = feed > start;
		return { line: index + 1, column: start + 1, text: spaced.trim(), newPage };
	});
}

/** The place of the character `offset` characters into a line's trimmed text. */
export function placeIn(line: SourceLine, offset = 0): Source {
	return { line: line.line, column: line.column + offset };
}

/** A text run of a line's trimmed text from `offset`, trimmed at its start so `at` is where its words start. */
export function runOf(line: SourceLine, offset = 0, end = line.text.length): TextRun | null {
	const slice = line.text.slice(offset, end);
	const lead = slice.search(/\S/);
	if (lead === -1) return null;
	return { kind: 'text', text: slice.trim(), at: placeIn(line, offset + lead) };
}

/**
 * Lines the layout wrapped, joined as a reader reads them: with a space, except after a hyphen
 * between letters ("Secretary-" + "General"), which UN typesetting only breaks in compound words.
 * @example joinWrappedLines(['Report of the Secretary-', 'General']) // 'Report of the Secretary-General'
 */
export function joinWrappedLines(texts: readonly string[]): string {
	return texts.reduce((joined, text) => {
		if (joined === '') return text;
		return /\p{L}-$/u.test(joined) && /^\p{L}/u.test(text) ? joined + text : `${joined} ${text}`;
	}, '');
}

/**
 * The stretches of a line that a layout-preserving extraction set apart with runs of spaces
 * ("United Nations      A/67/97"), each with its offset in the line's text.
 */
export function columnsOf(line: SourceLine): { offset: number; text: string }[] {
	const columns: { offset: number; text: string }[] = [];
	for (const match of line.text.matchAll(/\S+(?: \S+)*/g)) {
		columns.push({ offset: match.index, text: match[0] });
	}
	return columns;
}

/** A line of a document's own text, with whether a blank line stood before it on its page. */
export interface TextLine extends SourceLine {
	/** A blank line (not a page break or furniture) separates it from the text line before. */
	breakBefore: boolean;
	/** A page break stands between it and the text line before; absent where none does. */
	pageBreakBefore?: true;
}

/**
 * The lines of a document's own text, in order, once furniture and footnotes are taken out.
 * @example textLinesOf(lines, new Set([12, 13])) // every non-blank line but 12 and 13
 */
export function textLinesOf(lines: readonly SourceLine[], taken: ReadonlySet<number>): TextLine[] {
	const textLines: TextLine[] = [];
	let blank = false;
	let acrossTaken = false;
	let acrossPage = false;
	for (const line of lines) {
		if (taken.has(line.line) || line.newPage) acrossTaken = true;
		// Only a break after the first text line is between two of them.
		if (line.newPage && textLines.length > 0) acrossPage = true;
		if (taken.has(line.line)) continue;
		if (line.text === '') {
			blank = true;
			continue;
		}
		const textLine: TextLine = { ...line, breakBefore: blank && !acrossTaken };
		if (acrossPage) textLine.pageBreakBefore = true;
		textLines.push(textLine);
		blank = false;
		acrossTaken = false;
		acrossPage = false;
	}
	return textLines;
}
