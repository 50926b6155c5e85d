import { describe, expect, it } from 'vitest';
import type { ListItem, Paragraph } from '../../model.ts';
import { itemLevelOf, placeItem } from './items.ts';

function paragraph(): Paragraph {
	return {
		kind: 'operative',
		number: 2,
		printedLabel: '2.',
		leadPhrase: 'Requests',
		content: [],
		items: [],
		at: { line: 12, column: 2 },
	};
}

const item = (label: string, line: number): ListItem => ({
	label,
	printedLabel: `(${label})`,
	content: [],
	items: [],
	at: { line, column: 2 },
});

describe('itemLevelOf', () => {
	it('reads letters, numerals and numbers', () => {
		expect(itemLevelOf('a', null)).toBe('letter');
		expect(itemLevelOf('ii', 'a')).toBe('roman');
		expect(itemLevelOf('3', null)).toBe('number');
	});

	it('reads i after h as a letter, and after another letter as a numeral', () => {
		expect(itemLevelOf('i', 'h')).toBe('letter');
		expect(itemLevelOf('i', 'b')).toBe('roman');
		expect(itemLevelOf('i', null)).toBe('roman');
	});

	it('reads a lone v as a letter after u, else as a numeral under a letter', () => {
		expect(itemLevelOf('v', 'u')).toBe('letter');
		expect(itemLevelOf('v', 'c')).toBe('roman');
	});
});

describe('placeItem', () => {
	it('puts letters at the top and numerals under the letter before them', () => {
		const two = paragraph();
		for (const [label, line] of [
			['a', 13],
			['i', 14],
			['ii', 15],
			['b', 16],
		] as const) {
			expect(placeItem(two, item(label, line))).toBeNull();
		}
		expect(two.items.map((top) => [top.label, top.items.map((nested) => nested.label)])).toEqual([
			['a', ['i', 'ii']],
			['b', []],
		]);
	});

	it('keeps a list of numerals at the top when no letter comes first', () => {
		const two = paragraph();
		for (const [label, line] of [
			['i', 13],
			['ii', 14],
			['iii', 15],
			['iv', 16],
			['v', 17],
		] as const) {
			expect(placeItem(two, item(label, line))).toBeNull();
		}
		expect(two.items.map((top) => top.label)).toEqual(['i', 'ii', 'iii', 'iv', 'v']);
	});

	it('warns of a label that does not follow the one before it', () => {
		const two = paragraph();
		placeItem(two, item('a', 13));
		expect(placeItem(two, item('c', 14))).toBe('item (c) does not follow (a)');
		expect(placeItem(paragraph(), item('b', 13))).toBe('item (b) does not follow its paragraph');
	});
});
