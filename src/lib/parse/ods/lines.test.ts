import { describe, expect, it } from 'vitest';
import { indented, isBlank, placeAt, seedLinesOf } from './lines.ts';

describe('seedLinesOf', () => {
	it('numbers lines from 1, whatever ends them', () => {
		expect(seedLinesOf('a\r\nb\nc\rd', 'x.txt')).toEqual([
			{ line: 1, text: 'a' },
			{ line: 2, text: 'b' },
			{ line: 3, text: 'c' },
			{ line: 4, text: 'd' },
		]);
	});

	it('refuses an empty seed and a binary one', () => {
		expect(() => seedLinesOf('\n\n', 'x.txt')).toThrow('x.txt:1: the seed is empty');
		expect(() => seedLinesOf('text\n\u0000', 'x.txt')).toThrow('x.txt:2: the seed is binary');
	});

	it('accepts a few stray control characters in a long text', () => {
		expect(seedLinesOf(`${'word '.repeat(200)}\u000c`, 'x.txt')).toHaveLength(1);
	});
});

describe('isBlank', () => {
	it('is true of a line of spaces and tabs', () => {
		expect(isBlank({ line: 1, text: ' \t ' })).toBe(true);
		expect(isBlank({ line: 1, text: '\t3' })).toBe(false);
	});
});

describe('indented', () => {
	it('gives the text after the tabs and the column it starts at', () => {
		expect(indented({ line: 7, text: '\tThe General Assembly, ' })).toEqual({
			tabs: 1,
			text: 'The General Assembly,',
			at: { line: 7, column: 2 },
		});
	});
});

describe('placeAt', () => {
	it('turns an offset into a 1-based column', () => {
		expect(placeAt({ line: 4, text: '64/180.\tTitle' }, 8)).toEqual({ line: 4, column: 9 });
	});
});
