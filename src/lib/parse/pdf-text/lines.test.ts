import { describe, expect, it } from 'vitest';
import { ParseError } from '../error.ts';
import { columnsOf, joinWrappedLines, runOf, sourceLinesOf, textLinesOf } from './lines.ts';

describe('sourceLinesOf', () => {
	it('trims each line and keeps where its words start', () => {
		expect(sourceLinesOf(' 1. In its resolution  \r\n\r\nnext', 'x.txt')).toEqual([
			{ line: 1, column: 2, text: '1. In its resolution', newPage: false },
			{ line: 2, column: 1, text: '', newPage: false },
			{ line: 3, column: 1, text: 'next', newPage: false },
		]);
	});

	it('marks the first line with words after a form feed as a new page', () => {
		const lines = sourceLinesOf('end of page\n\fA/67/97\ntext\f\n\nnext page', 'x.txt');
		expect(lines.map((line) => [line.column, line.newPage])).toEqual([
			[1, false],
			[2, true],
			[1, false],
			[1, false],
			[1, true],
		]);
	});

	it('refuses an empty file and binary data', () => {
		expect(() => sourceLinesOf('\n \n', 'x.txt')).toThrow(
			new ParseError('x.txt', 1, 'the file is empty'),
		);
		expect(() => sourceLinesOf('text\n\u0000\u0001', 'x.txt')).toThrow(
			new ParseError('x.txt', 2, 'binary data, not text extracted from a PDF'),
		);
	});
});

describe('runOf', () => {
	it('makes a run of a line from an offset, starting where its words start', () => {
		const [line] = sourceLinesOf('  9.   In the draft resolution', 'x.txt');
		expect(line === undefined ? null : runOf(line, 2)).toEqual({
			kind: 'text',
			text: 'In the draft resolution',
			at: { line: 1, column: 8 },
		});
	});
});

describe('joinWrappedLines', () => {
	it('joins wrapped lines with a space', () => {
		expect(joinWrappedLines(['Follow-up to the Twelfth', 'United Nations Congress'])).toBe(
			'Follow-up to the Twelfth United Nations Congress',
		);
	});

	it('keeps a compound’s hyphen at a line’s end and adds no space', () => {
		expect(joinWrappedLines(['the Secretary-', 'General'])).toBe('the Secretary-General');
	});

	it('keeps the space around a dash', () => {
		expect(joinWrappedLines(['crime -', 'a scourge'])).toBe('crime - a scourge');
	});
});

describe('columnsOf', () => {
	it('splits a line where the layout set columns apart', () => {
		const [line] = sourceLinesOf('General Assembly      Distr.: General', 'x.txt');
		expect(line === undefined ? [] : columnsOf(line)).toEqual([
			{ offset: 0, text: 'General Assembly' },
			{ offset: 22, text: 'Distr.: General' },
		]);
	});
});

describe('textLinesOf', () => {
	it('leaves out taken lines and blank lines, and marks a break only where a blank line stood in the text', () => {
		const lines = sourceLinesOf('one\n\ntwo\n\n2/5\n\nthree', 'x.txt');
		expect(textLinesOf(lines, new Set([5])).map((line) => [line.text, line.breakBefore])).toEqual([
			['one', false],
			['two', true],
			['three', false],
		]);
	});
});

describe('textLinesOf across a page break', () => {
	it('marks the first text line after a page break', () => {
		const lines = sourceLinesOf('nations,\n\fA/RES/80/8\nRecognizing also', 'x.txt');
		const text = textLinesOf(lines, new Set([2]));
		expect(text.map((line) => line.pageBreakBefore ?? false)).toEqual([false, true]);
	});
});
