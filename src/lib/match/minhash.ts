/**
 * MinHash signatures over word shingles: a short fingerprint of a paragraph such that two
 * paragraphs agree at any one position with the probability that a shingle of either is in both
 * (their Jaccard similarity), so alike paragraphs can be found by their fingerprints alone.
 */

/** How many words a shingle holds: two, so a changed word spoils only the two shingles it is in. */
export const shingleSize = 2;

/**
 * The distinct shingles of a paragraph's words; a paragraph shorter than a shingle is one shingle.
 * @example shinglesOf(['requests', 'the', 'secretary-general']) // ['requests the', 'the secretary-general']
 */
export function shinglesOf(words: readonly string[], size = shingleSize): string[] {
	if (words.length <= size) return words.length === 0 ? [] : [words.join(' ')];
	const shingles = new Set<string>();
	for (let start = 0; start + size <= words.length; start++)
		shingles.add(words.slice(start, start + size).join(' '));
	return [...shingles];
}

// FNV-1a: a fast 32-bit hash of a string, spread further by each MinHash function's mixer.
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

// MurmurHash3's finaliser on the value xor a seed: a family of independent-enough 32-bit hashes
// in 32-bit integer arithmetic, which JavaScript numbers do exactly.
function mix(value: number, seed: number): number {
	let h = (value ^ seed) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The seeds of `count` hash functions, fixed so that signatures are the same on every run.
 * @example hashSeeds(2).length // 2
 */
export function hashSeeds(count: number): number[] {
	return Array.from({ length: count }, (_, i) => mix(i + 1, 0x9e3779b9));
}

/**
 * The MinHash signature of a set of shingles: for each hash function, the least hash of any shingle.
 * @example signatureOf(['requests the', 'the secretary-general'], hashSeeds(64)).length // 64
 */
export function signatureOf(shingles: readonly string[], seeds: readonly number[]): Uint32Array {
	const signature = new Uint32Array(seeds.length).fill(0xffffffff);
	for (const shingle of shingles) {
		const base = fnv1a(shingle);
		for (let i = 0; i < seeds.length; i++) {
			const h = mix(base, seeds[i] ?? 0);
			if (h < (signature[i] ?? 0xffffffff)) signature[i] = h;
		}
	}
	return signature;
}
