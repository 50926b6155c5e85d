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
 * The largest bucket whose members are paired: a bucket of more is a formula so common that its two
 * rows fell on the same shingles everywhere, and pairing all of them would cost the square of the
 * bucket. Alike paragraphs meet in many bands, so they still meet in smaller ones.
 */
export const largestBucket = 50;

/**
 * The most candidates a paragraph is compared with, those it shares the most bands with first (the
 * number of bands two signatures share grows with their similarity). A paragraph of a corpus of
 * formulas meets hundreds of others; comparing each word by word would make the work grow with
 * the corpus times its formulas, and the closest ones are the ones a reader is shown.
 */
export const mostCandidates = 40;

// Two rows of a band as one 32-bit bucket key; a collision only adds a candidate, which the word
// diff then rejects.
function bucketKey(signature: Uint32Array, from: number, rows: number): number {
	let key = 0x811c9dc5;
	for (let row = from; row < from + rows; row++)
		key = Math.imul(key ^ (signature[row] ?? 0), 0x01000193) >>> 0;
	return key;
}

/**
 * The signature LSH bands a paragraph by, from its compared words, or null for a paragraph with no
 * words (it is in no pair).
 * @example bandingSignature(['requests', 'the', 'secretary-general'])?.length // 80
 */
export function bandingSignature(
	words: readonly string[],
	banding: Banding = defaultBanding,
): Uint32Array | null {
	const shingles = shinglesOf(words);
	return shingles.length === 0 ? null : signatureOf(shingles, seedsOf(banding));
}

// The hash functions' seeds, made once for each banding: a corpus asks them once a paragraph.
const seedsByCount = new Map<number, number[]>();
function seedsOf(banding: Banding): number[] {
	const count = banding.bands * banding.rows;
	let seeds = seedsByCount.get(count);
	if (seeds === undefined) seedsByCount.set(count, (seeds = hashSeeds(count)));
	return seeds;
}

/** A band's buckets, each a run of its members in order: `members[start[b]…start[b + 1]]`. */
interface BandBuckets {
	/** Paragraph i's bucket, or `none` for a paragraph with no signature. */
	bucketOf: Uint32Array;
	start: Uint32Array;
	members: Uint32Array;
}

const none = 0xffffffff;

// Buckets as runs of typed arrays, not a map of arrays: 40 bands of maps of arrays held 2.8 kB a
// paragraph, which at 20,000 documents is gigabytes; these hold 12 bytes a paragraph a band.
function bandBuckets(
	signatures: readonly (Uint32Array | null)[],
	band: number,
	rows: number,
): BandBuckets {
	const bucketOf = new Uint32Array(signatures.length).fill(none);
	const bucketByKey = new Map<number, number>();
	const sizes: number[] = [];
	signatures.forEach((signature, i) => {
		if (signature === null) return;
		const key = bucketKey(signature, band * rows, rows);
		let bucket = bucketByKey.get(key);
		if (bucket === undefined) {
			bucketByKey.set(key, (bucket = sizes.length));
			sizes.push(0);
		}
		bucketOf[i] = bucket;
		sizes[bucket] = (sizes[bucket] ?? 0) + 1;
	});
	const start = new Uint32Array(sizes.length + 1);
	sizes.forEach((size, bucket) => (start[bucket + 1] = (start[bucket] ?? 0) + size));
	const filled = start.slice(0, sizes.length);
	const members = new Uint32Array(start[sizes.length] ?? 0);
	bucketOf.forEach((bucket, i) => {
		if (bucket === none) return;
		members[filled[bucket] ?? 0] = i;
		filled[bucket] = (filled[bucket] ?? 0) + 1;
	});
	return { bucketOf, start, members };
}

/**
 * Calls `visit(i, j)` once for each candidate pair (i < j) of paragraphs given by their banding
 * signatures (`bandingSignature`): those that share a bucket of at most `largestBucket` members in
 * some band, at most `mostCandidates` for each i (those sharing the most bands, then the nearest in
 * order), all the pairs of one i before those of the next. Paragraphs with no signature are in no
 * pair. The pairs are never held, so a large corpus's millions of candidates cost time, not memory.
 */
export function forEachCandidatePair(
	signatures: readonly (Uint32Array | null)[],
	visit: (i: number, j: number) => void,
	banding: Banding = defaultBanding,
): void {
	const bands = Array.from({ length: banding.bands }, (_, band) =>
		bandBuckets(signatures, band, banding.rows),
	);
	// shared[j]: the bands i and j share, for the j met with the current i (listed in `met`).
	const shared = new Uint8Array(signatures.length);
	const met: number[] = [];
	signatures.forEach((signature, i) => {
		if (signature === null) return;
		for (const { bucketOf, start, members } of bands) {
			const bucket = bucketOf[i] ?? none;
			const from = start[bucket] ?? 0;
			const to = start[bucket + 1] ?? 0;
			if (to - from > largestBucket) continue;
			// A bucket's members are in order: those after i are its pairs with i.
			for (let at = from; at < to; at++) {
				const j = members[at] as number;
				if (j <= i) continue;
				if (shared[j] === 0) met.push(j);
				shared[j] = (shared[j] ?? 0) + 1;
			}
		}
		const chosen =
			met.length > mostCandidates
				? met
						.slice()
						.sort((a, b) => (shared[b] ?? 0) - (shared[a] ?? 0) || a - b)
						.slice(0, mostCandidates)
				: met.slice();
		for (const j of met) shared[j] = 0;
		met.length = 0;
		for (const j of chosen.sort((a, b) => a - b)) visit(i, j);
	});
}

/**
 * The candidate pairs `[i, j]` (i < j) of paragraphs given by their compared words, all at once:
 * for a corpus small enough to hold them (`forEachCandidatePair` streams them).
 * @example candidatePairs([['requests', 'the', 'secretary-general'], ['requests', 'the', 'secretary-general']]) // [[0, 1]]
 */
export function candidatePairs(
	paragraphs: readonly (readonly string[])[],
	banding: Banding = defaultBanding,
): [number, number][] {
	const pairs: [number, number][] = [];
	const signatures = paragraphs.map((words) => bandingSignature(words, banding));
	forEachCandidatePair(signatures, (i, j) => pairs.push([i, j]), banding);
	return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
