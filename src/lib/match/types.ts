/**
 * The vocabulary of agreed language: a paragraph of the corpus, where it stands, the paragraphs
 * elsewhere with the same or nearly the same wording, and the words that changed between them.
 *
 * This module imports nothing else of `match/`; the work is split by job: `normalise.ts` gives a
 * paragraph's words, `paragraphs.ts` lists a document's paragraphs, `minhash.ts` and `lsh.ts` find
 * candidate pairs, `diff.ts` compares two paragraphs word by word, `matches.ts` decides, `history.ts`
 * orders a paragraph's matches by date, `label.ts` words a match for readers and `addressees.ts`
 * reads who an operative paragraph asks to act.
 */
import type { PassageAddress } from '../contract.ts';
import type { IsoDate } from '../model.ts';

/**
 * Where a paragraph stands in the corpus: its document's symbol and its contract address.
 * @example { symbol: 'E/RES/2007/17', address: { kind: 'operative', part: { kind: 'draft' }, number: 9 } } // "Encourages the relevant United Nations programmes, …"
 */
export interface ParagraphKey {
	symbol: string;
	address: PassageAddress;
}

/**
 * A word of a paragraph as printed, with the form it is compared in.
 * @example { text: 'Secretary-General', key: 'secretary-general' } // from "Requests the Secretary-General to …"
 */
export interface Word {
	/** As printed, quotes straightened: `Secretary-General`. */
	text: string;
	/** Lower case, what comparisons use: `secretary-general`. */
	key: string;
}

/** A paragraph of the corpus, ready to compare: its place, date and words. */
export interface CorpusParagraph {
	key: ParagraphKey;
	/** Its document's date (`meta.date`), for a paragraph's history. */
	date: IsoDate;
	/** Its text as printed, its sub-items' text after its own: what a page shows of it. */
	text: string;
	/** Its words in order, its sub-items' words included: read from `text` each time, so read them once. */
	readonly words: readonly Word[];
}

/** One word of a word-by-word difference, from the paragraph's side to the other's. */
export interface DiffWord {
	/** `kept`: in both; `deleted`: only in this paragraph; `inserted`: only in the other. */
	kind: 'kept' | 'inserted' | 'deleted';
	word: string;
}

/**
 * A word-by-word difference between two paragraphs, in reading order.
 * @example [{ kind: 'kept', word: 'at' }, { kind: 'kept', word: 'its' }, { kind: 'deleted', word: 'sixty-fifth' }, { kind: 'inserted', word: 'seventeenth' }, { kind: 'kept', word: 'session' }]
 */
export type WordDiff = readonly DiffWord[];

/** How alike two paragraphs' wording is. */
export type MatchKind = 'same' | 'close';

/** Another paragraph of the corpus whose wording a paragraph repeats or nearly repeats. */
export interface Match {
	kind: MatchKind;
	/** The other paragraph. */
	other: ParagraphKey;
	/** Its document's date. */
	date: IsoDate;
	/** Words kept in both, twice, over the words of both (1 for the same words): see `diff.ts`. */
	similarity: number;
	/** Words changed, counted as `wordsChangedIn` counts them; 0 for the same wording. */
	wordsChanged: number;
	/** Words kept in both, in order, counted as `wordsKeptIn` counts them. */
	wordsKept: number;
	/** From this paragraph to the other, word by word. */
	diff: WordDiff;
}
