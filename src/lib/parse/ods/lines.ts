/**
 * The lines of a seed exported from the UN Official Document System (ODS), numbered as an editor
 * numbers them, after checking that the seed is text at all.
 */
import type { Source } from '../../model.ts';
import { ParseError } from '../error.ts';

/** One line of a seed and its 1-based number. */
export interface SeedLine {
	line: number;
	text: string;
}

// A text file carries tabs and line ends among its control characters, and nothing else in bulk.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/**
 * A seed's lines; a ParseError if the seed is empty or is not text (a NUL, or many control characters).
 * @example seedLinesOf('[DU1]\nResolution adopted by the General Assembly on 18 December 2009', 'x.txt')[1]
 */
export function seedLinesOf(text: string, file: string): SeedLine[] {
	if (text.trim() === '') throw new ParseError(file, 1, 'the seed is empty');
	const lines = text.split(/\r\n|\n|\r/).map((line, index) => ({ line: index + 1, text: line }));
	const nul = lines.find((line) => line.text.includes('\u0000'));
	if (nul !== undefined) {
		throw new ParseError(file, nul.line, 'the seed is binary, not text: it holds a NUL character');
	}
	const controls = text.match(controlCharacters)?.length ?? 0;
	if (controls > 8 && controls * 100 > text.length) {
		const first = lines.find((line) =>
			/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/.test(line.text),
		);
		throw new ParseError(
			file,
			first?.line ?? 1,
			`the seed is binary, not text: ${controls} control characters in ${text.length}`,
		);
	}
	return lines;
}

/** Whether a line has no words: empty, or spaces and tabs only. */
export function isBlank(line: SeedLine): boolean {
	return line.text.trim() === '';
}

/** A line's leading tabs, its text after them and where that text starts. */
export function indented(line: SeedLine): { tabs: number; text: string; at: Source } {
	const tabs = /^\t*/.exec(line.text)?.[0].length ?? 0;
	return { tabs, text: line.text.slice(tabs).trimEnd(), at: { line: line.line, column: tabs + 1 } };
}

/** The place `offset` characters into a line. */
export function placeAt(line: SeedLine, offset: number): Source {
	return { line: line.line, column: offset + 1 };
}
