/**
 * `npm run bench:search [SITE]`: figures for the search, measured in Chromium against a built site
 * (default dist/; run `npm run build` first). Prints the index size on disk, the bytes the search
 * page fetches until its first query's results are shown, and the time from the last keystroke to
 * the results shown. Figures only: nothing here passes or fails.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { searchPath } from '../src/lib/contract.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const site = process.argv[2] ?? 'dist';
// What a reader types; the first is a cold start, the rest run on a warm page.
const queries = [
	'cybercrime',
	'trafficking in persons',
	'Santo Domingo Pact',
	'women prisoners',
	'Qatar',
];

function kilobytes(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

function filesUnder(directory: string): { path: string; bytes: number }[] {
	return readdirSync(directory, { recursive: true, encoding: 'utf8' }).flatMap((path) => {
		const stats = statSync(join(directory, path));
		return stats.isFile() ? [{ path, bytes: stats.size }] : [];
	});
}

function indexSize(): void {
	const files = filesUnder(join(site, 'pagefind'));
	const total = files.reduce((sum, file) => sum + file.bytes, 0);
	const code = files.filter((file) => /\.pagefind$|\.js$/.test(file.path));
	const codeBytes = code.reduce((sum, file) => sum + file.bytes, 0);
	console.log(
		`index on disk: ${kilobytes(total)} in ${files.length} files (${kilobytes(codeBytes)} of it Pagefind's code and wasm, ${kilobytes(total - codeBytes)} the index: entry, meta, word index, filters, fragments)`,
	);
}

/** Bytes received per request from now on (headers and body), the page's and its worker's. */
function countBytes(page: Page): () => { url: string; bytes: number }[] {
	const received: { url: string; bytes: number }[] = [];
	page.context().on('requestfinished', (request) => {
		void request.sizes().then((sizes) => {
			received.push({
				url: request.url(),
				bytes: sizes.responseHeadersSize + sizes.responseBodySize,
			});
		});
	});
	return () => [...received];
}

/** Types a query into the search box and returns the milliseconds from its last keystroke to the results shown. */
async function keystrokeToResults(page: Page, query: string): Promise<number> {
	await page.locator('#search-q').fill('');
	await page.evaluate((wanted) => {
		const timing = { lastKey: 0, shown: 0 };
		Object.assign(globalThis, { searchTiming: timing });
		addEventListener('keydown', () => (timing.lastKey = performance.now()), { capture: true });
		const results = document.querySelector('#search-results');
		const status = document.querySelector('#search-status');
		new MutationObserver(() => {
			if (
				results?.getAttribute('aria-busy') === 'false' &&
				status?.textContent?.includes(`“${wanted}”`) &&
				timing.shown === 0
			) {
				timing.shown = performance.now();
			}
		}).observe(document.body, {
			subtree: true,
			childList: true,
			attributes: true,
			characterData: true,
		});
	}, query);
	await page.locator('#search-q').pressSequentially(query, { delay: 60 });
	await page.waitForFunction(
		() => (globalThis as unknown as { searchTiming: { shown: number } }).searchTiming.shown > 0,
	);
	return page.evaluate(() => {
		const { lastKey, shown } = (
			globalThis as unknown as { searchTiming: { lastKey: number; shown: number } }
		).searchTiming;
		return shown - lastKey;
	});
}

indexSize();
const { server, origin } = await serveStatic(site);
const browser = await launchChromium();
try {
	const page = await browser.newPage();
	const received = countBytes(page);
	await page.goto(`${origin}${searchPath()}`);
	await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
	const onLoad = received();
	const pagefindOnLoad = onLoad.filter((entry) => entry.url.includes('/pagefind/'));
	const sum = (entries: { bytes: number }[]): number =>
		entries.reduce((total, entry) => total + entry.bytes, 0);
	console.log(
		`search page ready: ${kilobytes(sum(onLoad))} fetched, ${kilobytes(sum(pagefindOnLoad))} of it Pagefind (${pagefindOnLoad.length} files)`,
	);
	const times: number[] = [];
	for (const [index, query] of queries.entries()) {
		const before = received().length;
		const time = await keystrokeToResults(page, query);
		times.push(time);
		const fetched = received().slice(before);
		console.log(
			`"${query}"${index === 0 ? ' (first query)' : ''}: ${Math.round(time)} ms from the last keystroke to results, ${kilobytes(sum(fetched))} fetched in ${fetched.length} files`,
		);
		if (index === 0)
			console.log(
				`a first search, from opening the page to its results: ${kilobytes(sum(onLoad) + sum(fetched))} fetched, ${kilobytes(sum(pagefindOnLoad) + sum(fetched))} of it Pagefind`,
			);
	}
	const sorted = [...times].sort((a, b) => a - b);
	// A reader who searched from another page's box arrives with the query in the address.
	const arriving = await browser.newPage();
	const arrivingBytes = countBytes(arriving);
	await arriving.goto(`${origin}${searchPath(queries[0])}`);
	await arriving.locator('#search-results[aria-busy="false"] li').first().waitFor();
	const ready = await arriving.evaluate(() => performance.now());
	const fetched = arrivingBytes();
	console.log(
		`opening ${searchPath(queries[0])}: results ${Math.round(ready)} ms after navigation, ${kilobytes(sum(fetched))} fetched, ${kilobytes(sum(fetched.filter((entry) => entry.url.includes('/pagefind/'))))} of it Pagefind`,
	);
	console.log(
		`keystroke to results: median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms over ${times.length} queries (150 ms of it the typing pause the page waits for)`,
	);
} finally {
	await browser.close();
	server.close();
}
