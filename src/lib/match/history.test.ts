import { describe, expect, it } from 'vitest';
import { historyOf } from './history.ts';
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
