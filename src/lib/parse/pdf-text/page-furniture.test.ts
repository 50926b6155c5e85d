import { describe, expect, it } from 'vitest';
import { pageFurnitureOf, strongFurnitureOf } from './page-furniture.ts';
import { sourceLinesOf } from './lines.ts';

const symbols = ['A/67/97'];

describe('strongFurnitureOf', () => {
	it.each([
		['*1238888*', 'bar code'],
		['12-38888 (E)    280612', 'job number'],
		['2/5', 'page number'],
		['Page 3', 'page number'],
		['- 3 -', 'page number'],
		['A/67/97', 'running head'],
		['2   12-38888', 'job number'],
		['__________________', 'rule'],
		['Please recycle', 'recycling note'],
	])('reads "%s" as a %s', (text, what) => {
		expect(strongFurnitureOf(text, symbols)).toBe(what);
	});

	it.each(['18 August 2006 (see E/CN.15/2007/6).', '2014', 'A/67/98', '15 18'])(
		'reads "%s" as no furniture on its own',
		(text) => {
			expect(strongFurnitureOf(text, symbols)).toBeNull();
		},
	);
});

describe('pageFurnitureOf', () => {
	const furnitureOf = (text: string, known = symbols) =>
		pageFurnitureOf(sourceLinesOf(text, 'x.txt'), known);

	it('reads a lone number as a page number where a page ends, not amid the text', () => {
		expect([...furnitureOf('the text\n2\n\fA/67/97\ngoes on').lines]).toEqual([2, 3]);
		expect(furnitureOf('held from 15 to\n18\nAugust').lines.size).toBe(0);
	});

	it('reads a date beside a running head as part of it', () => {
		expect(
			furnitureOf('text.\nA/67/97\n22 June 2012\nmore text').setAside.map((piece) => piece.what),
		).toEqual(['running head', 'running head']);
	});

	it('reads a symbol standing alone on two pages as a running head, whatever the document’s symbol', () => {
		expect(furnitureOf('text\nE/2012/30\ntext\nE/2012/30\ntext', []).lines.size).toBe(2);
	});

	it('reads the first job number into the metadata and sets the rest aside as furniture', () => {
		const furniture = furnitureOf('12-38888 (E)    280612\ntext\n2/5     12-38888');
		expect(furniture.jobNumber).toBe('12-38888');
		expect(
			furniture.setAside.map(({ rule, what, text, at }) => [rule, what, text, at.column]),
		).toEqual([
			['metadata', 'job number', '12-38888 (E)', 1],
			['page-furniture', 'job number', '280612', 17],
			['page-furniture', 'page number', '2/5', 1],
			['page-furniture', 'job number', '12-38888', 9],
		]);
	});

	it('lists the rules that open footnotes', () => {
		expect(furnitureOf('text\n__________________\n1 A note.').rules).toEqual([2]);
	});
});
