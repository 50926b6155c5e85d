/**
 * Reading and citing in a real browser: permalinks, copy citation, footnotes, accessibility, layout.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { citationWithPermalink, congressesPath, congressPath, documentPath, permalinkPath, referencesPath, sharePagePath } from '../../src/lib/contract.ts';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { testSiteUrl } from '../support/site-files.ts';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});

afterAll(async () => {
	await browser.close();
});

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
	const context = await browser.newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: 900 },
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	const page = await context.newPage();
	await page.goto(`${origin}${path}`);
	return page;
}

const op7 = { kind: 'operative', part: { kind: 'resolution' }, number: 7 } as const;

describe('a paragraph permalink', () => {
	it('shows the paragraph highlighted, in view', async () => {
		const page = await open(permalinkPath('A/RES/64/179', op7));
		const paragraph = page.locator('#op7');
		await expect.poll(() => paragraph.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		const box = await paragraph.boundingBox();
		expect(box?.y).toBeGreaterThanOrEqual(0);
		expect(box?.y).toBeLessThan(900);
		await page.context().close();
	});
});

describe('copy citation', () => {
	it('puts the contract citation and the public permalink on the clipboard, and says so', async () => {
		const page = await open(documentPath('A/RES/64/179'));
		await page.locator('#op7').hover();
		await page.locator('#op7 > .passage-tools .copy-citation').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(citationWithPermalink('A/RES/64/179', op7, testSiteUrl));
		expect(copied).toBe(`A/RES/64/179, para. 7 — ${testSiteUrl}/A/RES/64/179/#op7`);
		await expect.poll(() => page.locator('[role="status"]').textContent()).toContain('Copied');
		await page.context().close();
	});
});

describe('a footnote call', () => {
	it('leads to its footnote, and the footnote leads back to the call', async () => {
		const page = await open(documentPath('A/RES/64/180'));
		await page.locator('#fnref1').click();
		expect(new URL(page.url()).hash).toBe('#fn1');
		await page.locator('#fn1 a.footnote-backref').first().click();
		expect(new URL(page.url()).hash).toBe('#fnref1');
		await page.context().close();
	});

	it('shows the footnote text on hover, and hides it again', async () => {
		const page = await open(documentPath('A/RES/64/180'));
		expect(await page.locator('#fnref1-preview').isVisible()).toBe(false);
		await page.locator('#fnref1').hover();
		await expect.poll(() => page.locator('#fnref1-preview').isVisible()).toBe(true);
		await page.mouse.move(0, 0);
		await expect.poll(() => page.locator('#fnref1-preview').isVisible()).toBe(false);
		await page.context().close();
	});

	it('shows the footnote text on keyboard focus without leaving the paragraph', async () => {
		const page = await open(documentPath('A/RES/64/180'));
		await page.locator('#fnref1').focus();
		await expect.poll(() => page.locator('#fnref1-preview').isVisible()).toBe(true);
		expect(new URL(page.url()).hash).toBe('');
		await page.context().close();
	});
});

describe('a reference', () => {
	it('takes the reader from A/RES/65/230 to the resolution it recalls, and back from its cited-by list', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page.locator('#pp5 a.ref', { hasText: 'resolution 64/180' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(documentPath('A/RES/64/180'));
		await page.locator('#cited-by a', { hasText: 'A/RES/65/230, preambular para. 5' }).click();
		await expect.poll(() => page.url()).toBe(`${origin}${permalinkPath('A/RES/65/230', { kind: 'preambular', part: { kind: 'resolution' }, number: 5 })}`);
		await page.context().close();
	});
});

describe('accessibility', () => {
	const pages = {
		home: '/',
		document: documentPath('A/RES/65/230'),
		report: documentPath('A/67/97'),
		share: sharePagePath('A/RES/65/230', { kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, number: 42 }),
		search: '/search/',
		'Twelfth Congress': congressPath('twelfth'),
		'Thirteenth Congress': congressPath('thirteenth'),
		congresses: congressesPath,
		references: referencesPath,
		'not found': '/no/such/page/',
	};
	for (const [kind, path] of Object.entries(pages)) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`axe finds no violation on the ${kind} page (${colorScheme})`, async () => {
				const page = await open(path, { colorScheme });
				expect(await axeViolations(page)).toEqual([]);
				await page.context().close();
			});
		}
	}
});

describe('screenshots for review', () => {
	it('writes the document page at phone, tablet and desktop widths, light and dark', async () => {
		mkdirSync('test-results/screenshots', { recursive: true });
		for (const width of [375, 768, 1280]) {
			for (const colorScheme of ['light', 'dark'] as const) {
				const page = await open(documentPath('A/RES/65/230'), { width, colorScheme });
				const path = `test-results/screenshots/A-RES-65-230-${width}-${colorScheme}.png`;
				await page.screenshot({ path, fullPage: false });
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
				await page.context().close();
			}
		}
	});
});
