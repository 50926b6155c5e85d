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
 * Calls `visit(i, j)` once for each candidate pair (i < j) of paragraphs given by their compared
 * words: those that share a bucket of at most `largestBucket` members in some band, at most
 * `mostCandidates` for each i (those sharing the most bands, then the nearest in order), all the
 * pairs of one i before those of the next. Paragraphs with no words are in no pair. The pairs are
 * never held, so a large corpus's millions of candidates cost time, not memory.
 */
export function forEachCandidatePair(
	paragraphs: readonly (readonly string[])[],
	visit: (i: number, j: number) => void,
	banding: Banding = defaultBanding,
): void {
	const seeds = hashSeeds(banding.bands * banding.rows);
	const signatures = paragraphs.map((words) => {
		const shingles = shinglesOf(words);
		return shingles.length === 0 ? null : signatureOf(shingles, seeds);
	});
	// keys[band][i]: paragraph i's bucket in that band; buckets[band]: its members, in order;
	// places[band][i]: where i stands among them, so that only the members after it are read.
	const keys = Array.from({ length: banding.bands }, () => new Uint32Array(paragraphs.length));
	const places = Array.from({ length: banding.bands }, () => new Uint32Array(paragraphs.length));
	const buckets = Array.from({ length: banding.bands }, () => new Map<number, number[]>());
	signatures.forEach((signature, i) => {
		if (signature === null) return;
		for (let band = 0; band < banding.bands; band++) {
			const key = bucketKey(signature, band * banding.rows, banding.rows);
			(keys[band] as Uint32Array)[i] = key;
			const bucket = buckets[band] as Map<number, number[]>;
			const members = bucket.get(key);
			(places[band] as Uint32Array)[i] = members?.length ?? 0;
			if (members === undefined) bucket.set(key, [i]);
			else members.push(i);
		}
	});
	// shared[j]: the bands i and j share, for the j met with the current i (listed in `met`).
	const shared = new Uint8Array(paragraphs.length);
	const met: number[] = [];
	signatures.forEach((signature, i) => {
		if (signature === null) return;
		for (let band = 0; band < banding.bands; band++) {
			const members = buckets[band]?.get(keys[band]?.[i] ?? 0) ?? [];
			if (members.length > largestBucket) continue;
			for (let at = (places[band]?.[i] ?? 0) + 1; at < members.length; at++) {
				const j = members[at] as number;
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
	forEachCandidatePair(paragraphs, (i, j) => pairs.push([i, j]), banding);
	return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
