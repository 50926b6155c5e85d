import { describe, expect, it } from 'vitest';
import {
	bandingSignature,
	candidatePairs,
	defaultBanding,
	largestBucket,
	meetingProbability,
	mostCandidates,
} from './lsh.ts';

/** A small deterministic generator, so the generated corpus is the same on every run. */
function generator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** `count` paragraphs of 30 words drawn from a vocabulary of 400, every tenth a copy of the one before with two words changed. */
function generatedCorpus(count: number): string[][] {
	const random = generator(17);
	const vocabulary = Array.from({ length: 400 }, (_, i) => `w${i}`);
	const word = (): string => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'w0';
	const paragraphs: string[][] = [];
	for (let i = 0; i < count; i++) {
		const previous = paragraphs.at(-1);
		if (i % 10 === 9 && previous !== undefined) {
			const copy = [...previous];
			copy[5] = 'changed';
			copy[20] = 'altered';
			paragraphs.push(copy);
		} else paragraphs.push(Array.from({ length: 30 }, word));
	}
	return paragraphs;
}

describe('candidatePairs', () => {
	it('pairs paragraphs with the same words', () => {
		const words = ['requests', 'the', 'secretary-general', 'to', 'report'];
		expect(
			candidatePairs([words, ['decides', 'to', 'remain', 'seized', 'of', 'the', 'matter'], words]),
		).toEqual([[0, 2]]);
	});

	it('never pairs a paragraph with itself', () => {
		const words = ['requests', 'the', 'secretary-general', 'to', 'report'];
		expect(candidatePairs([words]).length).toBe(0);
	});

	it('leaves paragraphs with no words out of every pair', () => {
		expect(candidatePairs([[], []])).toEqual([]);
	});

	it('finds the near copies of a generated corpus of 500 paragraphs with far fewer comparisons than all pairs', () => {
		const corpus = generatedCorpus(500);
		const pairs = candidatePairs(corpus);
		const allPairs = (500 * 499) / 2;
		const copies = Array.from({ length: 50 }, (_, k): [number, number] => [10 * k + 8, 10 * k + 9]);
		for (const copy of copies) expect(pairs).toContainEqual(copy);
		// 124,750 pairs in all; the index compares the 50 copies and a few chance meetings.
		expect(pairs.length).toBeLessThan(allPairs / 100);
	});
});

describe('candidatePairs and its buckets', () => {
	const formula = ['requests', 'the', 'secretary-general', 'to', 'report', 'to', 'the', 'assembly'];

	it('pairs every copy of a formula in a bucket of at most largestBucket members, in order', () => {
		const copies = Array.from({ length: largestBucket }, () => formula);
		const pairs = candidatePairs(copies);
		// Each copy meets at most mostCandidates of the copies after it, the nearest first.
		const expected = copies.flatMap((_, i) =>
			copies
				.map((__, j) => j)
				.filter((j) => j > i && j <= i + mostCandidates)
				.map((j): [number, number] => [i, j]),
		);
		expect(pairs).toEqual(expected);
	});

	it('pairs none of a formula in a bucket of more than largestBucket members', () => {
		expect(candidatePairs(Array.from({ length: largestBucket + 1 }, () => formula))).toEqual([]);
	});

	it('gives a paragraph with no words no signature, and one with words a band of rows for each band', () => {
		expect(bandingSignature([])).toBeNull();
		expect(bandingSignature(formula)?.length).toBe(defaultBanding.bands * defaultBanding.rows);
	});
});

describe('meetingProbability', () => {
	it('makes alike paragraphs meet almost surely and unlike ones seldom, with the default banding', () => {
		expect(meetingProbability(0.35, defaultBanding)).toBeGreaterThan(0.99);
		expect(meetingProbability(0.05, defaultBanding)).toBeLessThan(0.1);
	});
});
