/**
 * The parsed models the converter writes beside each MDX file (`content/{slug}.json`), read from a
 * directory in the order of the files' names. Plain Node, so that a worker thread and the build's
 * later stages (`scripts/site-models.ts`) read them the same way.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnDocument } from '../lib/model.ts';

/** Each model in `directory`, one at a time: memory holds one, whatever the corpus. */
export async function* modelsIn(directory: string): AsyncGenerator<UnDocument> {
	const files = (await readdir(directory)).filter((file) => file.endsWith('.json')).sort();
	for (const file of files)
		yield JSON.parse(await readFile(join(directory, file), 'utf8')) as UnDocument;
}

/** Every model in `directory`, by its document's symbol. */
export async function readModelFiles(directory: string): Promise<Map<string, UnDocument>> {
	const models = new Map<string, UnDocument>();
	for await (const model of modelsIn(directory)) models.set(model.meta.symbol, model);
	return models;
}
