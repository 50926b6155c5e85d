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
 * discards when this throws. `published` is the site's symbols when they were listed already: listed
 * after the share pages are written, the site has ten times the directories (at 1,000 documents,
 * 8.5 s against 0.7 s).
 */
export async function* publishedModels(
	siteDirectory: string,
	contentDirectory: string,
	published: Promise<readonly string[]> = publishedSymbols(siteDirectory),
): AsyncGenerator<UnDocument> {
	// Awaited after the last model: a reader that stops before then must not leave it unhandled.
	published.catch(() => undefined);
	const symbols: string[] = [];
	for await (const document of modelsIn(contentDirectory)) {
		symbols.push(document.meta.symbol);
		yield document;
	}
	const publishedNow = await published;
	if (symbols.sort().join('\n') !== publishedNow.join('\n'))
		throw new Error(
			`${contentDirectory} holds ${symbols.length} models and ${siteDirectory} publishes ${publishedNow.length} documents, not the same ones: the site was built from another corpus`,
		);
}
