/**
 * A site built without SITE_URL, read in a browser: what a reader copies, reads on a share page or
 * prints carries the address the site is read at, and never a development server's.
 */
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	citationLine,
	documentJsonPath,
	documentPath,
	permalinkPath,
	sharePagePath,
} from '../../src/lib/contract.ts';
import { chromiumForFile } from '../support/browser.ts';
import { buildSite } from '../support/site-files.ts';
import { serveStatic } from '../support/static-server.ts';

const browser = chromiumForFile();
let server: Server | undefined;
let origin = '';

beforeAll(async () => {
	const site = 'test-results/e2e-site-without-address';
	buildSite(site, 'content', null);
	({ server, origin } = await serveStatic(site));
});

afterAll(async () => {
	await new Promise<void>((resolve) =>
		server === undefined ? resolve() : server.close(() => resolve()),
	);
});

async function open(path: string, javaScript = true): Promise<Page> {
	const context = await browser().newContext({ javaScriptEnabled: javaScript });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	const page = await context.newPage();
	await page.goto(`${origin}${path}`);
	return page;
}

const op7 = { kind: 'operative', part: { kind: 'resolution' }, number: 7 } as const;

describe('a site built without its public address', () => {
	it('copies the citation with the permalink on the address the site is read at', async () => {
		const page = await open(documentPath('A/RES/64/179'));
		await page.locator('#op7').hover();
		await page.locator('#op7 > .passage-tools summary').click();
		await page.locator('#op7 > .passage-tools .copy-citation').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(
			citationLine('A/RES/64/179, para. 7', `${origin}${permalinkPath('A/RES/64/179', op7)}`),
		);
		await page.context().close();
	});

	it('gives the share page’s citation on the address the site is read at', async () => {
		const page = await open(sharePagePath('A/RES/64/179', op7));
		expect(await page.locator('.share-cite-text').textContent()).toBe(
			citationLine('A/RES/64/179, para. 7', `${origin}${permalinkPath('A/RES/64/179', op7)}`),
		);
		await page.context().close();
	});

	it('without JavaScript, gives the share page’s citation with the site-relative permalink', async () => {
		const page = await open(sharePagePath('A/RES/64/179', op7), false);
		expect(await page.locator('.share-cite-text').textContent()).toBe(
			citationLine('A/RES/64/179, para. 7', permalinkPath('A/RES/64/179', op7)),
		);
		await page.context().close();
	});

	it('prints the site’s own links on the address the site is read at', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page.emulateMedia({ media: 'print' });
		const after = await page
			.locator('.document-links a[type="application/json"]')
			.evaluate((element) => getComputedStyle(element, '::after').content);
		expect(after).toBe(`" <${origin}${documentJsonPath('A/RES/65/230')}>"`);
		await page.context().close();
	});
});
