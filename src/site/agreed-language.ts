/**
 * Agreed language across the corpus, computed once per build from the parsed models: each
 * paragraph's matches, each resolution's predecessor. Every paragraph of every document page asks
 * it, so it is computed on the first ask and shared.
 */
import { getCollection } from 'astro:content';
import { agreedLanguageOf, type AgreedLanguage } from '../lib/match/corpus.ts';
import { allModels } from './corpus.ts';
import { corpusFacts } from './corpus-facts.ts';
import { once } from './once.ts';

/** The corpus's agreed language; a predecessor may be one a document names (its front-matter's `cites`). */
export const corpusAgreedLanguage = once(async (): Promise<AgreedLanguage> => {
	// The corpus's other facts are worked out in a worker thread meanwhile; a failure there is
	// reported to the pages that await them.
	corpusFacts().catch(() => undefined);
	const [models, entries] = await Promise.all([allModels(), getCollection('documents')]);
	const names = new Map(entries.map((entry) => [entry.data.symbol, entry.data.cites]));
	return agreedLanguageOf(models, (symbol) => names.get(symbol) ?? []);
});
