/**
 * A word-by-word difference between two paragraphs: the words both keep are a longest common
 * subsequence of their compared words and, among the subsequences that long, the one that leaves the
 * fewest words changed (`wordsChangedIn`). Two equally long subsequences can differ in what they
 * leave changed ("the necessary resources for" against "the resources necessary to ensure" keeps
 * "resources" at a cost of 4, or "necessary" at a cost of 3), and a plain LCS picks by the order of
 * its loops, so the count would depend on which paragraph came first; chosen this way it does not.
 *
 * Written here rather than taken from jsdiff: paragraphs are a few hundred words at most, so the
 * quadratic tables are small, and comparing our normalised words (case, quotes and framing
 * punctuation set aside by `normalise.ts`) is what these lines do, where jsdiff's `diffWords`
 * tokenises the raw text its own way and would count a moved comma as a change.
 */
import type { DiffWord, Word, WordDiff } from './types.ts';

/** What a step of a difference does with a word: `kept` in both, `deleted` from the first, `inserted` from the second. */
export const stepKinds = ['kept', 'deleted', 'inserted'] as const;

/**
 * A difference as the kind of each step alone (an index into `stepKinds`), between two texts given by
 * their compared words or any stand-ins for them equal where the words are (word ids): what
 * `wordDiff` does, without holding a word. In each run between kept words, deletions come first.
 * @example diffSteps(['invites', 'member', 'states'], ['invites', 'states']) // Uint8Array [0, 1, 0]
 */
export function diffSteps<T>(from: ArrayLike<T>, to: ArrayLike<T>): Uint8Array {
	const n = from.length;
	const m = to.length;
	const width = m + 1;
	// For the suffixes from[i…] and to[j…]: the most words they can keep in common, and among the
	// ways to keep that many the fewest edits (a word replaced, deleted or inserted, each 1), as one
	// score, kept × keptWeight − edits: a kept word outweighs any number of edits.
	const keptWeight = n + m + 1;
	const score = new Int32Array((n + 1) * width);
	for (let i = n; i >= 0; i--)
		for (let j = m; j >= 0; j--) {
			const at = i * width + j;
			if (i === n || j === m) {
				score[at] = -(n - i + (m - j));
				continue;
			}
			const diagonal = at + width + 1;
			let best = Math.max(
				(score[diagonal] ?? 0) - 1,
				(score[at + width] ?? 0) - 1,
				(score[at + 1] ?? 0) - 1,
			);
			if (from[i] === to[j]) best = Math.max(best, (score[diagonal] ?? 0) + keptWeight);
			score[at] = best;
		}
	// Walk a best path from the start. Where a run of changes could end or go on at the same cost, it
	// goes on: "[and in the Congress itself] in accordance" reads better than "[and] in [the Congress
	// itself in] accordance", and changes as many words. A run shows its deleted words, then its inserted.
	const steps: number[] = [];
	let deleted = 0;
	let inserted = 0;
	const flush = (): void => {
		for (; deleted > 0; deleted--) steps.push(1);
		for (; inserted > 0; inserted--) steps.push(2);
	};
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		const hasA = i < n;
		const hasB = j < m;
		const at = i * width + j;
		const here = score[at] ?? 0;
		const diagonal = at + width + 1;
		const can = {
			keep: hasA && hasB && from[i] === to[j] && (score[diagonal] ?? 0) + keptWeight === here,
			replace: hasA && hasB && (score[diagonal] ?? 0) - 1 === here,
			delete: hasA && (!hasB || (score[at + width] ?? 0) - 1 === here),
			insert: hasB && (!hasA || (score[at + 1] ?? 0) - 1 === here),
		};
		const inRun = deleted > 0 || inserted > 0;
		const step =
			can.keep && !(inRun && (can.replace || can.delete || can.insert))
				? 'keep'
				: can.replace
					? 'replace'
					: can.delete
						? 'delete'
						: 'insert';
		if (step === 'keep') {
			flush();
			steps.push(0);
			i++;
			j++;
		} else if (step === 'replace') {
			deleted++;
			inserted++;
			i++;
			j++;
		} else if (step === 'delete') {
			deleted++;
			i++;
		} else {
			inserted++;
			j++;
		}
	}
	flush();
	return Uint8Array.from(steps);
}

