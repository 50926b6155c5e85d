/**
 * Searching every clause in a real browser: readers' questions find their paragraphs in the first
 * three results, a result lands on its paragraph with the words marked, filters narrow, the address
 * holds the search and Back returns to it, and it all works from the keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { documentPath, searchPath } from '../../src/lib/contract.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumForFile } from '../support/browser.ts';
import { readerQueries } from './search-queries.ts';

const origin = inject('origin');
const browser = chromiumForFile();

async function open(
	path: string,
	options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
	const context = await browser().newContext({
		colorScheme: options.colorScheme ?? 'light',
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: 1280, height: 900 },
	});
	const page = await context.newPage();
	await page.goto(`${origin}${path}`);
	return page;
}

/** Waits until the page shows the results of the search in its address. */
async function settled(page: Page): Promise<void> {
	await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
}

/** The permalinks of the results shown, without the highlight parameters Pagefind adds. */
async function resultPermalinks(page: Page): Promise<string[]> {
	await settled(page);
	const hrefs = await page
		.locator('#search-results li h2 a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	return hrefs.map((href) => {
		const url = new URL(href, 'http://site');
		return `${url.pathname}${url.hash}`;
	});
}

/** Opens the closed "Filter results" control and waits for its facets. */
async function openFacets(page: Page): Promise<void> {
	await page.locator('#search-facets > summary').click();
	await page.locator('#search-filters[aria-busy="false"]').waitFor({ state: 'attached' });
}

async function resultCount(page: Page): Promise<number> {
	await settled(page);
	const status = (await page.locator('#search-status').textContent()) ?? '';
	const count = /^(\d+) results?/.exec(status)?.[1];
	return count === undefined ? 0 : Number(count);
}

