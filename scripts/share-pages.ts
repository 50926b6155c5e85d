/**
 * Writes every passage's share page (`/{symbol}/{anchor}/`) into a built site from the template
 * share page Astro rendered (src/lib/view/share-template.ts) and the models the site was built from,
 * then removes the template. One Astro render per passage was most of a
 * large build (97 % of its pages at 1,000 documents); filling a template costs a string's writing.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sharePagePath } from '../src/lib/contract.ts';
import { sharePagesOf } from '../src/lib/view/share.ts';
import {
	checkShareTemplate,
	sharePageHtml,
	shareTemplatePath,
} from '../src/lib/view/share-template.ts';
import { publishedModels, publishedSymbols } from './site-models.ts';

/** What the stage did, for the build's report. */
export interface SharePagesReport {
	documents: number;
	pages: number;
}

/** The file that serves a site path in a directory-format build, refusing one outside the site. */
function fileOf(siteDirectory: string, sitePath: string): string {
	const root = resolve(siteDirectory);
	const file = resolve(root, `.${sitePath}`, 'index.html');
	if (!file.startsWith(`${root}${sep}`))
		throw new Error(`share page ${sitePath} would be written outside ${siteDirectory}`);
	return file;
}

/** Where the share pages go, and what the site publishes when it was listed already. */
export interface SharePagesOptions {
	/** The site itself unless given. */
	outputDirectory?: string;
	/** The symbols the site publishes (`publishedSymbols`), listed before any share page is written. */
	published?: Promise<readonly string[]>;
}

/**
 * Writes the share pages of every document the site publishes, from its model in `contentDirectory`
 * (`scripts/site-models.ts`), into `outputDirectory` (the site itself unless given), and removes the
 * template from the site. `site` is the public address the site was built with (SITE_URL), or null;
 * the template is checked to have been built with it, and the models to be the site's documents.
 */
export async function writeSharePages(
	siteDirectory: string,
	contentDirectory: string,
	site: URL | null,
	{ outputDirectory = siteDirectory, published }: SharePagesOptions = {},
): Promise<SharePagesReport> {
	const templateFile = fileOf(siteDirectory, shareTemplatePath);
	const template = await readFile(templateFile, 'utf8').catch((error: unknown) => {
		throw new Error(`${templateFile}: the template share page Astro should have rendered`, {
			cause: error,
		});
	});
	checkShareTemplate(template, site);
	let documents = 0;
	let pages = 0;
	// One document's pages at a time: memory holds one model, whatever the corpus. The pages are
	// written into the staging site, which the build discards when this throws.
	for await (const document of publishedModels(siteDirectory, contentDirectory, published)) {
		const { meta } = document;
		const shared = sharePagesOf(document);
		await Promise.all(
			shared.map(async (page) => {
				const output = fileOf(
					outputDirectory,
					sharePagePath(meta.symbol, page.shared.passage.address),
				);
				await mkdir(join(output, '..'), { recursive: true });
				await writeFile(output, sharePageHtml(template, page, meta, site));
			}),
		);
		documents += 1;
		pages += shared.length;
	}
	await rm(join(templateFile, '..', '..'), { recursive: true, force: true });
	return { documents, pages };
}

/** What `writeSharePagesInWorker` sends its worker: `writeSharePages`'s arguments, as data. */
export interface SharePagesRequest {
	siteDirectory: string;
	contentDirectory: string;
	/** The public address's href, or null. */
	site: string | null;
	outputDirectory: string;
	published: readonly string[];
}

type SharePagesAnswer = { report: SharePagesReport } | { error: unknown };

/**
 * `writeSharePages` on a thread of its own. The build indexes the site meanwhile, and the index's
 * reading and records are work for the main thread too: on one thread the two took turns on one
 * core while Pagefind's indexer waited for records.
 */
export async function writeSharePagesInWorker(
	siteDirectory: string,
	contentDirectory: string,
	site: URL | null,
	{ outputDirectory = siteDirectory, published }: SharePagesOptions = {},
): Promise<SharePagesReport> {
	const request: SharePagesRequest = {
		siteDirectory,
		contentDirectory,
		site: site?.href ?? null,
		outputDirectory,
		published: await (published ?? publishedSymbols(siteDirectory)),
	};
	const worker = new Worker(new URL('./share-pages-worker.ts', import.meta.url), {
		workerData: request,
	});
	return new Promise((resolvePages, reject) => {
		let answered = false;
		worker.once('message', (answer: SharePagesAnswer) => {
			answered = true;
			if ('report' in answer) resolvePages(answer.report);
			else reject(answer.error instanceof Error ? answer.error : new Error(String(answer.error)));
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (!answered)
				reject(
					new Error(`the share pages' worker stopped with exit code ${String(code)}, unanswered`),
				);
		});
	});
}
