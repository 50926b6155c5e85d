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

/**
 * The words of `from` and `to` in reading order, each kept, deleted (only in `from`) or inserted
 * (only in `to`); in each run between kept words, the deleted words come before the inserted.
 * @example wordDiff(wordsOf('Invites Member States'), wordsOf('Invites States')) // kept Invites, deleted Member, kept States
 */
export function wordDiff(from: readonly Word[], to: readonly Word[]): WordDiff {
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
			if (from[i]?.key === to[j]?.key) best = Math.max(best, (score[diagonal] ?? 0) + keptWeight);
			score[at] = best;
		}
	// Walk a best path from the start. Where a run of changes could end or go on at the same cost, it
	// goes on: "[and in the Congress itself] in accordance" reads better than "[and] in [the Congress
	// itself in] accordance", and changes as many words. A run shows its deleted words, then its inserted.
	const diff: DiffWord[] = [];
	let deleted: DiffWord[] = [];
	let inserted: DiffWord[] = [];
	const flush = (): void => {
		diff.push(...deleted, ...inserted);
		deleted = [];
		inserted = [];
	};
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		const a = from[i];
		const b = to[j];
		const at = i * width + j;
		const here = score[at] ?? 0;
		const diagonal = at + width + 1;
		const steps = {
			keep:
				a !== undefined &&
				b !== undefined &&
				a.key === b.key &&
				(score[diagonal] ?? 0) + keptWeight === here,
			replace: a !== undefined && b !== undefined && (score[diagonal] ?? 0) - 1 === here,
			delete: a !== undefined && (b === undefined || (score[at + width] ?? 0) - 1 === here),
			insert: b !== undefined && (a === undefined || (score[at + 1] ?? 0) - 1 === here),
		};
		const inRun = deleted.length > 0 || inserted.length > 0;
		const step =
			steps.keep && !(inRun && (steps.replace || steps.delete || steps.insert))
				? 'keep'
				: steps.replace
					? 'replace'
					: steps.delete
						? 'delete'
						: 'insert';
		if (step === 'keep' && a !== undefined) {
			flush();
			diff.push({ kind: 'kept', word: a.text });
			i++;
			j++;
		} else if (step === 'replace' && a !== undefined && b !== undefined) {
			deleted.push({ kind: 'deleted', word: a.text });
			inserted.push({ kind: 'inserted', word: b.text });
			i++;
			j++;
		} else if (step === 'delete' && a !== undefined) {
			deleted.push({ kind: 'deleted', word: a.text });
			i++;
		} else {
			inserted.push({ kind: 'inserted', word: b?.text ?? '' });
			j++;
		}
	}
	flush();
	return diff;
}

/**
 * The words changed: in each run of words not kept, the more of its deleted and its inserted words,
 * so a word replaced by another is one change, a word added or dropped is one, and "or" becoming
 * "and" beside a dropped "the" is two.
 * @example wordsChangedIn(wordDiff(wordsOf('Heads of State, Government ministers or attorneys-general'), wordsOf('Heads of State and attorneys general'))) // 4
 */
export function wordsChangedIn(diff: WordDiff): number {
	let changed = 0;
	let deleted = 0;
	let inserted = 0;
	for (const word of [...diff, { kind: 'kept', word: '' } as const]) {
		if (word.kind === 'deleted') deleted++;
		else if (word.kind === 'inserted') inserted++;
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
 * How alike two paragraphs are: twice the words kept over the words of both, 1 for the same words
 * and 0 for none in common (the ratio of Python's difflib, on words).
 * @example similarityOf(wordDiff(wordsOf('Invites Member States'), wordsOf('Invites States'))) // 0.8
 */
export function similarityOf(diff: WordDiff): number {
	const kept = wordsKeptIn(diff);
	const total = diff.length + kept;
	return total === 0 ? 1 : (2 * kept) / total;
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
