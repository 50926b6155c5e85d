/**
 * What changed in a resolution since the previous one of its series, as a delegate sets this year's
 * text against last year's: each paragraph kept word for word, changed (with its words inserted and
 * deleted), added or dropped, and the kept or changed ones that moved out of their old order.
 *
 * The text compared is the one a resolution puts forward: its own paragraphs, or the draft it
 * recommends to the Assembly (an ECOSOC resolution's single "Recommends … the following draft" is
 * not what the next resolution rewrites). Annexes are not compared: a declaration adopted by a
 * congress is annexed, not negotiated again.
 */
import type { DocumentType, IsoDate } from '../model.ts';
import { similarityOf, wordDiff, wordsChangedIn, wordsKeptIn } from './diff.ts';
import { closeThreshold, keyString, minimumWords, type MatchLookup } from './matches.ts';
import type { CorpusParagraph, Word, WordDiff } from './types.ts';

/**
 * The paragraphs a resolution puts forward, from its paragraphs in reading order (`paragraphsOf`):
 * a recommended draft's where it has one, else the resolution's own; none for a report.
 * @example seriesParagraphsOf(paragraphsOf(eRes200717)).map((p) => anchorFor(p.key.address))[0] // 'draft-pp1'
 */
export function seriesParagraphsOf(paragraphs: readonly CorpusParagraph[]): CorpusParagraph[] {
	const inPart = (kind: 'draft' | 'resolution') =>
		paragraphs.filter(({ key: { address } }) => 'part' in address && address.part.kind === kind);
	const draft = inPart('draft');
	return draft.length > 0 ? draft : inPart('resolution');
}

/** What choosing a predecessor needs to know of a document. */
export interface SeriesDocument {
	symbol: string;
	documentType: DocumentType;
	date: IsoDate;
	/** Its series paragraphs (`seriesParagraphsOf`). */
	paragraphs: readonly CorpusParagraph[];
	/** The symbols of the documents its text names (the references the converter resolved). */
	names: readonly string[];
}

/** The previous resolution of a document's series, and why it is the one. */
export interface Predecessor {
	symbol: string;
	/** `shared`: the earlier resolution it shares the most paragraphs with; `named`: the latest earlier one it names. */
	reason: 'shared' | 'named';
	/** How many of the document's paragraphs match one of the predecessor's. */
	shared: number;
}

/**
 * The fewest paragraphs two resolutions must share for one to be the other's predecessor by its
 * wording: one alone is as often a formula ("Requests the Secretary-General to report …") as a series.
 */
export const minimumShared = 2;

/**
 * The fewest words the shared paragraphs must keep in common: two formulas are not a series. On the
 * General Assembly's eightieth session (tests/fixtures/ga-80/), a resolution on the Middle East
 * shared with one on Cuba only "Takes note of the report of the Secretary-General on the
 * implementation of resolution 79/…" and its preambular twin ("Having examined …"), 23 words kept;
 * A/RES/65/230 keeps 90 of the draft in E/RES/2007/17, A/RES/64/180 keeps 152.
 */
export const minimumSharedWords = 50;

// Dates as precise as the text gives them: a year alone is before the next year only.
function isEarlier(a: IsoDate, b: IsoDate): boolean {
	const length = Math.min(a.length, b.length);
	return a.slice(0, length) < b.slice(0, length);
}

/** The corpus as `predecessorOf` looks into it: each document by symbol, with its place in the corpus. */
export interface SeriesIndex {
	bySymbol: ReadonlyMap<string, { document: SeriesDocument; position: number }>;
	/** The key (`keyString`) of every series paragraph of the corpus. */
	seriesKeys: ReadonlySet<string>;
}

/** The index `predecessorOf` reads a corpus through, built once for all its documents. */
export function seriesIndexOf(corpus: readonly SeriesDocument[]): SeriesIndex {
	return {
		bySymbol: new Map(
			corpus.map((document, position) => [document.symbol, { document, position }]),
		),
		seriesKeys: new Set(
			corpus.flatMap((document) =>
				document.paragraphs.map((paragraph) => keyString(paragraph.key)),
			),
		),
	};
}

/**
 * The previous resolution of a resolution's series in the corpus: the earlier resolution whose
 * paragraphs most of its own repeat or nearly repeat (at least `minimumShared`, keeping at least
 * `minimumSharedWords`; the more words, then the latest, then the first in the corpus, on a tie),
 * or else the latest earlier resolution it names, where one alone has that date; null for a report,
 * or where neither exists. It reads the document's own matches, never the corpus document by
 * document: choosing every predecessor of a corpus grows with its matches, not its square.
 * @example predecessorOf(a64180, corpus, matches) // { symbol: 'E/RES/2007/17', reason: 'shared', shared: 5 }
 */
