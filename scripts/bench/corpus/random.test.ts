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
	});
});
