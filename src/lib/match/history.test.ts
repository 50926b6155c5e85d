import { describe, expect, it } from 'vitest';
import { boundedHistory, historyOf } from './history.ts';
import type { Match } from './types.ts';

function match(symbol: string, date: string): Match {
	return {
		kind: 'same',
		other: { symbol, address: { kind: 'operative', part: { kind: 'resolution' }, number: 1 } },
		date,
		similarity: 1,
		wordsChanged: 0,
		wordsKept: 0,
		diff: [],
	};
}

const symbols = (matches: readonly Match[]): string[] => matches.map((m) => m.other.symbol);

describe('historyOf', () => {
	it('puts earlier matches before the paragraph and later ones after, oldest first', () => {
		const history = historyOf('2009-12-18', [
			match('A/RES/65/230', '2010-12-21'),
			match('E/RES/2007/17', '2007-07-26'),
			match('A/RES/63/193', '2008-12-18'),
			match('A/67/97', '2012'),
		]);
		expect(symbols(history.earlier)).toEqual(['E/RES/2007/17', 'A/RES/63/193']);
		expect(symbols(history.later)).toEqual(['A/RES/65/230', 'A/67/97']);
	});

	it('keeps matches of the same date apart, in the order of their symbols', () => {
		const history = historyOf('2025-12-01', [
			match('A/RES/80/52', '2025-12-01'),
			match('A/RES/80/4', '2025-10-29'),
			match('A/RES/80/35', '2025-12-01'),
		]);
		expect(symbols(history.sameDate)).toEqual(['A/RES/80/35', 'A/RES/80/52']);
		expect(symbols(history.earlier)).toEqual(['A/RES/80/4']);
	});

	it('compares a date given as a year alone by its year', () => {
		const history = historyOf('2012-05-01', [
			match('A/67/97', '2012'),
			match('A/RES/65/230', '2010-12-21'),
		]);
		expect(symbols(history.sameDate)).toEqual(['A/67/97']);
		expect(symbols(history.earlier)).toEqual(['A/RES/65/230']);
	});
});

describe('boundedHistory', () => {
	const dated = (years: readonly number[]): Match[] =>
		years.map((year) => match(`A/RES/${year - 1945}/1`, `${year}-12-18`));
	const yearsOf = (matches: readonly Match[]): string[] => matches.map((m) => m.date.slice(0, 4));

	it('keeps a history of six matches or fewer whole', () => {
		const history = historyOf('2009-12-18', dated([2000, 2001, 2002, 2010, 2011, 2012]));
		expect(boundedHistory(history)).toEqual({ shown: history, hidden: 0 });
	});

	it('keeps the three oldest and the three newest of a longer one, across its groups, and counts those between', () => {
		// Five earlier, one the same day, four later: ten matches, four between.
		const history = historyOf(
			'2009-12-18',
			dated([1990, 1991, 1992, 1993, 1994, 2009, 2010, 2011, 2012, 2013]),
		);
		const { shown, hidden } = boundedHistory(history);
		expect(yearsOf(shown.earlier)).toEqual(['1990', '1991', '1992']);
		expect(yearsOf(shown.sameDate)).toEqual([]);
		expect(yearsOf(shown.later)).toEqual(['2011', '2012', '2013']);
		expect(hidden).toBe(4);
	});

	it('keeps a same-date match that falls among the newest', () => {
		const history = historyOf(
			'2009-12-18',
			dated([1990, 1991, 1992, 1993, 1994, 1995, 1996, 2009, 2010]),
		);
		const { shown, hidden } = boundedHistory(history, 4);
		expect(symbols(shown.earlier)).toEqual(['A/RES/45/1', 'A/RES/46/1']);
		expect(symbols(shown.sameDate)).toEqual(['A/RES/64/1']);
		expect(symbols(shown.later)).toEqual(['A/RES/65/1']);
		expect(hidden).toBe(5);
	});
});
