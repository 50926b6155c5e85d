import { describe, expect, it } from 'vitest';
import { hashSeeds, shinglesOf, signatureOf } from './minhash.ts';

describe('shinglesOf', () => {
	it('gives the distinct runs of two words', () => {
		expect(shinglesOf(['calls', 'upon', 'all', 'states', 'calls', 'upon'])).toEqual([
			'calls upon',
			'upon all',
			'all states',
			'states calls',
		]);
	});

	it('gives a paragraph shorter than a shingle as one shingle', () => {
		expect(shinglesOf(['decides'])).toEqual(['decides']);
	});
});

describe('signatureOf', () => {
	const seeds = hashSeeds(64);

	it('gives the same signature to the same shingles in any order', () => {
		expect(signatureOf(['requests the', 'the secretary-general'], seeds)).toEqual(
			signatureOf(['the secretary-general', 'requests the'], seeds),
		);
	});

	it('agrees at about as many positions as the shingle sets overlap', () => {
		const a = Array.from({ length: 100 }, (_, i) => `s${i}`);
		const b = [...a.slice(0, 50), ...Array.from({ length: 50 }, (_, i) => `t${i}`)];
		const left = signatureOf(a, hashSeeds(400));
		const right = signatureOf(b, hashSeeds(400));
		const agreeing = left.filter((value, i) => value === right[i]).length / 400;
		// 50 shared of 150 distinct: a Jaccard similarity of one third.
		expect(agreeing).toBeGreaterThan(0.25);
		expect(agreeing).toBeLessThan(0.42);
	});
});
