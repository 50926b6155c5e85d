/**
 * What a first search costs a reader, for `npm run bench`: the site's own search page opened in
 * Chromium on a query, counting every byte it fetches from /pagefind/ until the results show; then
 * what opening "Filter results" fetches on top (the facets load only when the reader asks for them).
 */
import type { Server } from 'node:http';
import { fetchesByKind, type PagefindFetchKind } from './pagefind-fetches.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/** Bytes and requests a first query fetched from the search index. */
export interface FirstQuery {
	query: string;
	bytes: number;
	requests: number;
	byKind: Partial<Record<PagefindFetchKind, { bytes: number; requests: number }>>;
	/** What the page said when the results showed ("1,234 results for …"). */
	status: string;
	/** What opening the filters fetched after the results showed. */
	facets: { bytes: number; requests: number };
}

function total(fetches: readonly (readonly [string, number])[]): number {
	return fetches.reduce((sum, [, size]) => sum + size, 0);
}

/** Opens `/search/?q=query` on the built site and measures what it fetches from /pagefind/. */
export async function measureFirstQuery(site: string, query: string): Promise<FirstQuery> {
	const { server, origin }: { server: Server; origin: string } = await serveStatic(site);
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const bodies: Promise<[string, number]>[] = [];
		page.on('response', (response) => {
			const path = new URL(response.url()).pathname;
			if (path.startsWith('/pagefind/'))
				bodies.push(response.body().then((body) => [path, body.length]));
		});
		await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
		await page.waitForFunction(
			() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''),
			undefined,
			{ timeout: 120_000 },
		);
		await page.waitForLoadState('networkidle');
		const status = (await page.textContent('#search-status')) ?? '';
		const fetches = await Promise.all(bodies.splice(0));
		await page.locator('summary', { hasText: 'Filter results' }).click();
		await page.locator('#search-filters[aria-busy="false"]').waitFor({ timeout: 120_000 });
		await page.waitForLoadState('networkidle');
		const facetFetches = await Promise.all(bodies);
		return {
			query,
			bytes: total(fetches),
			requests: fetches.length,
			byKind: fetchesByKind(fetches),
			status: status.trim(),
			facets: { bytes: total(facetFetches), requests: facetFetches.length },
		};
	} finally {
		await browser.close();
		await new Promise((resolve) => server.close(resolve));
	}
}
