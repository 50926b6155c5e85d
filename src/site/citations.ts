/**
 * Who cites what across the corpus, computed once per build from the parsed models, for the
 * "Cited by" list of each document page and for `/references/`.
 */
import { citationIndexOf } from '../lib/link/pages.ts';
import { allModels } from './corpus.ts';

let cached: ReturnType<typeof load> | undefined;

function load() {
	return allModels().then(citationIndexOf);
}

/** The corpus's citation index, what resolving knows of its documents, and their titles. */
export function corpusCitations(): ReturnType<typeof load> {
	cached ??= load();
	return cached;
}
