/**
 * Writes every passage's share page (`/{symbol}/{anchor}/`) into a built site from the template
 * share page Astro rendered (src/lib/view/share-template.ts) and the models the site was built from,
 * then removes the template. One Astro render per passage was most of a
 * large build (97 % of its pages at 1,000 documents); filling a template costs a string's writing.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { UnDocument } from '../src/lib/model.ts';
import { sharePagePath } from '../src/lib/contract.ts';
import { sharePagesOf } from '../src/lib/view/share.ts';
import {
	checkShareTemplate,
	sharePageHtml,
	shareTemplatePath,
} from '../src/lib/view/share-template.ts';

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

/** The symbols of the documents the built site publishes, from their `/{symbol}/document.json`. */
async function publishedSymbols(siteDirectory: string): Promise<string[]> {
	return (await readdir(siteDirectory, { recursive: true }))
		.map((file) => `/${file.split(sep).join('/')}`)
		.filter((path) => path.endsWith('/document.json'))
		.map((path) => path.slice(1, -'/document.json'.length))
		.sort();
}

/**
 * Writes the share pages of every document in `contentDirectory` (the models the site was built
 * from, `content/{slug}.json`: a twentieth of the bytes of the published document.json, which adds
 * the agreed language) into `outputDirectory` (the site itself unless given), and removes the
 * template from the site. `site` is the public address the site was built with (SITE_URL), or null;
 * the template is checked to have been built with it, and the models to be the site's documents.
 */
export async function writeSharePages(
	siteDirectory: string,
	contentDirectory: string,
	site: URL | null,
	outputDirectory = siteDirectory,
): Promise<SharePagesReport> {
	const templateFile = fileOf(siteDirectory, shareTemplatePath);
	const template = await readFile(templateFile, 'utf8').catch((error: unknown) => {
		throw new Error(`${templateFile}: the template share page Astro should have rendered`, {
			cause: error,
		});
	});
	checkShareTemplate(template, site);
	const files = (await readdir(contentDirectory)).filter((file) => file.endsWith('.json')).sort();
	const symbols: string[] = [];
	let pages = 0;
	// One document's pages at a time: memory holds one model, whatever the corpus.
	for (const file of files) {
		const document = JSON.parse(await readFile(join(contentDirectory, file), 'utf8')) as UnDocument;
		const { meta } = document;
		symbols.push(meta.symbol);
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
		pages += shared.length;
	}
	// The pages are written into the staging site, which the build discards when this throws.
	const published = await publishedSymbols(siteDirectory);
	if (symbols.sort().join('\n') !== published.join('\n'))
		throw new Error(
			`${contentDirectory} holds ${files.length} models and ${siteDirectory} publishes ${published.length} documents, not the same ones: the site was built from another corpus`,
		);
	await rm(join(templateFile, '..', '..'), { recursive: true, force: true });
	return { documents: files.length, pages };
}
