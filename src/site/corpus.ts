/**
 * The parsed models the converter writes beside each MDX file (`content/{slug}.json`), for pages that
 * need more than the front-matter: tables of contents, share pages, document.json.
 */
import type { UnDocument } from '../lib/model.ts';

const models = import.meta.glob<UnDocument>('/content/*.json', { eager: true, import: 'default' });

/** The model of a document by its content slug (the MDX entry's id). */
export function modelOf(slug: string): UnDocument {
	const model = models[`/content/${slug}.json`];
	if (model === undefined) throw new Error(`content/${slug}.json is missing: run npm run convert`);
	return model;
}

/** Every document's model. */
export function allModels(): UnDocument[] {
	return Object.values(models);
}