export function predecessorOf(
	document: SeriesDocument,
	corpus: readonly SeriesDocument[] | SeriesIndex,
	matches: MatchLookup,
): Predecessor | null {
	if (document.documentType !== 'resolution') return null;
	const index = Array.isArray(corpus) ? seriesIndexOf(corpus) : (corpus as SeriesIndex);
	const earlierResolution = (symbol: string) => {
		const entry = index.bySymbol.get(symbol);
		if (entry === undefined) return null;
		const { document: other } = entry;
		return other.documentType === 'resolution' &&
			other.symbol !== document.symbol &&
			isEarlier(other.date, document.date)
			? entry
			: null;
	};
	type Entry = NonNullable<ReturnType<typeof earlierResolution>>;
	const byLatest = (a: Entry, b: Entry): number =>
		isEarlier(a.document.date, b.document.date)
			? 1
			: isEarlier(b.document.date, a.document.date)
				? -1
				: a.position - b.position;
	// For each earlier resolution, the document's paragraphs that repeat one of its own, and the
	// words they keep (each paragraph's best match with it).
	const shared = new Map<string, { entry: Entry; count: number; words: number }>();
	for (const paragraph of document.paragraphs) {
		const best = new Map<string, { entry: Entry; words: number }>();
		for (const match of matches.get(keyString(paragraph.key)) ?? []) {
			if (!index.seriesKeys.has(keyString(match.other))) continue;
			const entry = earlierResolution(match.other.symbol);
			if (entry === null) continue;
			const words = match.wordsKept;
			const previous = best.get(match.other.symbol);
			if (previous === undefined || words > previous.words)
				best.set(match.other.symbol, { entry, words });
		}
		for (const [symbol, { entry, words }] of best) {
			const total = shared.get(symbol) ?? { entry, count: 0, words: 0 };
			shared.set(symbol, { entry, count: total.count + 1, words: total.words + words });
		}
	}
	const [first] = [...shared.values()]
		.filter(({ count, words }) => count >= minimumShared && words >= minimumSharedWords)
		.sort((a, b) => b.count - a.count || b.words - a.words || byLatest(a.entry, b.entry));
	if (first !== undefined)
		return { symbol: first.entry.document.symbol, reason: 'shared', shared: first.count };
	const named = [...new Set(document.names)]
		.flatMap((symbol) => {
			const entry = earlierResolution(symbol);
			return entry === null ? [] : [entry];
		})
		.sort(byLatest);
	const [latest, next] = named;
	if (
		latest === undefined ||
		(next !== undefined &&
			!isEarlier(latest.document.date, next.document.date) &&
			!isEarlier(next.document.date, latest.document.date))
	)
		return null;
	return { symbol: latest.document.symbol, reason: 'named', shared: 0 };
}

/** A paragraph of the document set against the predecessor's. */
export type ParagraphChange =
	| {
			/** `kept`: the same words; `changed`: words inserted or deleted. */
			kind: 'kept' | 'changed';
			paragraph: CorpusParagraph;
			previous: CorpusParagraph;
			/** From the predecessor's words to the document's: deleted words were dropped, inserted ones added. */
			diff: WordDiff;
			wordsChanged: number;
			/** Whether it left its old order among the paragraphs both texts have. */
			moved: boolean;
	  }
	| { kind: 'added'; paragraph: CorpusParagraph }
	| { kind: 'dropped'; previous: CorpusParagraph };

/**
 * The least share of the shorter paragraph's words that the longer must keep, in order, for a
 * paragraph to count as the other extended or cut down: `Recalling its resolution 56/119 … offenders`
 * grown by a clause of forty words is that paragraph changed, though its similarity is 0.58.
 */
export const containedShare = 0.85;