/**
 * A difference given by `diffSteps` told in words: kept and deleted words as `from` prints them,
 * inserted ones as `to` does. The texts need only compare equal, not print alike.
 * @example diffOfSteps(Uint8Array.of(0, 1, 0), wordsOf('Invites Member States'), wordsOf('invites states')) // kept Invites, deleted Member, kept States
 */
export function diffOfSteps(
	steps: Uint8Array,
	from: readonly Word[],
	to: readonly Word[],
): WordDiff {
	let i = 0;
	let j = 0;
	return Array.from(steps, (step): DiffWord => {
		const kind = stepKinds[step] ?? 'kept';
		const printed = kind === 'inserted' ? to[j]?.text : from[i]?.text;
		if (kind !== 'inserted') i++;
		if (kind !== 'deleted') j++;
		return { kind, word: printed ?? '' };
	});
}

/**
 * The words of `from` and `to` in reading order, each kept, deleted (only in `from`) or inserted
 * (only in `to`); in each run between kept words, the deleted words come before the inserted.
 * @example wordDiff(wordsOf('Invites Member States'), wordsOf('Invites States')) // kept Invites, deleted Member, kept States
 */
export function wordDiff(from: readonly Word[], to: readonly Word[]): WordDiff {
	const keys = (words: readonly Word[]): string[] => words.map((word) => word.key);
	return diffOfSteps(diffSteps(keys(from), keys(to)), from, to);
}

/**
 * The words changed: in each run of words not kept, the more of its deleted and its inserted words,
 * so a word replaced by another is one change, a word added or dropped is one, and "or" becoming
 * "and" beside a dropped "the" is two.
 * @example wordsChangedIn(wordDiff(wordsOf('Heads of State, Government ministers or attorneys-general'), wordsOf('Heads of State and attorneys general'))) // 4
 */
export function wordsChangedIn(diff: WordDiff): number {
	return changedInSteps(Uint8Array.from(diff, (word) => stepKinds.indexOf(word.kind)));
}

/**
 * `wordsChangedIn` of a difference given by its steps (`diffSteps`).
 * @example changedInSteps(Uint8Array.of(0, 1, 1, 2, 0)) // 2
 */
export function changedInSteps(steps: Uint8Array): number {
	let changed = 0;
	let deleted = 0;
	let inserted = 0;
	for (const step of [...steps, 0]) {
		if (step === 1) deleted++;
		else if (step === 2) inserted++;
		else {
			changed += Math.max(deleted, inserted);
			deleted = 0;
			inserted = 0;
		}
	}
	return changed;
}

/**
 * The words kept in both, in order.
 * @example wordsKeptIn(wordDiff(wordsOf('Invites Member States'), wordsOf('Invites States'))) // 2
 */
export function wordsKeptIn(diff: WordDiff): number {
	return diff.filter((word) => word.kind === 'kept').length;
}

/**
 * `wordsKeptIn` of a difference given by its steps.
 * @example keptInSteps(Uint8Array.of(0, 1, 0)) // 2
 */
export function keptInSteps(steps: Uint8Array): number {
	return steps.reduce((kept, step) => (step === 0 ? kept + 1 : kept), 0);
}

// Twice the words kept over the words of both texts: each step holds a word of one or (kept) both.
function similarityFrom(kept: number, steps: number): number {
	const total = steps + kept;
	return total === 0 ? 1 : (2 * kept) / total;
}

/**
 * How alike two paragraphs are: twice the words kept over the words of both, 1 for the same words
 * and 0 for none in common (the ratio of Python's difflib, on words).
 * @example similarityOf(wordDiff(wordsOf('Invites Member States'), wordsOf('Invites States'))) // 0.8
 */
export function similarityOf(diff: WordDiff): number {
	return similarityFrom(wordsKeptIn(diff), diff.length);
}

