/**
 * Agreed language across a corpus: for every paragraph, the other paragraphs with the same wording
 * or nearly the same. Candidate pairs come from the LSH index (`lsh.ts`), never from all pairs;
 * each candidate is then compared word by word (`diff.ts`) and kept when it clears `closeThreshold`.
 */
import {
	changedInSteps,
	commonLength,
	diffOfSteps,
	diffSteps,
	keptInSteps,
	similarityOfSteps,
	wordMasks,
	type WordMasks,
} from './diff.ts';
import { bandingSignature, defaultBanding, forEachCandidatePair, type Banding } from './lsh.ts';
import type { CorpusParagraph, DiffWord, Match, ParagraphKey, Word, WordDiff } from './types.ts';
import { anchorFor } from '../contract.ts';

/**
 * The least similarity (`similarityOf`) of a close match: 0.65. The seed pairs the issue names
 * score 0.94 (A/RES/64/180 op 13, 5 words changed), 0.84 (op 19), 0.70 (op 9), 0.67 (op 11) and
 * 0.65 (op 2, a rewrite around one kept clause); the next pairs of the seeds below them (0.63, 0.62)
 * share only a reporting formula and a name, and on the ga-80 corpus pairs between 0.55 and 0.65
 * are mostly two paragraphs that open with one formula ("Requests the Secretary-General to submit
 * to the General Assembly at its eighty-first session a report on …") and then speak of different things.
 */
export const closeThreshold = 0.65;

/** Paragraphs of fewer words ("Decides:", "Recalling its resolution 64/180,") are matched to nothing: the same few words recur everywhere and say nothing agreed. */
export const minimumWords = 5;

/**
 * A paragraph's key as one string, for maps: `A/RES/64/180#op13`.
 * @example keyString({ symbol: 'A/RES/64/180', address: { kind: 'operative', part: { kind: 'resolution' }, number: 13 } }) // 'A/RES/64/180#op13'
 */
export function keyString(key: ParagraphKey): string {
	return `${key.symbol}#${anchorFor(key.address)}`;
}

/** Every paragraph's matches by `keyString`; a paragraph with none has none (`undefined`). */
export interface MatchLookup {
	get(key: string): readonly Match[] | undefined;
	/** How many paragraphs have at least one match. */
	readonly size: number;
}

/** Every paragraph's matches, and how many pairs of distinct texts were candidates. */
export interface CorpusMatches {
	matches: MatchLookup;
	comparisons: number;
}

/** Paragraphs with the same words, compared once: its members, by index, in corpus order. */
interface Text {
	members: number[];
	/** Its words as numbers, in order, for `commonLength`. */
	ids: Int32Array;
	/** The same sorted: to bound cheaply the words two texts can keep. */
	sorted: Int32Array;
}

/**
 * A close match between two texts: from one text's words to the other's, its difference held as
 * the kind of each step alone (the words are the two texts'), so that a corpus of formulas, where
 * every paragraph has dozens of close matches, holds bytes per match rather than objects per word.
 */
interface Link {
	text: number;
	steps: Uint8Array;
	similarity: number;
	wordsChanged: number;
	wordsKept: number;
}

// The same difference read the other way: what one text deleted, the other inserted.
function reversedSteps(steps: Uint8Array): Uint8Array {
	return steps.map((step) => (step === 0 ? 0 : 3 - step));
}

