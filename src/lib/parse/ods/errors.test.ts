import { describe, expect, it } from 'vitest';
import {
	callsOf,
	expectFaithful,
	odsResolution,
	trailer,
} from '../../../../tests/fixtures/ods/support.ts';
import { parseOdsText } from './document.ts';
import { ParseError } from '../error.ts';

/** The ParseError parsing a text throws. */
function parseErrorOf(text: string): ParseError {
	try {
		parseOdsText(text, 'x.txt');
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
	throw new Error('expected a ParseError');
}

const warningsOf = (text: string): string[] =>
	parseOdsText(text, 'x.txt').warnings.map((warning) => `${warning.line}: ${warning.message}`);

describe('parseOdsText', () => {
	describe('refuses what it cannot read faithfully, naming file and line', () => {
		it('an empty seed', () => {
			expect(parseErrorOf('').message).toBe('x.txt:1: the seed is empty');
			expect(parseErrorOf(' \n\t\n').message).toBe('x.txt:1: the seed is empty');
		});

		it('a binary seed: a NUL character', () => {
			expect(parseErrorOf('[DU1]\nResolution\u0000adopted').message).toMatch(
				/^x\.txt:2: the seed is binary/,
			);
		});

		it('a binary seed: many control characters', () => {
			expect(
				parseErrorOf('PK\u0003\u0004\u0014\u0006\u0008\u0001\u0002\u0003\u0004\u0005\u0006\nabc')
					.message,
			).toMatch(/^x\.txt:1: the seed is binary, not text: \d+ control characters/);
		});

		it('text that is not in ODS shape', () => {
			expect(parseErrorOf('Hello world\nNothing here is a resolution.').message).toBe(
				'x.txt:1: not in ODS shape: expected "Resolution adopted by the …" at the top',
			);
			expect(parseErrorOf('[DU1]\nA letter to the editor\n\tDear Sir,').message).toBe(
				'x.txt:2: not in ODS shape: expected "Resolution adopted by the …" at the top',
			);
		});

		it('a resolution whose paragraphs are not tab-indented', () => {
			const header =
				'[DU1]\nResolution adopted by the General Assembly on 18 December 2009\n64/1.\tA title';
			expect(parseErrorOf(`${header}\n\nThe General Assembly,`).message).toBe(
				'x.txt:5: not in ODS shape: no tab-indented paragraph after the title',
			);
			expect(parseErrorOf(`${header}\nOne,\nTwo,\nThree,\nFour.`).message).toBe(
				'x.txt:7: not in ODS shape: expected a tab-indented paragraph after the title',
			);
		});

		it('a resolution without its number and title', () => {
			const text =
				'[DU1]\nResolution adopted by the General Assembly on 18 December 2009\nA title\n\tThe General Assembly,';
			expect(parseErrorOf(text).message).toMatch(
				/^x\.txt:3: not in ODS shape: expected the resolution's number and title/,
			);
		});

		it('a resolution of an organ the site does not know', () => {
			const text = odsResolution(['\t1.\tDecides to remain seized of the matter.']).replace(
				'General Assembly on',
				'Security Council on',
			);
			expect(parseErrorOf(text).message).toMatch(
				/^x\.txt:2: not a resolution of an organ this site knows/,
			);
		});

		it('operative numbering that skips a number', () => {
			const text = odsResolution([
				'\t1.\tDecides one;',
				'\t2.\tDecides two;',
				'\t4.\tDecides four.',
			]);
			expect(parseErrorOf(text).message).toBe('x.txt:9: operative paragraph 4 follows 2');
		});

		it('operative numbering that repeats a number', () => {
			const text = odsResolution(['\t1.\tDecides one;', '\t1.\tDecides one again.']);
			expect(parseErrorOf(text).message).toBe('x.txt:8: operative paragraph 1 follows 1');
		});

		it('operative numbering that does not start at 1', () => {
			expect(parseErrorOf(odsResolution(['\t2.\tDecides two.'])).message).toBe(
				'x.txt:7: operative paragraph 2 comes first; expected 1',
			);
		});

		it('a footnote call with no footnote', () => {
			const text = odsResolution(['\t1.\tReaffirms the Protocols thereto7 as the main tools;2'], {
				footnotes: ['1 A/64/123.'],
			});
			expect(parseErrorOf(text).message).toBe(
				'x.txt:7: footnote call 7 at column 36 has no footnote',
			);
		});

		it('a footnote that nothing calls', () => {
			const text = odsResolution(['\t1.\tTakes note of the report;1'], {
				footnotes: ['1 A/64/123.', '2 A/64/130.'],
			});
			expect(parseErrorOf(text).message).toBe('x.txt:12: footnote 2 is never called');
		});

		it('a footnote called before the footnote numbered before it', () => {
			const text = odsResolution(['\t1.\tTakes note of the reports;2 and 1'], {
				footnotes: ['1 A/64/123.', '2 A/64/130.'],
			});
			expect(parseErrorOf(text).message).toBe(
				'x.txt:7: footnote call 2 at column 31 comes before any call of footnote 1',
			);
		});

		it('footnote numbering that skips a number', () => {
			const text = odsResolution(['\t1.\tTakes note of the report;1'], {
				footnotes: ['1 A/64/123.', '3 A/64/130.'],
			});
			expect(parseErrorOf(text).message).toBe('x.txt:12: footnote 3 follows 1; expected 2');
		});

		it('a line that is neither paragraph, closing line, annex heading nor footnote', () => {
			const text = odsResolution(['\t1.\tDecides one.', 'Decides two, without its tab.']);
			expect(parseErrorOf(text).message).toMatch(
				/^x\.txt:8: not in ODS shape: "Decides two, without its tab\."/,
			);
		});

		it('an item before any paragraph', () => {
			expect(parseErrorOf(odsResolution(['\t(a)\tAn item;'])).message).toBe(
				'x.txt:7: item (a) stands before any paragraph',
			);
		});
	});

	describe('reads what is odd but safe, and says so', () => {
		it('a seed without its trailer: the symbol made from the resolution number', () => {
			const text = odsResolution(['\t1.\tDecides to remain seized of the matter.'], {
				trailer: [],
			});
			const { document, warnings } = parseOdsText(text, 'x.txt');
			expect(document.meta).toMatchObject({
				symbol: 'A/RES/64/180',
				session: null,
				distributionDate: null,
				jobNumber: null,
			});
			expect(warnings.map((warning) => warning.message)).toEqual([
				'no ODS trailer: no symbol, session, agenda item or distribution date',
				"no symbol in the ODS trailer; A/RES/64/180 is made from the resolution's number",
			]);
		});

		it('an item whose label skips one', () => {
			const text = odsResolution(['\t1.\tDecides:', '\t(a)\tOne;', '\t(c)\tThree.']);
			expect(warningsOf(text)).toEqual(['9: item (c) does not follow (a)']);
		});

		it('unnumbered text after an operative paragraph, kept with its last item', () => {
			const text = odsResolution(['\t1.\tDecides:', '\t(a)\tOne;', '\tand requests a report.']);
			expect(warningsOf(text)).toEqual([
				'9: unnumbered text after operative paragraph 1 is kept as part of it',
			]);
			const { document } = parseOdsText(text, 'x.txt');
			expect(
				document.parts[0]?.operative[0]?.items[0]?.content.map((inline) => inline.at.line),
			).toEqual([8, 9]);
			expectFaithful(document, text);
		});

		it('a closing date that is not the adoption date', () => {
			const text = odsResolution(['\t1.\tDecides.'], {
				closing: ['65th plenary meeting', '19 December 2009'],
			});
			expect(warningsOf(text)).toEqual([
				'2: adopted on 2009-12-18 by the adoption line, on 2009-12-19 by the closing lines',
			]);
		});

		it('text in the trailer that ODS does not print there, set aside', () => {
			const text = odsResolution(['\t1.\tDecides.'], {
				trailer: [...trailer, 'Something else entirely'],
			});
			const { document, warnings } = parseOdsText(text, 'x.txt');
			expect(warnings.map((warning) => warning.message)).toEqual([
				'the trailer holds text ODS does not print there: "Something else entirely"',
			]);
			expectFaithful(document, text);
		});
	});

	describe('reads general shapes the seeds do not show', () => {
		it('an item (i) after (h) as a letter, and (i) after (a) as a numeral under it', () => {
			const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
				(label) => `\t(${label})\tItem ${label};`,
			);
			const { document } = parseOdsText(
				odsResolution([
					'\t1.\tDecides:',
					...letters,
					'\t2.\tDecides:',
					'\t(a)\tOne:',
					'\t(i)\tTwo.',
				]),
				'x.txt',
			);
			const [one, two] = document.parts[0]?.operative ?? [];
			expect(one?.items.map((item) => item.label)).toEqual([
				'a',
				'b',
				'c',
				'd',
				'e',
				'f',
				'g',
				'h',
				'i',
			]);
			expect(two?.items[0]?.items.map((item) => item.printedLabel)).toEqual(['(i)']);
		});

		it('lines that end in CRLF', () => {
			const text = odsResolution(['\t1.\tTakes note of the report;1'], {
				footnotes: ['1 A/64/123.'],
			}).replace(/\n/g, '\r\n');
			const { document, warnings } = parseOdsText(text, 'x.txt');
			expect(callsOf(document)).toEqual([
				{ kind: 'footnote-call', footnote: 1, occurrence: 1, at: { line: 7, column: 30 } },
			]);
			expect(warnings).toEqual([]);
			expectFaithful(document, text);
		});

		it('a byte order mark before the [DU1] marker', () => {
			const text = `\uFEFF${odsResolution(['\t1.\tDecides.'])}`;
			const { document, warnings } = parseOdsText(text, 'x.txt');
			expect(document.setAside[0]).toMatchObject({ text: '[DU1]', at: { line: 1, column: 2 } });
			expect(warnings).toEqual([]);
			expectFaithful(document, text);
		});

		it('a title that wraps onto a second line', () => {
			const text = odsResolution(['\t1.\tDecides.']).replace(
				'Criminal Justice\n',
				'Criminal\nJustice\n',
			);
			expect(parseOdsText(text, 'x.txt').document.meta.title).toBe(
				'Preparations for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			);
		});
	});
});