/**
 * `similarityOf` of a difference given by its steps.
 * @example similarityOfSteps(Uint8Array.of(0, 1, 0)) // 0.8
 */
export function similarityOfSteps(steps: Uint8Array): number {
	return similarityFrom(keptInSteps(steps), steps.length);
}

/**
 * The same difference read from the other side: what one side deleted the other inserted.
 * @example reversedDiff([{ kind: 'deleted', word: 'Member' }]) // [{ kind: 'inserted', word: 'Member' }]
 */
export function reversedDiff(diff: WordDiff): WordDiff {
	return diff.map((word) =>
		word.kind === 'kept'
			? word
			: { kind: word.kind === 'deleted' ? 'inserted' : 'deleted', word: word.word },
	);
}

/** The positions of each word of a text, as bit masks 32 positions a number, for `commonLength`. */
export interface WordMasks {
	/** How many words the text has. */
	length: number;
	/** Word id → a bit set where that word stands. */
	masks: Map<number, Uint32Array>;
}

/**
 * The bit masks of a text given by word ids, built once to set many texts against it.
 * @example wordMasks(Int32Array.of(7, 3, 7)).masks.get(7) // Uint32Array [0b101]
 */
export function wordMasks(ids: Int32Array): WordMasks {
	const size = Math.ceil(ids.length / 32);
	const masks = new Map<number, Uint32Array>();
	ids.forEach((id, position) => {
		let mask = masks.get(id);
		if (mask === undefined) masks.set(id, (mask = new Uint32Array(size)));
		mask[position >>> 5] = ((mask[position >>> 5] ?? 0) | (1 << (position & 31))) >>> 0;
	});
	return { length: ids.length, masks };
}

/**
 * How many words two texts keep in common at most, in order (the length of their longest common
 * subsequence, the words `wordDiff` keeps), counted 32 words at a time by the bit-parallel method
 * of Allison and Dix (1986) as Hyyrö (2004) states it: a few operations a word rather than a table.
 * @example commonLength(Int32Array.of(1, 2, 3), wordMasks(Int32Array.of(1, 3))) // 2
 */
export function commonLength(ids: Int32Array, against: WordMasks): number {
	const size = Math.ceil(against.length / 32);
	const v = new Uint32Array(size).fill(0xffffffff);
	for (const id of ids) {
		const mask = against.masks.get(id);
		if (mask === undefined) continue;
		// V ← (V + (V & M)) | (V − (V & M)), with carries and borrows across the numbers.
		let carry = 0;
		let borrow = 0;
		for (let k = 0; k < size; k++) {
			const vk = v[k] ?? 0;
			const u = (vk & (mask[k] ?? 0)) >>> 0;
			const sum = vk + u + carry;
			carry = sum > 0xffffffff ? 1 : 0;
			let difference = vk - u - borrow;
			borrow = difference < 0 ? 1 : 0;
			if (difference < 0) difference += 0x100000000;
			v[k] = ((sum >>> 0) | difference) >>> 0;
		}
	}
	// The zero bits of V among the text's positions are the words kept.
	let kept = 0;
	for (let position = 0; position < against.length; position++)
		if ((((v[position >>> 5] ?? 0) >>> (position & 31)) & 1) === 0) kept++;
	return kept;
}

/** A run of words of one kind in a difference, as printed: `United Nations programmes`. */
export interface DiffRun {
	kind: DiffWord['kind'];
	text: string;
}

/**
 * A difference as runs of kept, deleted and inserted words, for a page to print each run once.
 * @example diffRuns(wordDiff(wordsOf('Invites Member States'), wordsOf('Invites States'))) // [{ kind: 'kept', text: 'Invites' }, { kind: 'deleted', text: 'Member' }, { kind: 'kept', text: 'States' }]
 */
export function diffRuns(diff: WordDiff): DiffRun[] {
	const runs: DiffRun[] = [];
	for (const { kind, word } of diff) {
		const last = runs.at(-1);
		if (last?.kind === kind) last.text = `${last.text} ${word}`;
		else runs.push({ kind, text: word });
	}
	return runs;
}
