import { describe, expect, it } from 'vitest';
import { formatIsoDate, yearOf } from './dates.ts';

describe('formatIsoDate', () => {
	it('writes a full date as the UN does, without a leading zero', () => {
		expect(formatIsoDate('2010-04-01')).toBe('1 April 2010');
	});
	it('keeps a month as a month and a year as a year', () => {
		expect(formatIsoDate('2010-05')).toBe('May 2010');
		expect(formatIsoDate('2012')).toBe('2012');
	});
});

describe('yearOf', () => {
	it('reads the year of any precision', () => {
		expect(yearOf('2009-12-18')).toBe(2009);
		expect(yearOf('2015')).toBe(2015);
	});
});