describe('the Santo Domingo Pact', () => {
	it('is found first at op 7 of A/RES/64/179, and following the result lands on op 7 with the words marked', async () => {
		const page = await open(searchPath('Santo Domingo Pact'));
		expect((await resultPermalinks(page))[0]).toBe('/A/RES/64/179/#op7');
		const first = page.locator('#search-results li').first();
		expect(await first.locator('h2').textContent()).toBe('A/RES/64/179, para. 7');
		expect(await first.locator('.search-result-excerpt mark').allTextContents()).toEqual([
			'Santo',
			'Domingo',
			'Pact',
		]);
		await first.locator('a').click();
		await page.waitForURL(/#op7$/);
		expect(new URL(page.url()).pathname).toBe(documentPath('A/RES/64/179'));
		const paragraph = page.locator('#op7');
		await expect
			.poll(() => paragraph.locator('mark.search-term').allTextContents())
			.toEqual(['Santo', 'Domingo', 'Pact']);
		const box = await paragraph.boundingBox();
		expect(box?.y).toBeGreaterThanOrEqual(0);
		expect(box?.y).toBeLessThan(900);
		await page.context().close();
	});
});

describe('readers’ questions', () => {
	it('has at least twenty', () => {
		expect(readerQueries.length).toBeGreaterThanOrEqual(20);
	});

	it('each find the paragraphs that answer them among the first three results', async () => {
		const page = await open(searchPath());
		const misses: string[] = [];
		for (const { query, answers } of readerQueries) {
			await page.goto(`${origin}${searchPath(query)}`);
			const topThree = (await resultPermalinks(page)).slice(0, 3);
			for (const answer of answers) {
				if (!topThree.includes(answer))
					misses.push(`${query}: ${answer} not in [${topThree.join(', ')}]`);
			}
		}
		expect(misses).toEqual([]);
		await page.context().close();
		// About a second a question, and there are more than sixty seconds of them.
	}, 180_000);
});

describe('landing on a paragraph', () => {
	it('marks the words Pagefind matched on their stems ("combating" finds "combat")', async () => {
		const page = await open(searchPath('combating kidnapping'));
		await page.locator('#search-results li a').first().click();
		await page.waitForURL(/#op9$/);
		await expect
			.poll(() => page.locator('#op9 mark.search-term').allTextContents())
			.toEqual(['combat', 'kidnapping']);
		await page.context().close();
	});

	it('marks only the paragraph’s own words, not those of the items of its list', async () => {
		const page = await open('/A/67/97/?highlight=cybercrime&highlight=workshops#para10');
		await expect
			.poll(() => page.locator('#para10 mark.search-term').allTextContents())
			.toEqual(['workshops']);
		expect(await page.locator('#para10-c mark.search-term').count()).toBe(0);
		await page.context().close();
	});
});

describe('many results', () => {
	it('come twenty at a time, and the keyboard moves on to the first of the next twenty', async () => {
		const page = await open(searchPath('crime'));
		const total = await resultCount(page);
		expect(total).toBeGreaterThan(40);
		expect(await page.locator('#search-results li').count()).toBe(20);
		await page.locator('#search-more').click();
		await expect.poll(() => page.locator('#search-results li').count()).toBe(40);
		expect(
			await page.evaluate(() =>
				document.activeElement?.closest('li')?.matches('#search-results li:nth-child(21)'),
			),
		).toBe(true);
		await page.context().close();
	});
});

describe('filters', () => {
	it('narrow the results, go into the address, and Back undoes them', async () => {
		const page = await open(searchPath('Congress'));
		const all = await resultCount(page);
		await openFacets(page);
		await page.locator('#facet-congress summary').click();
		await page.getByLabel(/Thirteenth Congress/).check();
		await expect.poll(() => page.url()).toMatch(/congress=Thirteenth\+Congress/);
		const narrowed = await resultCount(page);
		expect(narrowed).toBeGreaterThan(0);
		expect(narrowed).toBeLessThan(all);
		expect(await resultPermalinks(page)).toContain('/A/RES/65/230/#op16');
		await page.goBack();
		await expect.poll(() => page.url()).not.toMatch(/congress=/);
		expect(await resultCount(page)).toBe(all);
		expect(await page.getByLabel(/Thirteenth Congress/).isChecked()).toBe(false);
		await page.context().close();
	});

	it('read from a shared address give the same results', async () => {
		const page = await open(
			`${searchPath('Requests')}&document=A%2FRES%2F64%2F180&part=operative+part`,
		);
		const permalinks = await resultPermalinks(page);
		expect(permalinks.length).toBeGreaterThan(0);
		for (const permalink of permalinks) expect(permalink).toMatch(/^\/A\/RES\/64\/180\/#op\d+$/);
		expect(await page.getByLabel(/A\/RES\/64\/180/).isChecked()).toBe(true);
		await page.context().close();
	});

	it('list paragraphs by lead phrase with no words typed', async () => {
		const page = await open(`${searchPath()}?lead=Urges`);
		const permalinks = await resultPermalinks(page);
		expect(permalinks).toContain('/A/RES/64/179/#op8');
		expect(
			await page.locator('#search-results li .search-result-excerpt').first().textContent(),
		).toMatch(/^Urges /);
		await page.context().close();
	});
});

describe('the facets', () => {
	it('are not fetched by a first search, and opening them fetches them and counts the search', async () => {
		const page = await open(searchPath());
		const filterChunks: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/pagefind/filter/'))
				filterChunks.push(request.url());
		});
		await page.goto(`${origin}${searchPath('trafficking')}`);
		const total = await resultCount(page);
		expect(total).toBeGreaterThan(0);
		expect(filterChunks).toEqual([]);
		await openFacets(page);
		expect(filterChunks.length).toBeGreaterThan(0);
		// Every paragraph is in one document, so the Document facet's counts add up to the results.
		const documentCounts = await page
			.locator('#facet-document .search-filter-count')
			.allTextContents();
		const counted = documentCounts.map((count) =>
			Number(/^\((\d+)\)$/.exec(count)?.[1] ?? Number.NaN),
		);
		expect(counted.reduce((sum, count) => sum + count, 0)).toBe(total);
		await page.context().close();
	});

	it('are opened and loaded by an address that chooses a filter', async () => {
		const page = await open(`${searchPath('Congress')}&congress=Thirteenth+Congress`);
		await settled(page);
		expect(await page.locator('#search-facets').getAttribute('open')).not.toBeNull();
		expect(await page.getByLabel(/Thirteenth Congress/).isChecked()).toBe(true);
		await page.context().close();
	});

	it('are not offered without JavaScript', async () => {
		const page = await open(searchPath('cybercrime'), { javaScriptEnabled: false });
		expect(await page.locator('#search-facets').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('the order of results', () => {
	// The Twelfth Congress in Salvador: A/RES/64/180 (18 December 2009), A/RES/65/230 (21 December 2010)
	// and A/67/97 (2012) name both.
	const symbolsOf = (permalinks: string[]): string[] => [
		...new Set(permalinks.map((permalink) => permalink.replace(/\/#.*$/, ''))),
	];

	it('can be by date, newest document first', async () => {
		const page = await open(`${searchPath('Twelfth Congress Salvador')}&order=newest`);
		expect(symbolsOf(await resultPermalinks(page))).toEqual([
			'/A/67/97',
			'/A/RES/65/230',
			'/A/RES/64/180',
		]);
		await page.context().close();
	});

	it('can be by date, oldest document first', async () => {
		const page = await open(`${searchPath('Twelfth Congress Salvador')}&order=oldest`);
		expect(symbolsOf(await resultPermalinks(page))).toEqual([
			'/A/RES/64/180',
			'/A/RES/65/230',
			'/A/67/97',
		]);
		await page.context().close();
	});
});

describe('the address', () => {
	it('follows what is typed, so the search can be shared', async () => {
		const page = await open(searchPath());
		await settled(page);
		await page.locator('#search-q').fill('kidnapping');
		await expect.poll(() => page.url()).toMatch(/\/search\/\?q=kidnapping$/);
		expect((await resultPermalinks(page))[0]).toBe('/A/RES/64/179/#op9');
		await page.context().close();
	});

	it('brings back the search when Back returns from a result', async () => {
		const page = await open(searchPath('sea piracy'));
		await page.locator('#search-results li a').first().click();
		await page.waitForURL(/#op17$/);
		await page.goBack();
		expect((await resultPermalinks(page))[0]).toBe('/A/RES/64/179/#op17');
		expect(await page.locator('#search-q').inputValue()).toBe('sea piracy');
		await page.context().close();
	});
});

describe('the keyboard', () => {
	it('types a search, chooses a filter and follows a result without a pointer', async () => {
		const page = await open(searchPath());
		await settled(page);
		await page.locator('#search-q').focus();
		await page.keyboard.type('trafficking');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.url()).toMatch(/\?q=trafficking$/);
		const all = await resultCount(page);
		// Tab on to "Filter results" and open it, then on to the Document facet, open it, and tick its
		// first value, A/67/97.
		for (let step = 0; step < 20; step += 1) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.matches('#search-facets > summary')))
				break;
		}
		await page.keyboard.press('Enter');
		await page.locator('#search-filters[aria-busy="false"]').waitFor({ state: 'attached' });
		for (let step = 0; step < 20; step += 1) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.closest('#facet-document') !== null))
				break;
		}
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect.poll(() => page.url()).toMatch(/document=A%2F67%2F97/);
		const narrowed = await resultCount(page);
		expect(narrowed).toBeGreaterThan(0);
		expect(narrowed).toBeLessThan(all);
		// The results changed under the facet, and the keyboard is still where it was.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-document-A-67-97');
		await page.locator('#search-results li a').first().focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/highlight=trafficking/);
		await expect.poll(() => page.locator('mark.search-term').count()).toBeGreaterThan(0);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it('says that search needs it', async () => {
		const page = await open(searchPath('cybercrime'), { javaScriptEnabled: false });
		expect(await page.locator('.search-no-script').textContent()).toContain(
			'Search needs JavaScript',
		);
		await page.context().close();
	});
});

describe('the search box on every page', () => {
	it('leads to the search page with the words in the address', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page.locator('#site-search-q').fill('Qatar');
		await page.locator('#site-search-q').press('Enter');
		await page.waitForURL(/\/search\/\?q=Qatar$/);
		expect(await resultPermalinks(page)).toContain('/A/RES/65/230/#op16');
		await page.context().close();
	});
});

describe('accessibility', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`axe finds no violation on a search with results and an open facet (${colorScheme})`, async () => {
			const page = await open(searchPath('cybercrime'), { colorScheme });
			await settled(page);
			await openFacets(page);
			await page.locator('#facet-congress summary').click();
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		});

		it(`axe finds no violation on a paragraph landed on with its words marked (${colorScheme})`, async () => {
			const page = await open(
				'/A/RES/64/179/?highlight=santo&highlight=domingo&highlight=pact#op7',
				{ colorScheme },
			);
			await page.locator('#op7 mark.search-term').first().waitFor();
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		});
	}
});

