import { describe, expect, it } from 'vitest';
import { seedLinesOf } from './lines.ts';
import { odsSectionsOf } from './sections.ts';

const text = [
	'[DU1]',
	'Resolution adopted by the General Assembly on 1 April 2011',
	'65/999.\tA title',
	'\tThe General Assembly,',
	'\t1.\tTakes note of the report.1',
	'65th plenary meeting',
	'1 April 2011',
	'1 A/65/123.',
	'[DU1]<<ODS JOB NO>>N1052634E<<ODS JOB NO>>',
	'3',
].join('\n');

describe('odsSectionsOf', () => {
	const sections = odsSectionsOf(seedLinesOf(text, 'x.txt'));
	const linesIn = (lines: readonly { line: number }[]): number[] => lines.map((line) => line.line);

	it('splits header, body, footnotes and trailer, a closing date that looks like a footnote kept in the body', () => {
		expect(linesIn(sections.header)).toEqual([1, 2, 3]);
		expect(linesIn(sections.body)).toEqual([4, 5, 6, 7]);
		expect(linesIn(sections.footnotes)).toEqual([8]);
		expect(linesIn(sections.trailer)).toEqual([9, 10]);
	});

	it('leaves every line before the trailer in the header when none is tab-indented', () => {
		const lines = seedLinesOf('[DU1]\nResolution adopted\n<<ODS JOB NO>>', 'x.txt');
		expect(odsSectionsOf(lines)).toMatchObject({
			header: [{ line: 1 }, { line: 2 }],
			body: [],
			footnotes: [],
		});
	});
});
