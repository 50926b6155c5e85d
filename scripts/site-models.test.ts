import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishedModels, publishedSymbols } from './site-models.ts';

const directories: string[] = [];

/** A built site publishing `published` and a content directory of models of `models`, by file name. */
function siteAndContent(
	published: readonly string[],
	models: Record<string, string>,
): { site: string; content: string } {
	const root = mkdtempSync(join(tmpdir(), 'site-models-'));
	directories.push(root);
	const site = join(root, 'site');
	const content = join(root, 'content');
	mkdirSync(content, { recursive: true });
	for (const symbol of published) {
		mkdirSync(join(site, symbol), { recursive: true });
		writeFileSync(join(site, symbol, 'document.json'), '{}');
	}
	for (const [file, symbol] of Object.entries(models))
		writeFileSync(join(content, file), JSON.stringify({ meta: { symbol } }));
	return { site, content };
}

async function symbolsRead(
	site: string,
	content: string,
	published?: Promise<readonly string[]>,
): Promise<string[]> {
	const symbols: string[] = [];
	for await (const model of publishedModels(site, content, published))
		symbols.push(model.meta.symbol);
	return symbols;
}

afterEach(() => {
	for (const directory of directories.splice(0)) rmSync(directory, { recursive: true });
});

describe('publishedSymbols', () => {
	it('gives the symbol of every document.json of the site, sorted', async () => {
		const { site } = siteAndContent(['E/RES/2007/17', 'A/RES/64/179'], {});
		mkdirSync(join(site, 'about'), { recursive: true });
		writeFileSync(join(site, 'about', 'index.html'), '');
		expect(await publishedSymbols(site)).toEqual(['A/RES/64/179', 'E/RES/2007/17']);
	});
});

describe('publishedModels', () => {
	it('reads every model, in the order of the files, whatever they are named', async () => {
		const { site, content } = siteAndContent(['A/RES/64/179', 'E/RES/2007/17'], {
			'b.json': 'A/RES/64/179',
			'a.json': 'E/RES/2007/17',
		});
		writeFileSync(join(content, 'a.mdx'), 'not a model');
		expect(await symbolsRead(site, content)).toEqual(['E/RES/2007/17', 'A/RES/64/179']);
	});

	it('refuses models of documents the site does not publish', async () => {
		const { site, content } = siteAndContent(['A/RES/64/179'], {
			'a.json': 'A/RES/64/179',
			'b.json': 'A/RES/64/180',
		});
		await expect(symbolsRead(site, content)).rejects.toThrow(/another corpus/);
	});

	it('refuses a site that publishes a document it has no model of', async () => {
		const { site, content } = siteAndContent(['A/RES/64/179', 'A/RES/64/180'], {
			'a.json': 'A/RES/64/179',
		});
		await expect(symbolsRead(site, content)).rejects.toThrow(
			/holds 1 models and .* publishes 2 documents/,
		);
	});

	it('checks the models against the symbols listed before, not the site as it is by then', async () => {
		const { site, content } = siteAndContent(['A/RES/64/179'], { 'a.json': 'A/RES/64/179' });
		const listed = publishedSymbols(site);
		await listed;
		// A document.json written after the listing, as share pages are written after it, is not read.
		mkdirSync(join(site, 'A/RES/64/180'), { recursive: true });
		writeFileSync(join(site, 'A/RES/64/180', 'document.json'), '{}');
		expect(await symbolsRead(site, content, listed)).toEqual(['A/RES/64/179']);
		await expect(symbolsRead(site, content)).rejects.toThrow(/publishes 2 documents/);
		await expect(
			symbolsRead(site, content, Promise.resolve(['A/RES/64/179', 'A/RES/64/181'])),
		).rejects.toThrow(/holds 1 models and .* publishes 2 documents/);
	});
});
