import { describe, expect, it } from 'vitest';
import { adoptionOf, committeeReportOf, numberAndTitleOf, odsHeaderOf } from './ods-header.ts';
import type { SeedLine } from './ods-lines.ts';

const linesOf = (...texts: string[]): SeedLine[] =>
	texts.map((text, index) => ({ line: index + 1, text }));

describe('adoptionOf', () => {
	it('reads the organ and the date', () => {
		expect(adoptionOf('Resolution adopted by the General Assembly on 18 December 2009')).toEqual({
			body: 'General Assembly',
			date: '2009-12-18',
		});
		expect(
			adoptionOf('Resolution adopted by the Economic and Social Council on 26 July 2007'),
		).toEqual({
			body: 'Economic and Social Council',
			date: '2007-07-26',
		});
	});

	it('reads an organ the model does not know as null, and a line without a date', () => {
		expect(adoptionOf('Resolution adopted by the Security Council')).toEqual({
			body: null,
			date: null,
		});
	});

	it('returns null for any other line', () => {
		expect(adoptionOf('Report of the Secretary-General')).toBeNull();
	});
});

describe('committeeReportOf', () => {
	it('reads the committee, the report as printed and its own symbol', () => {
		expect(
			committeeReportOf('[on the report of the Third Committee (A/64/440 and Corr.1)]'),
		).toEqual({
			committee: 'Third Committee',
			printed: 'A/64/440 and Corr.1',
			symbol: 'A/64/440',
		});
	});

	it('reads the recommendation of a functional commission', () => {
		expect(
			committeeReportOf(
				'[on the recommendation of the Commission on Crime Prevention and Criminal Justice (E/2007/30)]',
			),
		).toEqual({
			committee: 'Commission on Crime Prevention and Criminal Justice',
			printed: 'E/2007/30',
			symbol: 'E/2007/30',
		});
	});

	it('returns undefined for a resolution adopted without reference to a Main Committee', () => {
		expect(committeeReportOf('[without reference to a Main Committee (A/64/L.5)]')).toBeUndefined();
	});

	it('returns null for any other line', () => {
		expect(committeeReportOf('64/180.\tPreparations')).toBeNull();
	});
});

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
