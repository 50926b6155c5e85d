/**
 * Locality-sensitive hashing of MinHash signatures: cut each signature into bands of a few rows and
 * put paragraphs whose band is equal into one bucket. Two paragraphs become a candidate pair when
 * they share a bucket, which happens with probability 1 − (1 − J^rows)^bands for Jaccard
 * similarity J, so alike paragraphs meet and unlike ones almost never do; the work grows with the
 * corpus and the size of its buckets, not with the square of the corpus.
 */
import { hashSeeds, shinglesOf, signatureOf } from './minhash.ts';

/** How signatures are cut: `bands` bands of `rows` rows, a signature of bands × rows hashes. */
export interface Banding {
	bands: number;
	rows: number;
}

/**
 * 40 bands of 2 rows (80 hashes): a pair with shingle Jaccard 0.15 meets with probability 0.6,
 * 0.25 with 0.92, 0.35 with 0.99; 0.05 (unrelated UN paragraphs share a few phrases) with 0.1.
 * The reworded seed pairs have a Jaccard of two-word shingles from 0.32 up (see `matches.ts`).
 */
export const defaultBanding: Banding = { bands: 40, rows: 2 };

/**
 * The probability that two paragraphs with shingle Jaccard `jaccard` meet in some bucket.
 * @example meetingProbability(0.5, { bands: 40, rows: 2 }) // 0.99999…
 */
export function meetingProbability(jaccard: number, banding: Banding): number {
	return 1 - (1 - jaccard ** banding.rows) ** banding.bands;
}

/**
 * The candidate pairs `[i, j]` (i < j) of paragraphs given by their compared words: those that
 * share a bucket in some band. Paragraphs with no words are in no pair.
 * @example candidatePairs([['requests', 'the', 'secretary-general'], ['requests', 'the', 'secretary-general']]) // [[0, 1]]
 */
export function candidatePairs(
	paragraphs: readonly (readonly string[])[],
	banding: Banding = defaultBanding,
): [number, number][] {
	const seeds = hashSeeds(banding.bands * banding.rows);
	const signatures = paragraphs.map((words) => {
		const shingles = shinglesOf(words);
		return shingles.length === 0 ? null : signatureOf(shingles, seeds);
	});
	const pairs = new Set<number>();
	const n = paragraphs.length;
	for (let band = 0; band < banding.bands; band++) {
		const buckets = new Map<string, number[]>();
		signatures.forEach((signature, i) => {
			if (signature === null) return;
			const rows = signature.subarray(band * banding.rows, (band + 1) * banding.rows);
			const bucket = rows.join(',');
			const members = buckets.get(bucket);
			if (members === undefined) buckets.set(bucket, [i]);
			else members.push(i);
		});
		for (const members of buckets.values())
			for (let a = 0; a < members.length; a++)
				for (let b = a + 1; b < members.length; b++)
					pairs.add((members[a] ?? 0) * n + (members[b] ?? 0));
	}
	return [...pairs]
		.sort((x, y) => x - y)
		.map((pair): [number, number] => [Math.floor(pair / n), pair % n]);
}
