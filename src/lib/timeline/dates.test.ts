import { describe, expect, it } from 'vitest';
import {
	compareTimelineDates,
	dateContains,
	findDates,
	formatTimelineDate,
	timelineDateParts,
} from './dates.ts';
import type { TimelineDate } from './types.ts';

/** The dates found in a string, as [text, date]. */
function dates(text: string): [string, TimelineDate][] {
	return findDates(text).map((found) => [found.text, found.date]);
}

const day = (start: string, end: string | null = null): TimelineDate => ({
	start,
	end,
	precision: 'day',
});
const month = (start: string, end: string | null = null): TimelineDate => ({
	start,
	end,
	precision: 'month',
});
const year = (start: string, end: string | null = null): TimelineDate => ({
	start,
	end,
	precision: 'year',
});

describe('findDates: what is a date', () => {
	it('reads a full date', () => {
		expect(dates('its resolution 64/180 of 18 December 2009, in which')).toEqual([
			['18 December 2009', day('2009-12-18')],
		]);
	});
	it('reads a range of days written with "from … to …"', () => {
		expect(dates('held in Salvador, Brazil, from 12 to 19 April 2010, including')).toEqual([
			['12 to 19 April 2010', day('2010-04-12', '2010-04-19')],
		]);
	});
	it('reads a range of days written with a hyphen, as footnotes write it', () => {
		expect(dates('(Bangkok, 15-18 August 2006) (E/CN.15/2007/6)')).toEqual([
			['15-18 August 2006', day('2006-08-15', '2006-08-18')],
		]);
	});
	it('reads two days joined by "and" as a range', () => {
		expect(dates('held in Managua on 23 and 24 June 2009,')).toEqual([
			['23 and 24 June 2009', day('2009-06-23', '2009-06-24')],
		]);
	});
	it('reads a range across months', () => {
		expect(dates('from 30 March to 2 April 2010')).toEqual([
			['30 March to 2 April 2010', day('2010-03-30', '2010-04-02')],
		]);
	});
	it('reads a range across years', () => {
		expect(dates('from 30 December 2009 to 2 January 2010')).toEqual([
			['30 December 2009 to 2 January 2010', day('2009-12-30', '2010-01-02')],
		]);
	});
	it('reads a month as a month', () => {
		expect(dates('at its nineteenth session, to be held in Vienna in May 2010;')).toEqual([
			['May 2010', month('2010-05')],
		]);
	});
	it('reads a month that qualifies a publication', () => {
		expect(
			dates('the Global Report on Trafficking in Persons of February 2009 of the Office'),
		).toEqual([['February 2009', month('2009-02')]]);
	});
	it('reads a year announced by "in" as a year, never a day', () => {
		expect(dates('to act as host to the Thirteenth Congress, in 2015;')).toEqual([
			['2015', year('2015')],
		]);
	});
	it('reads a year after an adverb and "in"', () => {
		expect(dates('to enable those meetings to be held as early as possible in 2014;')).toEqual([
			['2014', year('2014')],
		]);
	});
	it('reads the quarter or half of a year as the year, no finer than it can be', () => {
		expect(dates('to convene in the second quarter of 2010 a special meeting')).toEqual([
			['2010', year('2010')],
		]);
		expect(dates('to be held in the first half of 2011;')).toEqual([['2011', year('2011')]]);
	});
	it('reads a period or a biennium of years as a range of years', () => {
		expect(dates('the strategy for the period 2008-2011 for the Office')).toEqual([
			['2008-2011', year('2008', '2011')],
		]);
		expect(dates('the programme budget for the biennium 2010-2011 to support')).toEqual([
			['2010-2011', year('2010', '2011')],
		]);
	});
	it('reads "from 2008 to 2011" and "between 2008 and 2011" as ranges of years', () => {
		expect(dates('from 2008 to 2011')).toEqual([['2008 to 2011', year('2008', '2011')]]);
		expect(dates('between 2008 and 2011')).toEqual([['2008 and 2011', year('2008', '2011')]]);
	});
	it('finds every date of a sentence, in order', () => {
		const text =
			'resolutions 415 (V) of 1 December 1950 and 46/152 of 18 December 1991, the Congress is to be held in 2010,';
		expect(dates(text).map(([found]) => found)).toEqual([
			'1 December 1950',
			'18 December 1991',
			'2010',
		]);
	});
});

