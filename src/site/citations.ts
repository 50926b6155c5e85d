/**
 * Who cites what across the corpus, computed once per build from the parsed models, for the
 * "Cited by" list of each document page and for `/references/`.
 */
import type { CitationIndex } from '../lib/link/cited-by.ts';
import { citationIndexOf } from '../lib/link/pages.ts';
import type { Corpus } from '../lib/link/resolve.ts';
import { allModels } from './corpus.ts';

let cached: Promise<{ index: CitationIndex; corpus: Corpus }> | undefined;

/** The corpus's citation index and what resolving knows of its documents. */
export function corpusCitations(): Promise<{ index: CitationIndex; corpus: Corpus }> {
	cached ??= allModels().then(citationIndexOf);
	return cached;
}
