import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

describe('seededRandom', () => {
	it('gives the same stream for the same seed', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		expect(Array.from({ length: 5 }, () => a.next())).toEqual(
			Array.from({ length: 5 }, () => b.next()),
		);
	});

	it('gives another stream for another seed', () => {
		expect(seededRandom(1).next()).not.toBe(seededRandom(2).next());
	});

	it('draws integers within both bounds, reaching each of them', () => {
		const random = seededRandom(7);
		const draws = new Set(Array.from({ length: 200 }, () => random.int(1, 3)));
		expect([...draws].sort()).toEqual([1, 2, 3]);
	});

	it('refuses to pick from an empty list', () => {
		expect(() => seededRandom(1).pick([])).toThrow(RangeError);
		expect(() => seededRandom(1).weighted([])).toThrow(RangeError);
	});

	it('picks by weight: never an element of weight 0, the heavier one more often', () => {
		const random = seededRandom(3);
		const draws = Array.from({ length: 1000 }, () =>
			random.weighted([
				[1, 'light'],
				[0, 'never'],
				[3, 'heavy'],
			] as const),
		);
		expect(draws).not.toContain('never');
		const heavy = draws.filter((draw) => draw === 'heavy').length;
		expect(heavy).toBeGreaterThan(650);
		expect(heavy).toBeLessThan(850);
	});
});
