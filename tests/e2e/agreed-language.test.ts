/**
 * Agreed language in a real browser: the word difference opens without JavaScript, reads without
 * colour and to a screen reader; a paragraph's opening words are one click from a search that finds
 * where they were agreed; the addressee facet and the document page's filter; axe at three widths.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { changesPath, documentPath, permalinkPath } from '../../src/lib/contract.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumForFile } from '../support/browser.ts';

const origin = inject('origin');
const browser = chromiumForFile();

interface OpenOptions {
	colorScheme?: 'light' | 'dark';
	width?: number;
	javaScript?: boolean;
	touch?: boolean;
}

async function open(path: string, options: OpenOptions = {}): Promise<Page> {
	const context = await browser().newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: 900 },
		javaScriptEnabled: options.javaScript ?? true,
		hasTouch: options.touch ?? false,
		isMobile: options.touch ?? false,
	});
	const page = await context.newPage();
	await page.goto(`${origin}${path}`);
	return page;
}

/** Below the widest layout the list sits in the folded contents, which the reader opens first. */
async function openAddresseeList(page: Page): Promise<void> {
	const contents = page.locator('#document-contents-list');
	if (!(await contents.evaluate((element) => (element as HTMLDetailsElement).open)))
		await contents.locator(':scope > summary').click();
	await page.locator('#addressed-to > summary').click();
}

const op13 = { kind: 'operative', part: { kind: 'resolution' }, number: 13 } as const;
const pp1 = { kind: 'preambular', part: { kind: 'resolution' }, number: 1 } as const;

describe('the word difference', () => {
	it('opens without JavaScript and shows the words dropped struck through and those added underlined', async () => {
		const page = await open(permalinkPath('A/RES/64/180', op13), { javaScript: false });
		const diff = page.locator('#op13 .agreed-diff');
		expect(await diff.isVisible()).toBe(false);
		await page.locator('#op13 .agreed-compare > summary').click();
		expect(await diff.isVisible()).toBe(true);
		const decoration = (selector: string) =>
			diff
				.locator(selector)
				.first()
				.evaluate((element) => getComputedStyle(element).textDecorationLine);
		expect(await decoration('del')).toBe('line-through');
		expect(await decoration('ins')).toBe('underline');
		await page.context().close();
	});

	it('is read to a screen reader with each change introduced in words', async () => {
		const page = await open(permalinkPath('A/RES/64/180', op13));
		await page.locator('#op13 .agreed-compare > summary').click();
		const snapshot = await page.locator('#op13 .agreed-diff').ariaSnapshot();
		// Chromium gives <del> and <ins> their roles, and the words say what the roles may not.
		expect(snapshot).toMatch(/- deletion: "\[deleted: United Nations programmes ?\]"/);
		expect(snapshot).toMatch(/- insertion: "\[inserted: and programmes ?\]"/);
		await page.context().close();
	});

	it('leads from the line to the other paragraph, highlighted where it lands', async () => {
		const page = await open(documentPath('A/RES/64/180'));
		await page.locator('#op13 .agreed-history a').first().click();
		expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
			'/E/RES/2007/17/#draft-op9',
		);
		await page.context().close();
	});
});

describe('searching a paragraph’s opening words', () => {
	it('finds, from A/RES/65/230 pp 1, the draft paragraph of 2007 it repeats', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page.locator('#pp1 .passage-text').hover();
		await page.locator('#pp1 .agreed-search').click();
		await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
		const citations = await page.locator('#search-results li h2').allTextContents();
		expect(citations).toContain('A/RES/65/230, preambular para. 1');
		expect(citations).toContain('E/RES/2007/17, draft resolution, preambular para. 1');
		await page.context().close();
	});

	it('is hidden until the pointer is over the paragraph, as the paragraph’s tools are', async () => {
		const page = await open(documentPath('A/RES/64/180'));
		const link = page.locator('#op14 .agreed-search');
		const shown = () => link.evaluate((element) => getComputedStyle(element).opacity === '1');
		expect(await shown()).toBe(false);
		await page.locator('#op14 .passage-text').hover();
		expect(await shown()).toBe(true);
		await page.context().close();
	});

	it('stays in view on a touch screen, which has no hover', async () => {
		const page = await open(documentPath('A/RES/64/180'), { width: 375, touch: true });
		expect(await page.locator('#op14 .agreed-search').isVisible()).toBe(true);
		await page.context().close();
	});
});

describe('addressees', () => {
	it('are a search facet, named "Addressed to", that finds what the Secretary-General is asked', async () => {
		const page = await open('/search/?addressee=the+Secretary-General');
		await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
		expect(await page.locator('#facet-addressee summary').textContent()).toMatch(/^Addressed to/);
		expect(await page.getByLabel(/^The Secretary-General/).isChecked()).toBe(true);
		const citations = await page.locator('#search-results li h2').allTextContents();
		expect(citations).toContain('A/RES/64/180, para. 9');
		expect(citations).not.toContain('A/RES/64/180, para. 10');
		await page.context().close();
	});

	it('filter the document page to the paragraphs that ask one of them to act', async () => {
		const page = await open(documentPath('A/RES/64/180'));
		await page.locator('#addressed-to > summary').click();
		await page.locator('#addressee-filter').selectOption('the Secretary-General');
		expect(await page.locator('#op9').isVisible()).toBe(true);
		expect(await page.locator('#op10').isVisible()).toBe(false);
		expect(await page.locator('#pp1').isVisible()).toBe(false);
		expect(await page.locator('.addressee-status').textContent()).toBe(
			'Showing the 7 paragraphs addressed to the Secretary-General; the others are hidden.',
		);
		await page.locator('#addressee-filter').selectOption('');
		expect(await page.locator('#op10').isVisible()).toBe(true);
		await page.context().close();
	});

	it('are listed without JavaScript, where the filter is not offered', async () => {
		const page = await open(documentPath('A/RES/64/180'), { javaScript: false });
		await page.locator('#addressed-to > summary').click();
		expect(await page.locator('#addressee-filter').isVisible()).toBe(false);
		expect(await page.locator('.addressee-list li').first().textContent()).toMatch(
			/^the Secretary-General: para\. 7, /,
		);
		await page.context().close();
	});
});

describe('accessibility', () => {
	for (const width of [375, 1024, 1280])
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`axe finds no violation on a paragraph with its difference open (${width}, ${colorScheme})`, async () => {
				const page = await open(permalinkPath('A/RES/64/180', op13), { width, colorScheme });
				await page.locator('#op13 .agreed-compare > summary').click();
				await openAddresseeList(page);
				expect(await axeViolations(page)).toEqual([]);
				await page.context().close();
			});

			it(`axe finds no violation on the changes page (${width}, ${colorScheme})`, async () => {
				const page = await open(changesPath('A/RES/64/180'), { width, colorScheme });
				expect(await axeViolations(page)).toEqual([]);
				await page.context().close();
			});
		}

	it('axe finds no violation on a same-wording line arrived at (A/RES/65/230 pp 1)', async () => {
		const page = await open(permalinkPath('A/RES/65/230', pp1));
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