describe('findDates: what is not a date', () => {
	it('leaves resolution and decision numbers alone', () => {
		expect(dates('resolution 2008/23, 2008/24 and 2008/25')).toEqual([]);
		expect(dates('its resolution 64/180')).toEqual([]);
		expect(dates('in resolution 2008/23')).toEqual([]);
	});
	it('leaves document symbols alone', () => {
		expect(dates('A/CONF.213/18; E/CN.15/2007/6; (E/2009/30); A/62/PV.117-120')).toEqual([]);
	});
	it('leaves page numbers, volumes and paragraph ranges alone', () => {
		expect(dates('3\n\n12\n\n11')).toEqual([]);
		expect(dates('Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574')).toEqual([]);
		expect(dates('Ibid., paras. 35-47.')).toEqual([]);
	});
	it('leaves the year of an Official Records citation alone', () => {
		expect(
			dates(
				'Official Records of the Economic and Social Council, 2008, Supplement No. 10 (E/2008/30)',
			),
		).toEqual([]);
	});
	it('leaves a bare year that no word announces alone', () => {
		expect(dates('Recalling that 2010 marks the tenth anniversary of the Convention')).toEqual([]);
		expect(dates('the United Nations development agenda beyond 2015')).toEqual([]);
	});
	it('leaves a bare pair of years alone, and years joined by "and" after "in"', () => {
		expect(dates('the strategy 2008-2011')).toEqual([]);
		expect(dates('in 2008 and 2009').map(([found]) => found)).toEqual(['2008']);
	});
	it('leaves a range that runs backwards, or a day that does not exist, alone', () => {
		expect(dates('from 19 to 12 April 2010')).toEqual([]);
		expect(dates('31 April 2010')).toEqual([]);
	});
});

describe('formatTimelineDate', () => {
	it('writes each precision as the UN does', () => {
		expect(formatTimelineDate(day('2009-12-18'))).toBe('18 December 2009');
		expect(formatTimelineDate(day('2010-04-12', '2010-04-19'))).toBe('12–19 April 2010');
		expect(formatTimelineDate(day('2010-03-30', '2010-04-02'))).toBe('30 March – 2 April 2010');
		expect(formatTimelineDate(day('2009-12-30', '2010-01-02'))).toBe(
			'30 December 2009 – 2 January 2010',
		);
		expect(formatTimelineDate(month('2010-05'))).toBe('May 2010');
		expect(formatTimelineDate(month('2010-03', '2010-05'))).toBe('March–May 2010');
		expect(formatTimelineDate(year('2015'))).toBe('2015');
		expect(formatTimelineDate(year('2008', '2011'))).toBe('2008–2011');
	});
});

describe('timelineDateParts', () => {
	it('gives a single date one piece with its own ISO date', () => {
		expect(timelineDateParts(day('2009-12-18'))).toEqual([
			{ text: '18 December 2009', datetime: '2009-12-18' },
		]);
		expect(timelineDateParts(month('2010-05'))).toEqual([
			{ text: 'May 2010', datetime: '2010-05' },
		]);
		expect(timelineDateParts(year('2015'))).toEqual([{ text: '2015', datetime: '2015' }]);
	});
	it('gives each end of a range its own ISO date, so a range is never marked up as one day', () => {
		expect(timelineDateParts(day('2010-04-12', '2010-04-19'))).toEqual([
			{ text: '12', datetime: '2010-04-12' },
			{ text: '–', datetime: null },
			{ text: '19 April 2010', datetime: '2010-04-19' },
		]);
		expect(timelineDateParts(day('2010-03-30', '2010-04-02'))).toEqual([
			{ text: '30 March', datetime: '2010-03-30' },
			{ text: ' – ', datetime: null },
			{ text: '2 April 2010', datetime: '2010-04-02' },
		]);
		expect(timelineDateParts(year('2008', '2011'))).toEqual([
			{ text: '2008', datetime: '2008' },
			{ text: '–', datetime: null },
			{ text: '2011', datetime: '2011' },
		]);
	});
});

describe('compareTimelineDates', () => {
	it('puts a coarser date before the finer dates it contains, and after the ones before it', () => {
		const sorted = [
			year('2010'),
			day('2011-01-01'),
			month('2010-04'),
			day('2010-04-12', '2010-04-19'),
			day('2009-12-18'),
		]
			.sort(compareTimelineDates)
			.map(formatTimelineDate);
		expect(sorted).toEqual([
			'18 December 2009',
			'2010',
			'April 2010',
			'12–19 April 2010',
			'1 January 2011',
		]);
	});
	it('never puts a date known only by its year after a day later in that year', () => {
		// "the seventeenth session, in 2008" is not later than resolution 63/193 of 18 December 2008.
		expect(compareTimelineDates(year('2008'), day('2008-12-18'))).toBeLessThan(0);
	});
	it('puts a single day before a range that starts on it', () => {
		expect(compareTimelineDates(day('2010-04-12'), day('2010-04-12', '2010-04-19'))).toBeLessThan(
			0,
		);
	});
});

describe('dateContains', () => {
	it('holds for a year and a range of days inside it', () => {
		expect(dateContains(year('2015'), day('2015-04-12', '2015-04-19'))).toBe(true);
	});
	it('does not hold across years, for equal precision or for a range of years', () => {
		expect(dateContains(year('2015'), day('2014-12-30', '2015-01-02'))).toBe(false);
		expect(dateContains(day('2015-04-12'), day('2015-04-12'))).toBe(false);
		expect(dateContains(year('2008', '2011'), year('2009'))).toBe(false);
	});
});
