/**
 * Who cites what across the corpus, worked out once per build from the parsed models
 * (`corpus-facts.ts`), for the "Cited by" list of each document page and for `/references/`.
 */
import { corpusAgreedLanguage } from './agreed-language.ts';
import { corpusFacts, type CorpusFacts } from './corpus-facts.ts';

/** The corpus's citation index, what resolving knows of its documents, and their titles. */
export async function corpusCitations(): Promise<CorpusFacts['citations']> {
	// Asked before the agreed language, it is worked out on this thread while the worker works these out.
	corpusAgreedLanguage().catch(() => undefined);
	return (await corpusFacts()).citations;
}
