import { describe, expect, it } from 'vitest';
import type { Footnote } from '../../model.ts';
import { ParseError } from '../error.ts';
import { callReader } from './calls.ts';

const notes = (...numbers: number[]): Footnote[] =>
	numbers.map((number) => ({ number, content: [], at: { line: 90 + number, column: 1 } }));

/** The footnotes a line calls, read with these footnotes. */
function callsIn(text: string, footnotes: Footnote[]): number[] {
	return callReader(footnotes, 'x.md')
		.read({ line: 5, column: 1, text })
		.inlines.flatMap((inline) => (inline.kind === 'footnote-call' ? [inline.footnote] : []));
}

describe('callReader', () => {
	it('reads a call set apart by a space', () => {
		expect(callsIn('Civil and Political Rights, 1 the International Covenant', notes(1))).toEqual([
			1,
		]);
	});

	it('reads a call glued to a word', () => {
		expect(callsIn('the Convention on the Rights of the Child1 and', notes(1))).toEqual([1]);
	});

	it('reads a call glued to a year', () => {
		expect(callsIn('of 25 November 20241 and the inputs', notes(1))).toEqual([1]);
	});

	it('reads a Markdown call and sets its brackets aside', () => {
		const read = callReader(notes(1), 'x.md').read({
			line: 5,
			column: 1,
			text: 'the Child[^1] and',
		});
		expect(read.setAside.map((piece) => [piece.text, piece.at.column])).toEqual([
			['[^', 10],
			[']', 13],
		]);
	});

	it('leaves a day of the month as text', () => {
		expect(callsIn('Recognizing that 5 September is commemorated', notes(5))).toEqual([]);
	});

	it('leaves numbered paragraphs as text even when a footnote has their number', () => {
		expect(callsIn('as well as paragraphs 13 and 14, in which', notes(13))).toEqual([]);
	});

	it('refuses a Markdown call of a footnote that does not exist', () => {
		expect(() => callsIn('the Child[^4] and', notes(1))).toThrow(ParseError);
	});

	it('refuses a footnote nothing calls', () => {
		const reader = callReader(notes(1), 'x.md');
		reader.read({ line: 5, column: 1, text: 'Recalling its resolution 70/1,' });
		expect(() => reader.finish()).toThrow(/footnote 1 is never called/);
	});
});
