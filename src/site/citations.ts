/**
 * Who cites what across the corpus, computed once per build from the parsed models, for the
 * "Cited by" list of each document page and for `/references/`.
 */
import { citationIndexOf } from '../lib/link/pages.ts';
import { allModels } from './corpus.ts';
import { once } from './once.ts';

/** The corpus's citation index, what resolving knows of its documents, and their titles. */
export const corpusCitations = once(() => allModels().then(citationIndexOf));
