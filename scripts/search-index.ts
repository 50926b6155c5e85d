/**
 * Writes the Pagefind index of a built site into `{site}/pagefind/`, through Pagefind's Node API:
 * one record per document, at its address, whose passages the search page finds by their anchors
 * (`src/lib/search/page-record.ts`).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { UnDocument } from '../src/lib/model.ts';
import { searchPageOf } from '../src/lib/search/page-record.ts';

/** What indexing did, for the build's report. */
export interface SearchIndexReport {
	documents: number;
	records: number;
}

// Pagefind writes its ready-made search UIs too; the site has its own search page, so a host would
// only serve them as dead weight (about 420 KB of the bundle).
const unusedUiFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

function failIfErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`);
}

/**
 * The records a Pagefind index lists in its entry file, over all its languages; 0 for an empty file
 * (once seen when Pagefind's binary was stopped as it wrote).
 */
export async function entryPageCount(outputPath: string): Promise<number> {
	const entry = JSON.parse(
		(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) || '{}',
	) as { languages?: Record<string, { page_count: number }> };
	return Object.values(entry.languages ?? {}).reduce(
		(sum, language) => sum + language.page_count,
		0,
	);
}

/**
 * Checks that the index's entry file lists records: an empty entry file would leave the site with a
 * search that finds nothing. Pagefind leaves out a record with no words to index, so the count may
 * be lower than the records added.
 */
export async function failUnlessEntryCounts(outputPath: string, records: number): Promise<void> {
	const file = join(outputPath, 'pagefind-entry.json');
	const pages = await entryPageCount(outputPath);
	if (records > 0 && pages === 0)
		throw new Error(`pagefind writeFiles: ${file} lists no records, of the ${records} added`);
	if (pages > records)
		throw new Error(
			`pagefind writeFiles: ${file} lists ${pages} records, more than the ${records} added`,
		);
}

/** The files of the models the built site publishes as `/{symbol}/document.json`, in order. */
async function publishedModelFiles(siteDirectory: string): Promise<string[]> {
	return (await readdir(siteDirectory, { recursive: true }))
		.filter((file) => file.endsWith('/document.json'))
		.sort()
		.map((file) => join(siteDirectory, file));
}

/** Indexes every document of the built site in `siteDirectory`. */
export async function writeSearchIndex(siteDirectory: string): Promise<SearchIndexReport> {
	try {
		const { index, errors } = await createIndex({ forceLanguage: 'en' });
		failIfErrors('createIndex', errors);
		if (index === undefined) throw new Error('pagefind createIndex returned no index');
		let records = 0;
		// One model at a time: a document.json carries the document's agreed language too, and the
		// corpus's together outgrow the heap (about 1 GB of JSON at 1,000 documents).
		const files = await publishedModelFiles(siteDirectory);
		for (const file of files) {
			const page = searchPageOf(JSON.parse(await readFile(file, 'utf8')) as UnDocument);
			const added = await index.addHTMLFile(page);
			failIfErrors(`addHTMLFile ${page.url}`, added.errors);
			records += 1;
		}
		const outputPath = join(siteDirectory, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		failIfErrors('writeFiles', written.errors);
		await failUnlessEntryCounts(outputPath, records);
		await Promise.all(unusedUiFiles.map((file) => rm(join(outputPath, file), { force: true })));
		return { documents: files.length, records };
	} finally {
		await close();
	}
}
