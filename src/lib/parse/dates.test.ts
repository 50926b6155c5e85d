import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateOfPrinted } from './dates.ts';

describe('isoDateOfPrinted', () => {
	it('reads a date as the UN prints it, with one digit or two for the day', () => {
		expect(isoDateOfPrinted('18 December 2009')).toBe('2009-12-18');
		expect(isoDateOfPrinted('1 April 2011')).toBe('2011-04-01');
		expect(isoDateOfPrinted('26 July 2007')).toBe('2007-07-26');
	});

	it('reads a date with spaces around it, as a line of text holds it', () => {
		expect(isoDateOfPrinted(' 22 June 2012 ')).toBe('2012-06-22');
	});

	it('reads nothing that is not a whole printed date', () => {
		expect(isoDateOfPrinted('June 2012')).toBeNull();
		expect(isoDateOfPrinted('22 Juin 2012')).toBeNull();
		expect(isoDateOfPrinted('1 Resolution 46/152, annex.')).toBeNull();
		expect(isoDateOfPrinted('65th plenary meeting')).toBeNull();
		expect(isoDateOfPrinted('adopted on 18 December 2009')).toBeNull();
	});
});

describe('isIsoDate', () => {
	it('takes a year, a month or a day that exists', () => {
		expect(['2012', '2012-06', '2012-06-22', '2012-02-29'].every(isIsoDate)).toBe(true);
	});

	it('refuses days and months that do not exist, and other forms', () => {
		expect(['2012-02-30', '2011-02-29', '2012-13', '2012-6-22', '12'].some(isIsoDate)).toBe(false);
		expect(isIsoDate('22 June 2012')).toBe(false);
	});
});
