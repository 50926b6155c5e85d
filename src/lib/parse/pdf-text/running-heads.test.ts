import { describe, expect, it } from 'vitest';
import { ParseError } from '../error.ts';
import { sourceLinesOf, type SourceLine } from './lines.ts';
import { pageOfLine, runningHeadsOf, strayFurnitureOf, withPageBreaks } from './running-heads.ts';

// Page 1's last lines, the empty line of the break, and page 2's head as A/RES/80/10 prints them.
const evenPage = [
	'Forms of Discrimination against Women,5 ',
	' ',
	'5 Ibid., vol. 1249, No. 20378.',
	'',
	'A/RES/80/10 ',
	'International Day of the World’s Indigenous Women and Girls',
	' ',
	'25-19432',
	'2/3 ',
	' ',
	'Reaffirming the 2030 Agenda for Sustainable Development 11  and that the ',
].join('\n');

function headsOf(text: string, symbol: string | undefined = 'A/RES/80/10') {
	const lines = sourceLinesOf(text, 'x.md');
	return { lines, heads: runningHeadsOf(lines, text.split('\n'), symbol, 'x.md') };
}

function reasonOf(text: string): string {
	try {
		headsOf(text);
	} catch (error) {
		if (error instanceof ParseError) return `${error.line}: ${error.reason}`;
		throw error;
	}
	throw new Error('expected a ParseError');
}

describe('runningHeadsOf', () => {
	it('finds the break and every line of an even page’s head', () => {
		const { heads } = headsOf(evenPage);
		expect([heads.breaks, [...heads.lines]]).toEqual([[4], [5, 6, 7, 8, 9]]);
	});

	it('sets the short title aside as a running head', () => {
		const { heads } = headsOf(evenPage);
		expect(heads.setAside).toEqual([
			{
				rule: 'page-furniture',
				what: 'running head',
				text: 'International Day of the World’s Indigenous Women and Girls',
				at: { line: 6, column: 1 },
			},
		]);
	});

	it('reads an odd page’s head, its title over two lines before the symbol', () => {
		const odd = [
			'Text, ',
			'',
			'Building a peaceful and better world through sport and the ',
			'Olympic ideal ',
			'A/RES/80/8',
			' ',
			'3/6',
			'25-18947 ',
			' ',
			'Games, as a defining feature',
		].join('\n');
		const { heads } = headsOf(odd, 'A/RES/80/8');
		expect(heads.setAside.map((piece) => piece.text)).toEqual([
			'Building a peaceful and better world through sport and the',
			'Olympic ideal',
		]);
	});

	it('refuses an empty line with no head after it once the heads show the shape', () => {
		const text = `${evenPage}\n \nMore text \n\nRecognizing that`;
		expect(reasonOf(text)).toMatch(
			/^14: a page break with no running head .* but "Recognizing that"$/,
		);
	});

	it('leaves alone a text whose blank lines are all empty, as other extractions write them', () => {
		const { heads } = headsOf('Text,\n\nA/RES/80/10\nTitle\n\n25-19432\n2/3\n\nMore');
		expect(heads.breaks).toEqual([]);
	});

	it('reports a head whose title differs from the first head’s', () => {
		const second = evenPage
			.replace('Forms of', 'More')
			.replace('World’s Indigenous Women and Girls', 'World’s Indigenous')
			.replace('2/3', '3/3');
		const { heads } = headsOf(`${evenPage}\n${second}`);
		expect(heads.warnings.map((warning) => warning.line)).toEqual([17]);
	});
});

describe('strayFurnitureOf', () => {
	it('reports a page number set aside away from the heads', () => {
		const { heads } = headsOf(evenPage);
		const stray = strayFurnitureOf(
			[{ rule: 'page-furniture', what: 'page number', text: '2/3', at: { line: 2, column: 1 } }],
			heads,
			'x.md',
		);
		expect(stray.map((warning) => warning.line)).toEqual([2]);
	});
});

describe('withPageBreaks', () => {
	it('marks the line after each break as a new page', () => {
		const lines: SourceLine[] = sourceLinesOf('a\n\nb', 'x.md');
		expect(withPageBreaks(lines, [2]).map((line) => line.newPage)).toEqual([false, false, true]);
	});
});

describe('pageOfLine', () => {
	it('counts the breaks before a line', () => {
		expect(pageOfLine(90, [81, 153])).toBe(2);
	});
});
