/**
 * Agreed language over a whole corpus, computed once a build: every paragraph, its matches both
 * ways, and each resolution's predecessor. The pages, `document.json` and the benchmark read it.
 */
import type { UnDocument } from '../model.ts';
import {
	changesAgainst,
	predecessorOf,
	seriesIndexOf,
	seriesParagraphsOf,
	type ParagraphChange,
	type Predecessor,
	type SeriesDocument,
} from './changes.ts';
import { historyOf, type History } from './history.ts';
import { keyString, matchCorpus, type MatchLookup } from './matches.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { CorpusParagraph } from './types.ts';

/** The agreed language of a corpus. */
export interface AgreedLanguage {
	/** Every paragraph, by `keyString` (`A/RES/64/180#op13`). */
	paragraphs: ReadonlyMap<string, CorpusParagraph>;
	/** Every paragraph's matches, by `keyString`; a paragraph with none is absent. */
	matches: MatchLookup;
	/** How many candidate pairs were compared word by word. */
	comparisons: number;
	/** Each document's series paragraphs (`seriesParagraphsOf`), by symbol. */
	series: ReadonlyMap<string, readonly CorpusParagraph[]>;
	/** The predecessor of each resolution that has one in the corpus, by symbol. */
	predecessors: ReadonlyMap<string, Predecessor>;
}

/**
 * The agreed language of `documents`; `names` gives the symbols each document's text names (its
 * resolved references), for a predecessor named rather than repeated.
 * @example agreedLanguageOf(seedModels, () => []).predecessors.get('A/RES/64/180')?.symbol // 'E/RES/2007/17'
 */
export function agreedLanguageOf(
	documents: readonly UnDocument[],
	names: (symbol: string) => readonly string[],
): AgreedLanguage {
	const byDocument = documents.map((document) => ({
		document,
		paragraphs: paragraphsOf(document),
	}));
	const all = byDocument.flatMap(({ paragraphs }) => paragraphs);
	const { matches, comparisons } = matchCorpus(all);
	const seriesDocuments: SeriesDocument[] = byDocument.map(({ document, paragraphs }) => ({
		symbol: document.meta.symbol,
		documentType: document.meta.documentType,
		date: document.meta.date,
		paragraphs: seriesParagraphsOf(paragraphs),
		names: names(document.meta.symbol),
	}));
	const predecessors = new Map<string, Predecessor>();
	const seriesIndex = seriesIndexOf(seriesDocuments);
	for (const document of seriesDocuments) {
		const predecessor = predecessorOf(document, seriesIndex, matches);
		if (predecessor !== null) predecessors.set(document.symbol, predecessor);
	}
	return {
		paragraphs: new Map(all.map((paragraph) => [keyString(paragraph.key), paragraph])),
		matches,
		comparisons,
		series: new Map(seriesDocuments.map((document) => [document.symbol, document.paragraphs])),
		predecessors,
	};
}

/**
 * The history of the paragraph with this key, or null for a passage that is not a compared paragraph
 * (a list item, a footnote).
 * @example historyAt(agreed, 'A/RES/65/230#pp1')?.earlier[0]?.other.symbol // 'E/RES/2007/17'
 */
export function historyAt(agreed: AgreedLanguage, key: string): History | null {
	const paragraph = agreed.paragraphs.get(key);
	if (paragraph === undefined) return null;
	return historyOf(paragraph.date, agreed.matches.get(key) ?? []);
}

/** A resolution set against its predecessor: which one, and paragraph by paragraph. */
export interface DocumentChanges {
	predecessor: Predecessor;
	changes: ParagraphChange[];
}

// A resolution's changes are asked by its document.json and its changes page; comparing every
// paragraph with every paragraph of the predecessor is done once.
const changesCache = new WeakMap<AgreedLanguage, Map<string, DocumentChanges | null>>();

/**
 * What changed in a resolution since its predecessor, or null where the corpus holds none.
 * @example changesOf(agreed, 'A/RES/64/180')?.predecessor.symbol // 'E/RES/2007/17'
 */
export function changesOf(agreed: AgreedLanguage, symbol: string): DocumentChanges | null {
	let cache = changesCache.get(agreed);
	if (cache === undefined)
		changesCache.set(agreed, (cache = new Map<string, DocumentChanges | null>()));
	if (cache.has(symbol)) return cache.get(symbol) ?? null;
	const predecessor = agreed.predecessors.get(symbol);
	const changes =
		predecessor === undefined
			? null
			: {
					predecessor,
					changes: changesAgainst(
						agreed.series.get(symbol) ?? [],
						agreed.series.get(predecessor.symbol) ?? [],
					),
				};
	cache.set(symbol, changes);
	return changes;
}
