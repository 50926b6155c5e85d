import { describe, expect, it } from 'vitest';
import { adoptionOf, committeeReportOf, draftOf } from './adoption-lines.ts';

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

describe('draftOf', () => {
	it('reads the draft a plenary adopted, revision and all', () => {
		expect(draftOf('[without reference to a Main Committee (A/80/L.2/Rev.1)]')).toBe(
			'A/80/L.2/Rev.1',
		);
	});

	it('reads the line wrapped over two lines of a PDF', () => {
		expect(draftOf('[without reference to a Main\nCommittee (A/80/L.9)]')).toBe('A/80/L.9');
	});

	it('returns null for a committee line', () => {
		expect(draftOf('[on the report of the Third Committee (A/64/440)]')).toBeNull();
	});
});
