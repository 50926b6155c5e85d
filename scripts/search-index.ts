/**
 * Writes the Pagefind index of a built site into `{site}/pagefind/`, through Pagefind's Node API:
 * one record per document, at its address, whose passages the search page finds by their anchors
 * (`src/lib/search/page-record.ts`).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { searchPageOf } from '../src/lib/search/page-record.ts';
import { publishedModels } from './site-models.ts';

/** What indexing did, for the build's report. */
export interface SearchIndexReport {
	/** Records added, one per document. */
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

/** How many records are sent to Pagefind's indexer before the first is answered; each holds one model's page. */
const recordsOnTheirWay = 8;

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

/**
 * Indexes every document the built site in `siteDirectory` publishes, from its model in
 * `contentDirectory` (`scripts/site-models.ts`); `published`, the site's symbols when they were listed already.
 */
export async function writeSearchIndex(
	siteDirectory: string,
	contentDirectory: string,
	published?: Promise<readonly string[]>,
): Promise<SearchIndexReport> {
	try {
		const { index, errors } = await createIndex({ forceLanguage: 'en' });
		failIfErrors('createIndex', errors);
		if (index === undefined) throw new Error('pagefind createIndex returned no index');
		let records = 0;
		// A few records on their way at once: awaited one by one, each waited for its round trip to
		// Pagefind's indexer (at 1,000 documents 16 s became 13 s, the index the same).
		const inFlight = new Set<Promise<void>>();
		const failures: string[] = [];
		for await (const document of publishedModels(siteDirectory, contentDirectory, published)) {
			const page = searchPageOf(document);
			const added: Promise<void> = index
				.addHTMLFile(page)
				.then(
					(result) => {
						failures.push(...result.errors.map((error) => `${page.url}: ${error}`));
					},
					(error: unknown) => {
						failures.push(`${page.url}: ${String(error)}`);
					},
				)
				.finally(() => inFlight.delete(added));
			inFlight.add(added);
			records += 1;
			if (inFlight.size >= recordsOnTheirWay) await Promise.race(inFlight);
			if (failures.length > 0) break;
		}
		await Promise.all(inFlight);
		failIfErrors('addHTMLFile', failures);
		const outputPath = join(siteDirectory, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		failIfErrors('writeFiles', written.errors);
		await failUnlessEntryCounts(outputPath, records);
		await Promise.all(unusedUiFiles.map((file) => rm(join(outputPath, file), { force: true })));
		return { records };
	} finally {
		await close();
	}
}
