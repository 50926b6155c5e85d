/**
 * Who cites each passage: for every paragraph or item of the corpus that a reference leads to, the
 * passages that cite it, in the same document ("paragraph 20 above", "paragraph 42 of the Salvador
 * Declaration" in the resolution that annexes it) or in another.
 */
import { sharePagePath } from '../contract.ts';
import type { CitingReference } from './cited-by.ts';
import { type Corpus, resolveReference } from './resolve.ts';
import type { CitingPassage } from './types.ts';

/**
 * The citing passages of each cited passage, by the cited passage's share-page address
 * (`/A/RES/65/230/annex-op42/`): the one address of it that names both its document and its anchor,
 * and the one the page's passage components are given.
 */
export type CitedAtIndex = ReadonlyMap<string, CitedPassage>;

/** A passage of the corpus that others cite. */
export interface CitedPassage {
	/** The symbol of its document. */
	symbol: string;
	citedBy: CitingPassage[];
}

/**
 * Inverts references that lead to a passage: a reference to a whole document or annex, to a
 * document outside the corpus, or to a paragraph the page lacks names no passage and is left out,
 * as is a passage citing itself. Citing passages are kept once each, in the order given.
 */
export function citedAtOf(references: readonly CitingReference[], corpus: Corpus): CitedAtIndex {
	const index = new Map<string, CitedPassage>();
	const seen = new Set<string>();
	for (const { citing, reference } of references) {
		const target = resolveReference(reference, { corpus, citing });
		if (target.kind !== 'passage') continue;
		const cited = sharePagePath(target.symbol, target.address);
		const by = sharePagePath(citing.symbol, citing.address);
		if (cited === by || seen.has(`${cited} ${by}`)) continue;
		seen.add(`${cited} ${by}`);
		const entry = index.get(cited) ?? { symbol: target.symbol, citedBy: [] };
		entry.citedBy.push(citing);
		index.set(cited, entry);
	}
	return index;
}
