/**
 * A seeded pseudo-random source (mulberry32), so a benchmark corpus is the same on every run.
 */

/** Draws from one seeded stream. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer from `min` to `max`, both included. */
	int(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** One element of a non-empty list of `[weight, element]`, with probability in proportion to its weight. */
	weighted<T>(list: readonly (readonly [number, T])[]): T;
}

/**
 * A random stream that depends only on its seed.
 * @example seededRandom(1).int(1, 6) // the same face on every run
 */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		// mulberry32: small, fast and good enough to vary text; not for cryptography.
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(list: readonly T[]): T => {
			const element = list[Math.floor(next() * list.length)];
			if (element === undefined) throw new RangeError('pick from an empty list');
			return element;
		},
		chance: (p) => next() < p,
		weighted: <T>(list: readonly (readonly [number, T])[]): T => {
			let left = next() * list.reduce((sum, [weight]) => sum + weight, 0);
			for (const [weight, element] of list) {
				left -= weight;
				if (left < 0) return element;
			}
			const last = list.at(-1);
			if (last === undefined) throw new RangeError('pick from an empty list');
			return last[1];
		},
	};
}