// Words two paragraphs have in common, counted with repeats: a bound on the words a diff keeps, to
// skip the diff of pairs that could clear neither test. Each paragraph's keys are sorted once, so
// a pair costs one walk through both rather than a map.
function commonWords(a: readonly string[], b: readonly string[]): number {
	let common = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		const x = a[i] ?? '';
		const y = b[j] ?? '';
		if (x === y) {
			common++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return common;
}

const sortedKeys = (words: readonly Word[]): string[] => words.map((word) => word.key).sort();

interface Pairing {
	current: number;
	previous: number;
	diff: WordDiff;
	similarity: number;
	contained: number;
}

function pairingOf(
	current: readonly CorpusParagraph[],
	previous: readonly CorpusParagraph[],
): Pairing[] {
	const candidates: Pairing[] = [];
	// Read once: a paragraph's words are worked out from its text each time they are asked.
	const previousWords = previous.map((old) => old.words);
	const previousKeys = previousWords.map(sortedKeys);
	current.forEach((paragraph, i) => {
		const words = paragraph.words;
		const keys = sortedKeys(words);
		previousWords.forEach((oldWords, j) => {
			const total = words.length + oldWords.length;
			const shorter = Math.min(words.length, oldWords.length);
			if (total === 0) return;
			const bound = commonWords(previousKeys[j] ?? [], keys);
			const canBeClose = (2 * bound) / total >= closeThreshold;
			const canBeContained = shorter >= minimumWords && bound >= containedShare * shorter;
			if (!canBeClose && !canBeContained) return;
			const diff = wordDiff(oldWords, words);
			const similarity = similarityOf(diff);
			const kept = wordsKeptIn(diff);
			const contained = shorter === 0 ? 0 : kept / shorter;
			const contains = shorter >= minimumWords && contained >= containedShare;
			if (similarity >= closeThreshold || contains)
				candidates.push({ current: i, previous: j, diff, similarity, contained });
		});
	});
	// The most alike pairs first, so that a paragraph goes to its closest counterpart.
	candidates.sort(
		(a, b) =>
			b.similarity - a.similarity ||
			b.contained - a.contained ||
			a.current - b.current ||
			a.previous - b.previous,
	);
	const taken = { current: new Set<number>(), previous: new Set<number>() };
	const pairs: Pairing[] = [];
	for (const candidate of candidates) {
		if (taken.current.has(candidate.current) || taken.previous.has(candidate.previous)) continue;
		taken.current.add(candidate.current);
		taken.previous.add(candidate.previous);
		pairs.push(candidate);
	}
	return pairs.sort((a, b) => a.current - b.current);
}

/**
 * The positions of a longest increasing run (not necessarily contiguous) of `values`: the pairs that
 * kept their order; the others moved.
 * @example inOrder([5, 11, 8, 9, 13]) // Set {0, 2, 3, 4}
 */
export function inOrder(values: readonly number[]): Set<number> {
	// Patience sorting: tails[k] is the index ending the best run of length k + 1 found so far.
	const tails: number[] = [];
	const before: number[] = [];
	values.forEach((value, i) => {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if ((values[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
			else high = middle;
		}
		before[i] = low > 0 ? (tails[low - 1] ?? -1) : -1;
		tails[low] = i;
	});
	const kept = new Set<number>();
	for (let i = tails.at(-1) ?? -1; i >= 0; i = before[i] ?? -1) kept.add(i);
	return kept;
}

/**
 * A document's series paragraphs set against its predecessor's, in the document's reading order,
 * each dropped paragraph of the predecessor where it stood: before the first paragraph that follows
 * it in both texts, and the dropped preambular ones before the operative part.
 * @example changesAgainst(series(a64180), series(eRes200717)).filter((c) => c.kind === 'changed').length // 7
 */
export function changesAgainst(
	current: readonly CorpusParagraph[],
	previous: readonly CorpusParagraph[],
): ParagraphChange[] {
	const pairs = pairingOf(current, previous);
	const ordered = inOrder(pairs.map((pair) => pair.previous));
	const pairOf = new Map(pairs.map((pair, n) => [pair.current, { pair, moved: !ordered.has(n) }]));
	const paired = new Set(pairs.map((pair) => pair.previous));
	const dropped = previous.flatMap((old, j) => (paired.has(j) ? [] : [{ old, j }]));
	const changes: ParagraphChange[] = [];
	const dropUpTo = (limit: (old: CorpusParagraph, j: number) => boolean): void => {
		while (dropped.length > 0 && dropped[0] !== undefined && limit(dropped[0].old, dropped[0].j)) {
			const next = dropped.shift();
			if (next !== undefined) changes.push({ kind: 'dropped', previous: next.old });
		}
	};
	let inPreamble = true;
	current.forEach((paragraph, i) => {
		if (inPreamble && paragraph.key.address.kind !== 'preambular') {
			inPreamble = false;
			dropUpTo((old) => old.key.address.kind === 'preambular');
		}
		const found = pairOf.get(i);
		if (found === undefined) {
			changes.push({ kind: 'added', paragraph });
			return;
		}
		const { pair, moved } = found;
		if (!moved) dropUpTo((_, j) => j < pair.previous);
		const old = previous[pair.previous];
		if (old === undefined) return;
		const wordsChanged = wordsChangedIn(pair.diff);
		changes.push({
			kind: wordsChanged === 0 ? 'kept' : 'changed',
			paragraph,
			previous: old,
			diff: pair.diff,
			wordsChanged,
			moved,
		});
	});
	dropUpTo(() => true);
	return changes;
}

/** How many paragraphs were kept, changed, added, dropped, and moved (kept or changed ones). */
export interface ChangeCounts {
	kept: number;
	changed: number;
	added: number;
	dropped: number;
	moved: number;
}

/**
 * The counts of a comparison, for its summary.
 * @example changeCounts(changes) // { kept: 0, changed: 7, added: 19, dropped: 15, moved: 2 }
 */
export function changeCounts(changes: readonly ParagraphChange[]): ChangeCounts {
	const counts: ChangeCounts = { kept: 0, changed: 0, added: 0, dropped: 0, moved: 0 };
	for (const change of changes) {
		counts[change.kind]++;
		if ((change.kind === 'kept' || change.kind === 'changed') && change.moved) counts.moved++;
	}
	return counts;
}
