import { describe, expect, it } from 'vitest';
import type { Footnote, TextRun } from '../model.ts';
import { footnoteCallCandidates, footnoteCallReader } from './footnote-calls.ts';
import { ParseError } from './error.ts';

const digitsIn = (text: string): string[] =>
	footnoteCallCandidates(text).map((candidate) => candidate.digits);

function footnotes(count: number): Footnote[] {
	return Array.from({ length: count }, (_, index) => ({
		number: index + 1,
		content: [{ kind: 'text', text: `A/64/${index + 100}.`, at: { line: 50 + index, column: 3 } }],
		at: { line: 50 + index, column: 1 },
	}));
}

const run = (text: string, line = 8, column = 2): TextRun => ({
	kind: 'text',
	text,
	at: { line, column },
});

describe('footnoteCallCandidates', () => {
	it('finds digits glued to a word or to closing punctuation', () => {
		expect(digitsIn('Programme,1 should be held')).toEqual(['1']);
		expect(digitsIn('the Protocols thereto2 as the main tools')).toEqual(['2']);
		expect(digitsIn('the report of the Secretary-General;2')).toEqual(['2']);
		expect(digitsIn('made action-oriented recommendations4 to serve')).toEqual(['4']);
		expect(digitsIn('(E/CN.15/2007/6)9 and')).toEqual(['9']);
		expect(digitsIn('and Non-custodial Measures for Women Offenders.17 Taking note')).toEqual([
			'17',
		]);
		expect(digitsIn('entitled "Comprehensive strategies"3 and')).toEqual(['3']);
	});

	it('finds none in years, ranges, symbols, resolution numbers and quantities', () => {
		expect(digitsIn('resolutions 2008/23, 2008/24 and 2008/25 of 24 July 2008, and all')).toEqual(
			[],
		);
		expect(digitsIn('the strategy for the period 2008-2011 for the Office')).toEqual([]);
		expect(digitsIn('see A/CONF.213/18 and E/CN.15/2011/15, and A/64/L.5')).toEqual([]);
		expect(digitsIn('A/64/440 and Corr.1) and No. 39574, vol.2, para.3')).toEqual([]);
		expect(digitsIn('the meeting held in 2010, which brought together 1,200 experts')).toEqual([]);
		expect(
			digitsIn('2.5 per cent, 5% of G20 and CO2 emissions, H1N1, the 1990s, 3rd, Rio+20'),
		).toEqual([]);
		expect(digitsIn('entitled "21 days of action"')).toEqual([]);
	});

	it('finds a call after a year and a comma, as a weak candidate', () => {
		expect(footnoteCallCandidates('its review of 4 and 5 September 2008,5')).toEqual([
			{ index: 37, digits: '5', strength: 'weak' },
		]);
	});
});

describe('footnoteCallReader', () => {
	it('splits a run around its calls, each part at its own column', () => {
		const reader = footnoteCallReader(footnotes(1), 'x.txt');
		expect(reader.read(run('Programme,1 should be held,'))).toEqual([
			{ kind: 'text', text: 'Programme,', at: { line: 8, column: 2 } },
			{ kind: 'footnote-call', footnote: 1, occurrence: 1, at: { line: 8, column: 12 } },
			{ kind: 'text', text: ' should be held,', at: { line: 8, column: 13 } },
		]);
	});

	it('counts the occurrences of a footnote called again', () => {
		const reader = footnoteCallReader(footnotes(2), 'x.txt');
		reader.read(run('Convention,1 and Protocols,2'));
		expect(reader.read(run('the Protocols thereto2 as', 9))[1]).toEqual({
			kind: 'footnote-call',
			footnote: 2,
			occurrence: 2,
			at: { line: 9, column: 23 },
		});
		expect(() => reader.finish()).not.toThrow();
	});

	it('reads a weak candidate only as the call of the next footnote', () => {
		const reader = footnoteCallReader(footnotes(2), 'x.txt');
		expect(reader.read(run('paragraphs 3,2 and 4')).map((inline) => inline.kind)).toEqual(['text']);
		reader.read(run('the Convention,1'));
		expect(reader.read(run('of 4 and 5 September 2008,2')).map((inline) => inline.kind)).toEqual([
			'text',
			'footnote-call',
		]);
	});

	it('refuses a call of a footnote that does not exist', () => {
		const reader = footnoteCallReader(footnotes(1), 'x.txt');
		expect(() => reader.read(run('thereto7 as'))).toThrow(
			new ParseError('x.txt', 8, 'footnote call 7 at column 9 has no footnote'),
		);
	});

	it('refuses a first call that skips a footnote', () => {
		const reader = footnoteCallReader(footnotes(3), 'x.txt');
		expect(() => reader.read(run('the report;2'))).toThrow(
			new ParseError(
				'x.txt',
				8,
				'footnote call 2 at column 13 comes before any call of footnote 1',
			),
		);
	});

	it('names the line of a footnote that nothing calls', () => {
		const reader = footnoteCallReader(footnotes(2), 'x.txt');
		reader.read(run('the report;1'));
		expect(() => reader.finish()).toThrow(
			new ParseError('x.txt', 51, 'footnote 2 is never called'),
		);
	});
});
