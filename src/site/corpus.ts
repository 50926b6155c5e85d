/**
 * The parsed models the converter writes beside each MDX file (`content/{slug}.json`), for pages that
 * need more than the front-matter: tables of contents, share pages, document.json.
 */
import { getCollection, getEntry } from 'astro:content';
import type { UnDocument } from '../lib/model.ts';

/** The model of a document by its content slug (the MDX entry's id). */
export async function modelOf(slug: string): Promise<UnDocument> {
	const entry = await getEntry('models', slug);
	if (entry === undefined) throw new Error(`content/${slug}.json is missing: run npm run convert`);
	return entry.data;
}

/** Every document's model. */
export async function allModels(): Promise<UnDocument[]> {
	return (await getCollection('models')).map((entry) => entry.data);
}

/** One static path per document, its metadata as props: for routes that need nothing else. */
export async function documentMetaPaths() {
	return (await getCollection('documents')).map((entry) => ({
		params: { symbol: entry.data.symbol },
		props: { meta: entry.data },
	}));
}
