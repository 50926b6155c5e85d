/**
 * The parsed models the converter writes beside each MDX file (`content/{slug}.json`), for pages that
 * need more than the front-matter: tables of contents, share pages, document.json.
 *
 * Read from the content directory once a build, not through a content collection: Astro's data
 * store serialises every entry into one module and parses it back, which at 1,000 documents took
 * 100 s of the build and doubled what it held; the converter wrote these files and they need no schema.
 */
import { getCollection } from 'astro:content';
import type { UnDocument } from '../lib/model.ts';
import { contentDirectory } from './content-directory.ts';
import { readModelFiles } from './model-files.ts';
import { once } from './once.ts';

function readModels(): Promise<ReadonlyMap<string, UnDocument>> {
	return readModelFiles(contentDirectory);
}

const modelsOnce = once(readModels);

function modelsBySymbol(): Promise<ReadonlyMap<string, UnDocument>> {
	// The dev server reads them again for each page, so that a convert shows without a restart.
	return import.meta.env.DEV ? readModels() : modelsOnce();
}

/** The model of the document with this symbol. */
export async function modelOf(symbol: string): Promise<UnDocument> {
	const model = (await modelsBySymbol()).get(symbol);
	if (model === undefined)
		throw new Error(`${contentDirectory} has no model of ${symbol}: run npm run convert`);
	return model;
}

/** Every document's model, in the order of their files' names. */
export async function allModels(): Promise<UnDocument[]> {
	return [...(await modelsBySymbol()).values()];
}

/** One static path per document, its metadata as props: for routes that need nothing else. */
export async function documentMetaPaths() {
	return (await getCollection('documents')).map((entry) => ({
		params: { symbol: entry.data.symbol },
		props: { meta: entry.data },
	}));
}
