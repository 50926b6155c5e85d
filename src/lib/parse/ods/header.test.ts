import { describe, expect, it } from 'vitest';
import { numberAndTitleOf, odsHeaderOf } from './header.ts';
import type { SeedLine } from './lines.ts';

const linesOf = (...texts: string[]): SeedLine[] =>
	texts.map((text, index) => ({ line: index + 1, text }));

describe('numberAndTitleOf', () => {
	it('reads a resolution number, a tab and the title', () => {
		expect(numberAndTitleOf('64/180.\tPreparations for the Twelfth Congress')).toEqual({
			number: '64/180',
			printedNumber: '64/180.',
			titleOffset: 8,
			title: 'Preparations for the Twelfth Congress',
		});
	});

	it('reads the numbers of the Economic and Social Council and lettered resolutions', () => {
		expect(numberAndTitleOf('2007/17.\tFollow-up')?.number).toBe('2007/17');
		expect(numberAndTitleOf('57/270 B.\tIntegrated follow-up')?.number).toBe('57/270 B');
	});

	it('returns null for a line without a number', () => {
		expect(numberAndTitleOf('Preparations for the Twelfth Congress')).toBeNull();
	});
});

describe('odsHeaderOf', () => {
	it('reads every header line and sets each aside, at its place', () => {
		const header = odsHeaderOf(
			linesOf(
				'[DU1]',
				'Resolution adopted by the General Assembly on 18 December 2009',
				'[on the report of the Third Committee (A/64/440 and Corr.1)]',
				'64/180.\tPreparations for the Twelfth United Nations Congress',
				'on Crime Prevention and Criminal Justice',
				'',
			),
			'x.txt',
		);
		expect(header).toMatchObject({
			body: 'General Assembly',
			date: '2009-12-18',
			resolutionNumber: '64/180',
			title:
				'Preparations for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		});
		expect(
			header.setAside.map(({ rule, what, at }) => `${rule} ${what} ${at.line}:${at.column}`),
		).toEqual([
			'ods-marker document marker 1:1',
			'metadata adoption line 2:1',
			'metadata committee report 3:1',
			'metadata resolution number 4:1',
			'metadata title 4:9',
			'metadata title 5:1',
		]);
	});

	it('names the line where the adoption line should be', () => {
		expect(() => odsHeaderOf(linesOf('[DU1]', '', 'Something else'), 'x.txt')).toThrow(
			'x.txt:3: not in ODS shape: expected "Resolution adopted by the …" at the top',
		);
	});
});
