/**
 * `/references/` and the cited-by lines in a real browser: the filter box, the index, reading
 * without JavaScript, accessibility at phone, tablet and desktop widths, light and dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { documentPath, permalinkPath, referencesPath } from '../../src/lib/contract.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumForFile } from '../support/browser.ts';

const origin = inject('origin');
const browser = chromiumForFile();

async function open(
	path: string,
	options: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {},
): Promise<Page> {
	const context = await browser().newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: 900 },
		javaScriptEnabled: options.javaScript ?? true,
	});
	const page = await context.newPage();
	await page.goto(`${origin}${path}`);
	return page;
}

/** The ids of the cited works the page shows. */
function shownWorks(page: Page): Promise<string[]> {
	return page
		.locator('.cited-work')
		.evaluateAll((works) =>
			works.filter((work) => (work as HTMLElement).offsetParent !== null).map((work) => work.id),
		);
}

describe('the filter box of /references/', () => {
	it('keeps only the works whose name, symbol or title has every word typed, and says how many', async () => {
		const page = await open(referencesPath);
		const all = await shownWorks(page);
		await page.getByLabel('Filter the cited works').fill('convention corruption');
		await expect
			.poll(() => shownWorks(page))
			.toEqual(['united-nations-convention-against-corruption']);
		await expect
			.poll(() => page.locator('.references-filter-status').textContent())
			.toBe(`Showing 1 of ${all.length} cited works.`);
		// Only the section and the index entry of what is shown stay.
		expect(await page.locator('.references-section:visible').count()).toBe(1);
		expect(await page.locator('.references-index li:visible').count()).toBe(1);
		await page.getByLabel('Filter the cited works').fill('');
		await expect.poll(() => shownWorks(page)).toEqual(all);
		await page.context().close();
	});

	it('finds a resolution by its symbol written without spaces', async () => {
		const page = await open(referencesPath);
		await page.getByLabel('Filter the cited works').fill('57/270B');
		await expect.poll(() => shownWorks(page)).toEqual(['a-res-57-270b']);
		await page.context().close();
	});

	it('is absent without JavaScript, and every work is listed', async () => {
		const page = await open(referencesPath, { javaScript: false });
		expect(await page.locator('.references-filter').isVisible()).toBe(false);
		expect(await shownWorks(page)).toHaveLength(await page.locator('.references-index li').count());
		await page.context().close();
	});
});

describe('the index of /references/', () => {
	it('leads to the work it names, in view', async () => {
		const page = await open(referencesPath, { javaScript: false });
		await page.locator('.references-index a', { hasText: '60/177' }).click();
		await expect.poll(() => new URL(page.url()).hash).toBe('#a-res-60-177');
		expect(await page.locator('#a-res-60-177 h3').isVisible()).toBe(true);
		const top = await page
			.locator('#a-res-60-177')
			.evaluate((work) => work.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(900);
		await page.context().close();
	});
});

describe('a cited paragraph', () => {
	it('leads back to the paragraph of its own resolution that cites it', async () => {
		const page = await open(
			permalinkPath('A/RES/65/230', {
				kind: 'operative',
				part: { kind: 'annex', index: 1, count: 1 },
				number: 42,
			}),
		);
		await page.locator('#annex-op42 .cited-at a', { hasText: 'para. 9 (this resolution)' }).click();
		await expect
			.poll(() => page.url())
			.toBe(
				`${origin}${permalinkPath('A/RES/65/230', { kind: 'operative', part: { kind: 'resolution' }, number: 9 })}`,
			);
		await page.context().close();
	});

	it('keeps its cited-by line out of the words a search marks', async () => {
		// Operative paragraph 9 ("Requests the Commission …") is cited by paragraph 11: its line reads
		// "para. 11 (this resolution)".
		const page = await open(
			`${documentPath('A/RES/65/230')}?highlight=commission&highlight=resolution#op9`,
		);
		expect(await page.locator('#op9 .cited-at').textContent()).toContain('resolution');
		await expect
			.poll(() => page.locator('#op9 > .passage-text mark.search-term').count())
			.toBeGreaterThan(0);
		expect(await page.locator('#op9 .cited-at mark').count()).toBe(0);
		await page.context().close();
	});
});

describe('accessibility and layout', () => {
	// The document page is checked at 1280 px by reading.test.ts; its cited-by lines are new at a phone's width.
	const checks = [
		...[375, 1024, 1280].map((width) => ['references', referencesPath, width] as const),
		['document', documentPath('A/RES/65/230'), 375] as const,
	];
	for (const [name, path, width] of checks)
		for (const colorScheme of ['light', 'dark'] as const)
			it(`axe finds no violation on the ${name} page at ${width} px (${colorScheme}), which does not scroll sideways`, async () => {
				const page = await open(path, { width, colorScheme });
				expect(await axeViolations(page)).toEqual([]);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth,
				);
				expect(overflow).toBeLessThanOrEqual(0);
				await page.context().close();
			});

	it('axe finds no violation on /references/ with a filter applied', async () => {
		const page = await open(referencesPath, { width: 375 });
		await page.getByLabel('Filter the cited works').fill('Commission');
		await expect.poll(() => page.locator('.references-filter-status').textContent()).not.toBe('');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
