/**
 * The data of the congress pages (`src/lib/timeline/pages.ts`), worked out once per build from the
 * whole corpus (`corpus-facts.ts`): the congresses' index, pages and timeline.json all ask.
 */
import type { CongressPageData } from '../lib/timeline/pages.ts';
import { corpusAgreedLanguage } from './agreed-language.ts';
import { corpusFacts } from './corpus-facts.ts';

/** Every congress that has a page, in number order, with its facts, its timeline and its background. */
export async function congressPagesData(): Promise<CongressPageData[]> {
	// Asked before the agreed language, it is worked out on this thread while the worker works these out.
	corpusAgreedLanguage().catch(() => undefined);
	return (await corpusFacts()).congresses;
}
