/**
 * A word-by-word difference between two paragraphs, by a longest common subsequence of their
 * compared words. Written here rather than taken from jsdiff: paragraphs are a few hundred words at
 * most, so the plain quadratic table is small, and comparing our normalised words (case, quotes and
 * framing punctuation set aside by `normalise.ts`) is exactly what a dozen lines of LCS do, where
 * jsdiff's `diffWords` tokenises the raw text its own way and would count a moved comma as a change.
 */
import type { DiffWord, Word, WordDiff } from './types.ts';

/**
 * The words of `from` and `to` in reading order, each kept, deleted (only in `from`) or inserted (only in `to`).
 * @example wordDiff(wordsOf('Invites Member States'), wordsOf('Invites States')) // kept Invites, deleted Member, kept States
 */
export function wordDiff(from: readonly Word[], to: readonly Word[]): WordDiff {
	const n = from.length;
	const m = to.length;
	// lengths[i * (m + 1) + j]: the longest common subsequence of from[i…] and to[j…].
	const lengths = new Uint16Array((n + 1) * (m + 1));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			lengths[i * (m + 1) + j] =
				from[i]?.key === to[j]?.key
					? (lengths[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
					: Math.max(lengths[(i + 1) * (m + 1) + j] ?? 0, lengths[i * (m + 1) + j + 1] ?? 0);
	const diff: DiffWord[] = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		const a = from[i];
		const b = to[j];
		if (a !== undefined && b !== undefined && a.key === b.key) {
			diff.push({ kind: 'kept', word: a.text });
			i++;
			j++;
		} else if (
			b === undefined ||
			(a !== undefined &&
				(lengths[(i + 1) * (m + 1) + j] ?? 0) >= (lengths[i * (m + 1) + j + 1] ?? 0))
		) {
			diff.push({ kind: 'deleted', word: a?.text ?? '' });
			i++;
		} else {
			diff.push({ kind: 'inserted', word: b.text });
			j++;
		}
	}
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
 * How alike two paragraphs are: twice the words kept over the words of both, 1 for the same words
 * and 0 for none in common (the ratio of Python's difflib, on words).
 * @example similarityOf(wordDiff(wordsOf('Invites Member States'), wordsOf('Invites States'))) // 0.8
 */
export function similarityOf(diff: WordDiff): number {
	const kept = diff.filter((word) => word.kind === 'kept').length;
	const total = diff.length + kept;
	return total === 0 ? 1 : (2 * kept) / total;
}
