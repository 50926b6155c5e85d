import { describe, expect, it } from 'vitest';
import { footnoteCallReader } from '../footnote-calls.ts';
import type { SeedLine } from './lines.ts';
import { odsBodyOf } from './parts.ts';

const linesOf = (...texts: string[]): SeedLine[] =>
	texts.map((text, index) => ({ line: 7 + index, text }));

function bodyOf(...texts: string[]) {
	const warnings: string[] = [];
	const body = odsBodyOf(linesOf(...texts), {
		file: 'x.txt',
		calls: footnoteCallReader([], 'x.txt'),
		warn: (line, message) => warnings.push(`${line}: ${message}`),
	});
	return { ...body, warnings };
}

describe('odsBodyOf', () => {
	it('reads opening, preamble, operative paragraphs and closing lines into the resolution', () => {
		const { parts, plenaryMeeting, closingDate, warnings } = bodyOf(
			'\tThe General Assembly,',
			'\tRecalling its resolution 63/193,',
			'\t1.\tDecides to remain seized of the matter.',
			'',
			'65th plenary meeting',
			'18 December 2009',
		);
		expect(parts[0]).toMatchObject({
			kind: 'resolution',
			opening: { text: 'The General Assembly,', at: { line: 7, column: 2 } },
			preamble: [
				{
					kind: 'preambular',
					number: 1,
					printedLabel: null,
					leadPhrase: 'Recalling',
					at: { line: 8, column: 2 },
				},
			],
			operative: [
				{
					kind: 'operative',
					number: 1,
					printedLabel: '1.',
					leadPhrase: 'Decides',
					at: { line: 9, column: 2 },
				},
			],
			closing: [{ text: '65th plenary meeting' }, { text: '18 December 2009' }],
		});
		expect([plenaryMeeting, closingDate, warnings]).toEqual([65, '2009-12-18', []]);
	});

	it('starts an annex at its heading, with the lines after it as its title', () => {
		const { parts } = bodyOf(
			'\tThe General Assembly,',
			'\t1.\tAdopts the Declaration.',
			'Annex',
			'A Declaration',
			'\t1.\tWe agree.',
		);
		expect(parts.map((part) => [part.kind, part.index, part.title.map((run) => run.text)])).toEqual(
			[
				['resolution', 0, []],
				['annex', 1, ['A Declaration']],
			],
		);
	});

	it('warns of a resolution without an opening line', () => {
		expect(bodyOf('\tRecalling its resolution 63/193,', '\t1.\tDecides.').warnings).toEqual([
			'7: the resolution has no opening line ("The General Assembly,")',
		]);
	});

	it('refuses a paragraph after the closing lines', () => {
		expect(() =>
			bodyOf(
				'\tThe General Assembly,',
				'\t1.\tDecides.',
				'65th plenary meeting',
				'\t2.\tDecides again.',
			),
		).toThrow('x.txt:10: a paragraph follows the closing lines');
	});
});