/** The texts of the shown results' citations, excerpts and marks. */
async function shownResults(
	page: Page,
): Promise<{ citation: string; excerpt: string; marks: string[]; partial: string | null }[]> {
	await settled(page);
	return page.locator('#search-results li').evaluateAll((items) =>
		items.map((item) => ({
			citation: item.querySelector('h2')?.textContent ?? '',
			excerpt: item.querySelector('.search-result-excerpt')?.textContent ?? '',
			marks: [...item.querySelectorAll('.search-result-excerpt mark')].map(
				(mark) => mark.textContent ?? '',
			),
			partial: item.querySelector('.search-result-partial')?.textContent ?? null,
		})),
	);
}

async function statusOf(page: Page): Promise<string> {
	await settled(page);
	return (await page.locator('#search-status').textContent()) ?? '';
}

describe('what a paragraph is found by (issue 15)', () => {
	it('is its own words, not its document’s title: "criminal justice" finds only the paragraphs that say it', async () => {
		const page = await open(searchPath('criminal justice'));
		// About 105 of the 266 records say both words; the titles of four documents say them too.
		expect(await resultCount(page)).toBeLessThan(120);
		for (const { citation, excerpt } of await shownResults(page))
			expect(`${citation} ${excerpt}`, citation).toMatch(
				/criminal[\s\S]*justice|justice[\s\S]*criminal/i,
			);
		await page.context().close();
	});

	it('is not its document’s date: "18 December 2009" finds first the passages that say it', async () => {
		const page = await open(searchPath('18 December 2009'));
		const paragraphs = (await shownResults(page)).filter(({ citation }) => citation.includes(','));
		expect(paragraphs.length).toBeGreaterThan(0);
		for (const { excerpt } of paragraphs) expect(excerpt).toContain('18 December 2009');
		await page.context().close();
	});

	it('is never a shorter word Pagefind fell back on: "Doha" is in no text and finds nothing', async () => {
		const page = await open(searchPath('Doha'));
		expect(await statusOf(page)).toBe('No paragraph matches “Doha”.');
		expect(await page.locator('#search-results li').count()).toBe(0);
		await page.context().close();
	});
});

