/**
 * Agreed language across a corpus: for every paragraph, the other paragraphs with the same wording
 * or nearly the same. Candidate pairs come from the LSH index (`lsh.ts`), never from all pairs;
 * each candidate is then compared word by word (`diff.ts`) and kept when it clears `closeThreshold`.
 */
import { reversedDiff, wordDiff, similarityOf, wordsChangedIn } from './diff.ts';
import { candidatePairs, defaultBanding, type Banding } from './lsh.ts';
import type { CorpusParagraph, Match, ParagraphKey } from './types.ts';
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

/** Every paragraph's matches, by `keyString`, and how many pairs were compared word by word. */
export interface CorpusMatches {
	matches: Map<string, Match[]>;
	comparisons: number;
}

/**
 * The matches of every paragraph of a corpus, both ways, a paragraph never matched with itself.
 * @example matchCorpus(paragraphs).matches.get('A/RES/65/230#pp1') // [{ kind: 'same', other: { symbol: 'E/RES/2007/17', … }, … }]
 */
export function matchCorpus(
	paragraphs: readonly CorpusParagraph[],
	banding: Banding = defaultBanding,
): CorpusMatches {
	const matches = new Map<string, Match[]>();
	const add = (key: ParagraphKey, match: Match): void => {
		const id = keyString(key);
		const list = matches.get(id);
		if (list === undefined) matches.set(id, [match]);
		else list.push(match);
	};
	const words = paragraphs.map((paragraph) =>
		paragraph.words.length < minimumWords ? [] : paragraph.words.map((word) => word.key),
	);
	const pairs = candidatePairs(words, banding);
	for (const [i, j] of pairs) {
		const a = paragraphs[i];
		const b = paragraphs[j];
		if (a === undefined || b === undefined || keyString(a.key) === keyString(b.key)) continue;
		const diff = wordDiff(a.words, b.words);
		const similarity = similarityOf(diff);
		if (similarity < closeThreshold) continue;
		const wordsChanged = wordsChangedIn(diff);
		const kind = wordsChanged === 0 ? 'same' : 'close';
		add(a.key, { kind, other: b.key, date: b.date, similarity, wordsChanged, diff });
		add(b.key, {
			kind,
			other: a.key,
			date: a.date,
			similarity,
			wordsChanged,
			diff: reversedDiff(diff),
		});
	}
	return { matches, comparisons: pairs.length };
}
