/**
 * Footnotes in Markdown: their text (`<sup>2</sup> E/CN.15/2007/6.` under a page's break, or
 * `[^2]: …` at the end) and the calls that name them (`2006,<sup>2</sup>`).
 */
import type { Footnote, FootnoteCall } from '../../model.ts';
import type { FootnoteBlock, MarkdownBlock } from './blocks.ts';
import { inlinesOf, type CallToken } from './inline.ts';
import { ParseError, type ParseWarning } from '../error.ts';

/** Calls read against the document's footnotes, numbered by occurrence in the order the text makes them. */
export interface FootnoteCalls {
	/** The call a token makes; a call of a footnote the document lacks is an error. */
	callOf(token: CallToken): FootnoteCall;
	/** Throws if a footnote was never called. */
	checkAllCalled(): void;
}

/**
 * The document's footnotes in the order they stand; a number given twice is an error, and numbers
 * out of turn are a warning.
 * @example footnotesOf(blocks, 'x.md', [])[0] // { number: 1, content: [run 'Resolution 60/177, annex.'], at: { line: 25, column: 6 } }
 */
export function footnotesOf(
	blocks: readonly MarkdownBlock[],
	file: string,
	warnings: ParseWarning[],
): Footnote[] {
	const notes = blocks.filter((block): block is FootnoteBlock => block.kind === 'footnote');
	const lineByNumber = new Map<number, number>();
	const noCalls = (token: CallToken): never => {
		throw new ParseError(file, token.at.line, 'a footnote call inside a footnote');
	};
	return notes.map((note, index) => {
		const earlier = lineByNumber.get(note.number);
		if (earlier !== undefined) {
			throw new ParseError(
				file,
				note.line,
				`footnote ${note.number} is given twice (first on line ${earlier})`,
			);
		}
		lineByNumber.set(note.number, note.line);
		const expected = (notes[index - 1]?.number ?? 0) + 1;
		if (note.number !== expected) {
			warnings.push({
				file,
				line: note.line,
				message: `footnote ${note.number} follows footnote ${expected - 1}`,
			});
		}
		const content = inlinesOf(note.tokens, noCalls);
		if (content.length === 0)
			throw new ParseError(file, note.line, `footnote ${note.number} has no text`);
		return { number: note.number, content, at: note.at };
	});
}

/**
 * Reads calls against the footnotes: each call of a footnote counts its occurrence; a first call out
 * of turn is a warning.
 */
export function footnoteCalls(
	footnotes: readonly Footnote[],
	file: string,
	warnings: ParseWarning[],
): FootnoteCalls {
	const numbers = new Set(footnotes.map((footnote) => footnote.number));
	const occurrences = new Map<number, number>();
	let highest = 0;
	return {
		callOf(token) {
			const { footnote, at } = token;
			if (!numbers.has(footnote))
				throw new ParseError(file, at.line, `footnote call ${footnote} has no footnote`);
			const occurrence = (occurrences.get(footnote) ?? 0) + 1;
			occurrences.set(footnote, occurrence);
			if (occurrence === 1 && footnote !== highest + 1) {
				warnings.push({
					file,
					line: at.line,
					message: `footnote ${footnote} is first called after footnote ${highest}`,
				});
			}
			highest = Math.max(highest, footnote);
			return { kind: 'footnote-call', footnote, occurrence, at };
		},
		checkAllCalled() {
			const uncalled = footnotes.find((footnote) => !occurrences.has(footnote.number));
			if (uncalled !== undefined) {
				throw new ParseError(file, uncalled.at.line, `footnote ${uncalled.number} is never called`);
			}
		},
	};
}