// The words two sorted lists have in common, repeats counted: no diff keeps more.
function commonCount(a: Int32Array, b: Int32Array): number {
	let common = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		const x = a[i] ?? 0;
		const y = b[j] ?? 0;
		if (x === y) {
			common++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return common;
}

// A match whose difference is worked out the first time it is read, then kept; enumerable, so
// that a match spread or written as JSON carries it.
function lazyDiff(match: Omit<Match, 'diff'>, tell: () => WordDiff): Match {
	let diff: WordDiff | undefined;
	return Object.defineProperty(match, 'diff', {
		get: () => (diff ??= tell()),
		enumerable: true,
	}) as Match;
}

/**
 * The matches of every paragraph of a corpus, both ways, a paragraph never matched with itself.
 * Paragraphs with the same words are one text, compared once: a formula repeated in a thousand
 * resolutions is one text, not half a million pairs. Only the close matches between texts are held;
 * a paragraph's matches are told when asked.
 * @example matchCorpus(paragraphs).matches.get('A/RES/65/230#pp1') // [{ kind: 'same', other: { symbol: 'E/RES/2007/17', … }, … }]
 */
export function matchCorpus(
	paragraphs: readonly CorpusParagraph[],
	banding: Banding = defaultBanding,
): CorpusMatches {
	const ids = new Map<string, number>();
	const idOf = (key: string): number => {
		let id = ids.get(key);
		if (id === undefined) ids.set(key, (id = ids.size));
		return id;
	};
	const texts: Text[] = [];
	const textOf = new Int32Array(paragraphs.length).fill(-1);
	const byWords = new Map<string, number>();
	// Each paragraph's words are read once, here, and only their ids kept: held as words for the
	// whole corpus they were most of what agreed language held.
	const signatures: (Uint32Array | null)[] = [];
	paragraphs.forEach((paragraph, index) => {
		const keys = paragraph.words.map((word) => word.key);
		if (keys.length < minimumWords) return;
		const words = keys.join(' ');
		let text = byWords.get(words);
		if (text === undefined) {
			text = texts.length;
			byWords.set(words, text);
			const ids = Int32Array.from(keys, idOf);
			texts.push({ members: [], ids, sorted: ids.slice().sort() });
			signatures.push(bandingSignature(keys, banding));
		}
		texts[text]?.members.push(index);
		textOf[index] = text;
	});
	byWords.clear();
	const links: Link[][] = texts.map(() => []);
	let comparisons = 0;
	// Candidates come in the order of i: the masks of text i are built once for all its candidates.
	let masked: { text: number; masks: WordMasks } | null = null;
	forEachCandidatePair(
		signatures,
		(i, j) => {
			comparisons++;
			const a = texts[i];
			const b = texts[j];
			if (a === undefined || b === undefined) return;
			const total = a.ids.length + b.ids.length;
			if ((2 * commonCount(a.sorted, b.sorted)) / total < closeThreshold) return;
			if (masked?.text !== i) masked = { text: i, masks: wordMasks(a.ids) };
			// The words a diff would keep, counted without it: most candidates stop here.
			if ((2 * commonLength(b.ids, masked.masks)) / total < closeThreshold) return;
			// Word ids are equal where the compared words are: the steps are those of `wordDiff`.
			const steps = diffSteps(a.ids, b.ids);
			const similarity = similarityOfSteps(steps);
			if (similarity < closeThreshold) return;
			const wordsChanged = changedInSteps(steps);
			const wordsKept = keptInSteps(steps);
			links[i]?.push({ text: j, steps, similarity, wordsChanged, wordsKept });
			links[j]?.push({
				text: i,
				steps: reversedSteps(steps),
				similarity,
				wordsChanged,
				wordsKept,
			});
		},
		banding,
	);
	const keys = paragraphs.map((paragraph) => keyString(paragraph.key));
	const indexOf = new Map(keys.map((key, index) => [key, index]));
	const get = (key: string): Match[] | undefined => {
		const index = indexOf.get(key);
		const paragraph = paragraphs[index ?? -1];
		const text = textOf[index ?? -1] ?? -1;
		if (paragraph === undefined || text < 0) return undefined;
		// Its words are read from its text once for all the matches told, and only if one is.
		let words: readonly Word[] | undefined;
		const ownWords = (): readonly Word[] => (words ??= paragraph.words);
		const others = (members: readonly number[]): CorpusParagraph[] =>
			members.flatMap((member) => {
				const other = paragraphs[member];
				return other === undefined || keys[member] === key ? [] : [other];
			});
		// A formula repeated in thousands of resolutions gives each of its paragraphs thousands of
		// matches, of which a page shows six: each match's difference is told when it is read.
		const same = others(texts[text]?.members ?? []).map((other) =>
			lazyDiff(
				{
					kind: 'same',
					other: other.key,
					date: other.date,
					similarity: 1,
					wordsChanged: 0,
					wordsKept: texts[text]?.ids.length ?? 0,
				},
				() => ownWords().map((word): DiffWord => ({ kind: 'kept', word: word.text })),
			),
		);
		const close = (links[text] ?? []).flatMap((link) =>
			others(texts[link.text]?.members ?? []).map((other) =>
				lazyDiff(
					{
						kind: 'close',
						other: other.key,
						date: other.date,
						similarity: link.similarity,
						wordsChanged: link.wordsChanged,
						wordsKept: link.wordsKept,
					},
					() => diffOfSteps(link.steps, ownWords(), other.words),
				),
			),
		);
		const matches = [...same, ...close];
		return matches.length === 0 ? undefined : matches;
	};
	// A paragraph has a match where its text is close to another, or is another paragraph's too
	// (not merely the same paragraph listed twice).
	const size = texts.reduce((count, text, index) => {
		if ((links[index] ?? []).length > 0) return count + text.members.length;
		if (text.members.length < 2) return count;
		const distinct = new Set(text.members.map((member) => keys[member]));
		return distinct.size > 1 ? count + text.members.length : count;
	}, 0);
	return { matches: { get, size }, comparisons };
}
