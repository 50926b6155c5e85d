/**
 * The models a built site was made from, read one at a time from the content directory, for the
 * stages that run after Astro (the share pages and the search index). A model is about a twentieth
 * of the bytes of the site's own `/{symbol}/document.json`, which adds the agreed language.
 */
import { readdir } from 'node:fs/promises';
import { sep } from 'node:path';
import type { UnDocument } from '../src/lib/model.ts';
import { modelsIn } from '../src/site/model-files.ts';

/** The symbols of the documents a built site publishes, from its `/{symbol}/document.json`, sorted. */
export async function publishedSymbols(siteDirectory: string): Promise<string[]> {
	return (await readdir(siteDirectory, { recursive: true }))
		.map((file) => file.split(sep).join('/'))
		.filter((path) => path.endsWith('/document.json'))
		.map((path) => path.slice(0, -'/document.json'.length))
		.sort();
}

/**
 * Each model in `contentDirectory` (`{name}.json`), in the order of the files' names; throws after
 * the last when they are not the models of the documents the site in `siteDirectory` publishes (a
 * site built from another corpus). A stage reading them writes into a staging site, which the build
 * discards when this throws.
 */
export async function* publishedModels(
	siteDirectory: string,
	contentDirectory: string,
): AsyncGenerator<UnDocument> {
	const symbols: string[] = [];
	for await (const document of modelsIn(contentDirectory)) {
		symbols.push(document.meta.symbol);
		yield document;
	}
	const published = await publishedSymbols(siteDirectory);
	if (symbols.sort().join('\n') !== published.join('\n'))
		throw new Error(
			`${contentDirectory} holds ${symbols.length} models and ${siteDirectory} publishes ${published.length} documents, not the same ones: the site was built from another corpus`,
		);
}