describe('marks (issue 15)', () => {
	it('on landing, are the searched words, not stopwords nor words that start like them', async () => {
		const page = await open(searchPath('victims of trafficking'));
		await page.locator('#search-results li a').first().click();
		await page.waitForURL(/#annex-op36$/);
		await expect
			.poll(() => page.locator('#annex-op36 mark.search-term').count())
			.toBeGreaterThan(0);
		for (const mark of await page.locator('#annex-op36 mark.search-term').allTextContents())
			expect(mark).toMatch(/^(victims?|trafficking)$/i);
		await page.context().close();
	});

	it('in excerpts, are whole words without their punctuation, and a cut excerpt says so with “…”', async () => {
		const page = await open(searchPath('trafficking'));
		const results = await shownResults(page);
		expect(results.length).toBeGreaterThan(10);
		for (const { citation, excerpt, marks } of results) {
			expect(marks.length, citation).toBeGreaterThan(0);
			for (const mark of marks) expect(mark).toMatch(/^trafficking$/i);
			// A passage begins with a capital, a quotation mark or its label; a cut one with "…".
			expect(excerpt, citation).toMatch(/^(…|[“"(\p{Lu}\p{N}])/u);
		}
		await page.context().close();
	});
});

describe('a question in a reader’s own words (issue 15)', () => {
	it('finds the closest matches, marked as such, when no paragraph has every word', async () => {
		const page = await open(
			searchPath('What does the Assembly say about prison overcrowding in Africa'),
		);
		expect(await statusOf(page)).toMatch(/^No paragraph has every word of .* closest matches/);
		const [first] = await shownResults(page);
		expect(first?.citation).toBe('A/RES/64/179, preambular para. 8');
		expect(first?.partial).toMatch(/^Closest match: has .*“prison”/);
		await page.context().close();
	});
});

describe('acronyms (issue 15)', () => {
	for (const [acronym, name] of [
		['UNODC', 'United Nations Office on Drugs and Crime'],
		['CCPCJ', 'Commission on Crime Prevention and Criminal Justice'],
		['UNTOC', 'United Nations Convention against Transnational Organized Crime'],
		['UNCAC', 'United Nations Convention against Corruption'],
	] as const) {
		it(`${acronym} finds the paragraphs that spell out ${name}, marked`, async () => {
			const page = await open(searchPath(acronym));
			const results = (await shownResults(page)).slice(0, 3);
			expect(results).toHaveLength(3);
			for (const { marks } of results) expect(marks).toContain(name);
			await page.context().close();
		});
	}
});

describe('the facets (issue 15)', () => {
	it('offer only the values this search’s results have, capitalised alike', async () => {
		const page = await open(searchPath('piracy'));
		await openFacets(page);
		await page.locator('#facet-lead summary').click();
		const counts = await page
			.locator('#search-filters .search-filter-count:visible')
			.allTextContents();
		expect(counts.length).toBeGreaterThan(0);
		expect(counts).not.toContain('(0)');
		const labels = await page.locator('#search-filters label:visible').allTextContents();
		for (const label of labels) expect(label).toMatch(/^[\p{Lu}\p{N}]/u);
		await page.context().close();
	});

	it('name no author as a body: a report is filed under the body it is issued to', async () => {
		const page = await open(searchPath('Congress'));
		await openFacets(page);
		const bodies = await page.locator('#facet-body label').allTextContents();
		expect(bodies.map((body) => body.replace(/ \(\d+\)$/, ''))).toEqual([
			'Economic and Social Council',
			'General Assembly',
		]);
		await page.context().close();
	});

	it('are named when a search with them finds nothing', async () => {
		const page = await open(`${searchPath('piracy')}&year=2012`);
		expect(await statusOf(page)).toBe('No paragraph matches “piracy” in Year: 2012.');
		await page.context().close();
	});
});

describe('the search boxes (issue 15)', () => {
	it('are one on the search page, in the tab order', async () => {
		const page = await open(searchPath('piracy'));
		await settled(page);
		expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
		await page.context().close();
	});

	it('are not offered without JavaScript, which would lose the words typed', async () => {
		const page = await open(documentPath('A/RES/64/179'), { javaScriptEnabled: false });
		expect(await page.locator('#site-search-q').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('a phrase in quotes (issue 15)', () => {
	it('finds the agreed words together and in order, marks them as one, and is explained', async () => {
		const page = await open(searchPath('strengthen international cooperation'));
		const loose = await resultCount(page);
		await page.goto(`${origin}${searchPath('"strengthen international cooperation"')}`);
		const exact = await resultCount(page);
		expect(exact).toBeGreaterThan(0);
		expect(exact).toBeLessThan(loose);
		for (const { citation, marks } of await shownResults(page))
			expect(marks, citation).toContainEqual(
				expect.stringMatching(/^strengthen\w* international cooperation$/i),
			);
		expect(await page.locator('#search-hint').textContent()).toMatch(/quotes/);
		await page.context().close();
	});
});
