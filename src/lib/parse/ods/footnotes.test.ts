import { describe, expect, it } from 'vitest';
import { odsFootnotesOf } from './footnotes.ts';

describe('odsFootnotesOf', () => {
	it('reads each footnote: its number at the start of the line, its text after the space', () => {
		expect(odsFootnotesOf([{ line: 40, text: '1 Resolution 46/152, annex.' }], 'x.txt')).toEqual([
			{
				number: 1,
				content: [{ kind: 'text', text: 'Resolution 46/152, annex.', at: { line: 40, column: 3 } }],
				at: { line: 40, column: 1 },
			},
		]);
	});

	it('carries a line without a number on as the text of the footnote above it', () => {
		const [first] = odsFootnotesOf(
			[
				{ line: 40, text: '1 See Official Records of the Economic and Social Council, 2008,' },
				{ line: 41, text: 'Supplement No. 10 (E/2008/30), chap. II.' },
			],
			'x.txt',
		);
		expect(first?.content.map((run) => run.at)).toEqual([
			{ line: 40, column: 3 },
			{ line: 41, column: 1 },
		]);
	});

	it('refuses numbering that does not start at 1 or skips', () => {
		expect(() => odsFootnotesOf([{ line: 40, text: '2 A/64/123.' }], 'x.txt')).toThrow(
			'x.txt:40: footnote 2 is the first; expected 1',
		);
		expect(() =>
			odsFootnotesOf(
				[
					{ line: 40, text: '1 A/64/123.' },
					{ line: 41, text: '1 A/64/130.' },
				],
				'x.txt',
			),
		).toThrow('x.txt:41: footnote 1 follows 1; expected 2');
	});

	it('refuses a paragraph among the footnotes', () => {
		expect(() => odsFootnotesOf([{ line: 40, text: '\t20.\tDecides.' }], 'x.txt')).toThrow(
			'x.txt:40: a tab-indented paragraph stands among the footnotes',
		);
	});
});
