/**
 * The parsed models the converter writes beside each MDX file (`content/{slug}.json`), read from a
 * directory in the order of the files' names. Plain Node, so that a worker thread can read them too.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnDocument } from '../lib/model.ts';

/** Every model in `directory`, by its document's symbol. */
export async function readModelFiles(directory: string): Promise<Map<string, UnDocument>> {
	const files = (await readdir(directory)).filter((file) => file.endsWith('.json')).sort();
	const models = new Map<string, UnDocument>();
	for (const file of files) {
		const model = JSON.parse(await readFile(join(directory, file), 'utf8')) as UnDocument;
		models.set(model.meta.symbol, model);
	}
	return models;
}
