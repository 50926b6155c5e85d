/**
 * Reading and citing in a real browser: permalinks, copy citation, footnotes, accessibility, layout.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
	aboutPath,
	anchorFor,
	citationWithPermalink,
	congressesPath,
	congressPath,
	documentJsonPath,
	documentPath,
	permalinkPath,
	referencesPath,
	sharePagePath,
} from '../../src/lib/contract.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumForFile } from '../support/browser.ts';
import { testSiteUrl } from '../support/site-files.ts';

const origin = inject('origin');
const browser = chromiumForFile();

interface OpenOptions {
	colorScheme?: 'light' | 'dark';
	width?: number;
	height?: number;
	javaScript?: boolean;
	touch?: boolean;
}

async function open(path: string, options: OpenOptions = {}): Promise<Page> {
	const context = await browser().newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		javaScriptEnabled: options.javaScript ?? true,
		hasTouch: options.touch ?? false,
		isMobile: options.touch ?? false,
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	const page = await context.newPage();
	await page.goto(`${origin}${path}`);
	return page;
}

const op7 = { kind: 'operative', part: { kind: 'resolution' }, number: 7 } as const;
const declarationOp42 = {
	kind: 'operative',
	part: { kind: 'annex', index: 1, count: 1 },
	number: 42,
} as const;

/** Whether an element is shown to sighted readers: laid out, not clipped to a pixel, not transparent. */
function isShown(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((element) => {
		const box = element.getBoundingClientRect();
		const style = getComputedStyle(element);
		return (
			box.width > 1 &&
			box.height > 1 &&
			style.clipPath === 'none' &&
			style.visibility !== 'hidden' &&
			Number(style.opacity) > 0
		);
	});
}

describe('a paragraph permalink', () => {
	it('shows the paragraph highlighted, in view', async () => {
		const page = await open(permalinkPath('A/RES/64/179', op7));
		const paragraph = page.locator('#op7');
		// The poll's default second is too short for a machine busy with other builds.
		await expect
			.poll(() => paragraph.evaluate((element) => getComputedStyle(element).backgroundColor), {
				timeout: 10_000,
			})
			.not.toBe('rgba(0, 0, 0, 0)');
		const box = await paragraph.boundingBox();
		expect(box?.y).toBeGreaterThanOrEqual(0);
		expect(box?.y).toBeLessThan(900);
		await page.context().close();
	});

	it('puts the paragraph below anything fixed or sticky at the top of the window', async () => {
		const page = await open(permalinkPath('A/RES/65/230', declarationOp42), { width: 375 });
		const top = await page
			.locator('#annex-op42')
			.evaluate((element) => element.getBoundingClientRect().top);
		const covering = await page.evaluate(() =>
			[...document.querySelectorAll('body *')]
				.filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position))
				.map((element) => element.getBoundingClientRect().bottom),
		);
		for (const bottom of covering) expect(top).toBeGreaterThanOrEqual(bottom);
		expect(top).toBeGreaterThan(0);
		await page.context().close();
	});

	it('shows its tools on the paragraph arrived at, and on no other', async () => {
		const page = await open(permalinkPath('A/RES/64/179', op7));
		expect(await isShown(page, '#op7 > .passage-tools')).toBe(true);
		expect(await isShown(page, '#op6 > .passage-tools')).toBe(false);
		await page.context().close();
	});
});

describe('a paragraph’s permalink control', () => {
	it('appears when the pointer is over the paragraph', async () => {
		const page = await open(documentPath('A/RES/64/179'));
		expect(await isShown(page, '#op6 > .passage-tools')).toBe(false);
		await page.locator('#op6 .passage-text').hover();
		expect(await isShown(page, '#op6 > .passage-tools')).toBe(true);
		await page.context().close();
	});

	it('is the printed number, which the keyboard reaches and which leads to the paragraph’s permalink', async () => {
		const page = await open(documentPath('A/RES/64/179'));
		const number = page.getByRole('link', { name: 'paragraph 6', exact: true });
		expect(await number.getAttribute('href')).toBe('#op6');
		await number.focus();
		expect(await isShown(page, '#op6 > .passage-tools')).toBe(true);
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#op6');
		await page.context().close();
	});

	it('stays in view on a touch screen, which has no hover', async () => {
		const page = await open(documentPath('A/RES/64/179'), { width: 375, touch: true });
		expect(await isShown(page, '#op6 > .passage-tools')).toBe(true);
		await page.context().close();
	});
});

describe('copy citation', () => {
	it('puts the contract citation and the public permalink on the clipboard, and says so', async () => {
		const page = await open(documentPath('A/RES/64/179'));
		await page.locator('#op7').hover();
		await page.locator('#op7 > .passage-tools summary').click();
		await page.locator('#op7 > .passage-tools .copy-citation').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(citationWithPermalink('A/RES/64/179', op7, testSiteUrl));
		expect(copied).toBe(`A/RES/64/179, para. 7 — ${testSiteUrl}/A/RES/64/179/#op7`);
		const status = page.locator('.copy-citation-status[role="status"][aria-live="polite"]');
		await expect.poll(() => status.textContent()).toBe(`Copied: ${copied}`);
		await page.context().close();
	});

	it('copies the full UN form when the reader chooses it, and remembers the choice on other pages', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page.getByLabel('the full UN form').check();
		await page.locator('#annex-op42').hover();
		await page.locator('#annex-op42 > .passage-tools summary').click();
		await page.locator('#annex-op42 > .passage-tools .copy-citation').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		// As the contract spells it (shared/CONTRACT.md, "Citations").
		expect(copied).toBe(
			`General Assembly resolution 65/230 of 21 December 2010, annex, para. 42 — ${testSiteUrl}/A/RES/65/230/#annex-op42`,
		);
		await page.goto(`${origin}${documentPath('A/RES/64/179')}`);
		expect(await page.getByLabel('the full UN form').isChecked()).toBe(true);
		await page.locator('#op7').hover();
		await page.locator('#op7 > .passage-tools summary').click();
		await page.locator('#op7 > .passage-tools .copy-citation').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`General Assembly resolution 64/179 of 18 December 2009, para. 7 — ${testSiteUrl}/A/RES/64/179/#op7`,
		);
		await page.context().close();
	});

	it('offers no choice of form without JavaScript, where nothing can be copied', async () => {
		const page = await open(documentPath('A/RES/65/230'), { javaScript: false });
		expect(await page.locator('fieldset.citation-form').isVisible()).toBe(false);
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

describe('a link to a paragraph', () => {
	it('from a cross-reference, leads to the paragraph it names, highlighted and in view', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page
			.locator('#op9 a.ref', { hasText: 'paragraph 42 of the Salvador Declaration' })
			.click();
		await expect.poll(() => new URL(page.url()).hash).toBe('#annex-op42');
		const paragraph = page.locator('#annex-op42');
		expect(await paragraph.locator('.passage-label').textContent()).toBe('42.');
		expect(await paragraph.evaluate((element) => element.matches(':target'))).toBe(true);
		const top = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(900);
		await page.context().close();
	});

	it('from a share page, leads to the right paragraph of the right document', async () => {
		const page = await open(sharePagePath('A/RES/65/230', declarationOp42));
		await page
			.getByRole('link', { name: 'Read A/RES/65/230, annex, para. 42 in the whole document' })
			.click();
		await page.waitForURL(`**${documentPath('A/RES/65/230')}#annex-op42`);
		expect(await page.locator('#annex-op42 .passage-label').textContent()).toBe('42.');
		expect(
			await page.locator('#annex-op42').evaluate((element) => element.matches(':target')),
		).toBe(true);
		await page.context().close();
	});
});

describe('a share page', () => {
	it('describes its card with the paragraph’s text and names the permalink as canonical', async () => {
		const page = await open(sharePagePath('A/RES/65/230', declarationOp42));
		const text =
			(await page.locator('.share-passage').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		const description = (await meta('meta[property="og:description"]')) ?? '';
		expect(description.length).toBeGreaterThan(100);
		expect(text).toContain(description.replace(/…$/, ''));
		expect(await meta('meta[name="twitter:description"]')).toBe(description);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
			new URL(permalinkPath('A/RES/65/230', declarationOp42), testSiteUrl).href,
		);
		await page.context().close();
	});
});

describe('a share page on a phone', () => {
	const shared = {
		'A/RES/64/180': { kind: 'operative', part: { kind: 'resolution' }, number: 5 },
		'A/RES/64/179': op7,
		'A/RES/65/230': declarationOp42,
		'E/RES/2007/17': { kind: 'operative', part: { kind: 'draft' }, number: 6 },
		'A/67/97': { kind: 'report', number: 9, items: ['3'] },
	} as const;

	for (const [symbol, address] of Object.entries(shared)) {
		it(`keeps the anchor of ${symbol}’s permalink on one line at 375 px`, async () => {
			const page = await open(sharePagePath(symbol, address), { width: 375 });
			const cite = page.locator('.share-cite-text');
			expect((await cite.textContent())?.endsWith(`#${anchorFor(address)}`)).toBe(true);
			const lines = await cite.evaluate((element) => {
				// The anchor's characters, from the last '#' to the end, wherever the markup splits them.
				const texts: Text[] = [];
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
					texts.push(node as Text);
				const last = texts.findLast((text) => text.data.includes('#'));
				const end = texts.at(-1);
				if (last === undefined || end === undefined) return -1;
				const range = document.createRange();
				range.setStart(last, last.data.lastIndexOf('#'));
				range.setEnd(end, end.data.length);
				return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
			});
			expect(lines).toBe(1);
			await page.context().close();
		});
	}
});

describe('reading without JavaScript', () => {
	it('shows the whole text and hides only the control that needs a script', async () => {
		const page = await open(documentPath('A/RES/64/179'), { javaScript: false });
		expect(await page.locator('#op7 .passage-text').textContent()).toContain('Santo Domingo');
		expect(await page.locator('button.copy-citation').first().isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('printing', () => {
	it('prints the document alone, its paragraph numbers and the absolute address of each link', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.document-contents').isVisible()).toBe(false);
		expect(await page.locator('#op5 > .passage-tools').isVisible()).toBe(false);
		expect(await page.locator('#op5 > .passage-number .passage-label').isVisible()).toBe(true);
		const after = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((element) => getComputedStyle(element, '::after').content);
		expect(await after('.document-links a[type="application/json"]')).toBe(
			`" <${testSiteUrl}${documentJsonPath('A/RES/65/230')}>"`,
		);
		expect(await after('.document-links a[rel="external"]')).toContain('https://undocs.org/');
		await page.context().close();
	});

	it('prints no address inside the legal text, and the references out of the site after it', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		expect(await page.locator('.printed-references').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'print' });
		const addressesInText = await page
			.locator('.document-text a')
			.evaluateAll((links) =>
				links
					.map((link) => getComputedStyle(link, '::after').content)
					.filter((c) => c.includes('<')),
			);
		expect(addressesInText).toEqual([]);
		const printed = page.locator('.printed-references');
		expect(await printed.isVisible()).toBe(true);
		expect(await printed.textContent()).toContain('A/RES/46/152: https://undocs.org/A/RES/46/152');
		expect(await printed.textContent()).not.toContain('A/RES/64/180');
		await page.context().close();
	});
});

describe('a reference', () => {
	it('takes the reader from A/RES/65/230 to the resolution it recalls, and back from its cited-by list', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page.locator('#pp5 a.ref', { hasText: 'resolution 64/180' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(documentPath('A/RES/64/180'));
		await page.locator('#cited-by a', { hasText: 'A/RES/65/230, preambular para. 5' }).click();
		await expect
			.poll(() => page.url())
			.toBe(
				`${origin}${permalinkPath('A/RES/65/230', { kind: 'preambular', part: { kind: 'resolution' }, number: 5 })}`,
			);
		await page.context().close();
	});
});

describe('the sitemap and the feed', () => {
	async function fetchText(path: string): Promise<string> {
		const response = await fetch(`${origin}${path}`);
		expect(response.status, path).toBe(200);
		return response.text();
	}

	const locations = (xml: string, pattern: RegExp): string[] =>
		[...xml.matchAll(pattern)].map((match) => match[1] ?? '');
	const seedSymbols = ['A/RES/64/180', 'A/RES/64/179', 'A/RES/65/230', 'E/RES/2007/17', 'A/67/97'];

	it('lists in the sitemap every document, each a page that names itself as canonical', async () => {
		const urls = locations(await fetchText('/sitemap.xml'), /<loc>([^<]+)<\/loc>/g);
		for (const symbol of seedSymbols)
			expect(urls).toContain(new URL(documentPath(symbol), testSiteUrl).href);
		for (const url of urls) {
			const html = await fetchText(new URL(url).pathname);
			expect(html, url).toContain(`<link rel="canonical" href="${url}">`);
		}
	});

	it('has an entry for every document, each linking to a page that exists', async () => {
		const feed = await fetchText('/feed.xml');
		const links = locations(
			feed,
			/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g,
		);
		for (const symbol of seedSymbols)
			expect(links).toContain(new URL(documentPath(symbol), testSiteUrl).href);
		for (const link of links) await fetchText(new URL(link).pathname);
	});
});

/** The top of an element in the window, in CSS pixels. */
function topOf(page: Page, selector: string): Promise<number> {
	return page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
}

/** Takes the keyboard's focus off whatever has it. */
async function blur(page: Page): Promise<void> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** How far the page scrolls sideways: 0 when it fits the window. */
function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('a footnote preview', () => {
	const widths = [375, 1024, 1280];
	for (const width of widths) {
		for (const javaScript of [true, false]) {
			it(`stays inside the window at ${width} px for every call of A/RES/65/230, on hover and on focus${javaScript ? '' : ', without JavaScript'}`, async () => {
				const page = await open(documentPath('A/RES/65/230'), { width, javaScript });
				const calls = await page.locator('.footnote-call > a').all();
				expect(calls.length).toBe(22);
				for (const reach of ['hover', 'focus'] as const) {
					for (const call of calls) {
						await page.mouse.move(0, 0);
						if (reach === 'hover') await call.hover();
						else await call.focus();
						const id = (await call.getAttribute('aria-describedby')) ?? '';
						const preview = page.locator(`[id="${id}"]`);
						await expect.poll(() => preview.isVisible()).toBe(true);
						const box = await preview.evaluate((element) => {
							const { left, right } = element.getBoundingClientRect();
							return { left, right };
						});
						expect(box.left, `${id} on ${reach}`).toBeGreaterThanOrEqual(0);
						expect(box.right, `${id} on ${reach}`).toBeLessThanOrEqual(width);
						expect(await sidewaysScroll(page), `${id} on ${reach}`).toBeLessThanOrEqual(0);
					}
					await blur(page);
				}
				await page.context().close();
			});
		}
	}
});

describe('hovering a paragraph', () => {
	for (const width of [375, 800, 1024, 1280]) {
		it(`shows its control and moves nothing at ${width} px`, async () => {
			const page = await open(documentPath('A/RES/65/230'), { width });
			for (const anchor of ['op3', 'pp4', 'annex-op12']) {
				await page.locator(`#${anchor}`).scrollIntoViewIfNeeded();
				await page.mouse.move(0, 0);
				const next = `#${anchor} + .passage`;
				const before = await topOf(page, next);
				await page.locator(`#${anchor} > .passage-text`).hover({ position: { x: 40, y: 10 } });
				expect(await isShown(page, `#${anchor} > .passage-tools`)).toBe(true);
				expect(await topOf(page, next), `${anchor} at ${width} px`).toBe(before);
			}
			await page.context().close();
		});
	}
});

describe('a long document on a phone', () => {
	const phone = { width: 375, height: 667, touch: true } as const;
	const declarationOp12 = { ...declarationOp42, number: 12 } as const;

	it('starts the resolution’s text on the first screen at 375 × 667', async () => {
		const page = await open(documentPath('A/RES/65/230'), phone);
		expect(await topOf(page, '#part-resolution .opening')).toBeLessThan(667);
		const firstLine = await page
			.locator('#pp1 .passage-text')
			.evaluate(
				(element) =>
					element.getBoundingClientRect().top + parseFloat(getComputedStyle(element).lineHeight),
			);
		expect(firstLine).toBeLessThan(667);
		await page.context().close();
	});

	it('gives each paragraph one quiet control in its margin, and no row of tools under its text', async () => {
		const page = await open(documentPath('A/RES/65/230'), phone);
		const passages = await page.locator('.part > .passage').all();
		expect(passages.length).toBe(88);
		expect(await page.locator('.share-link:visible, .copy-citation:visible').count()).toBe(0);
		for (const passage of passages) {
			const { tools, text } = await passage.evaluate((element) => {
				const box = (selector: string) =>
					element
						.querySelector(`:scope > ${selector}`)
						?.getBoundingClientRect()
						.toJSON() as DOMRect;
				return { tools: box('.passage-tools'), text: box('.passage-text') };
			});
			expect(tools.right).toBeLessThanOrEqual(text.left);
			expect(tools.height).toBeLessThanOrEqual(30);
		}
		await page.context().close();
	});

	for (const javaScript of [true, false]) {
		it(`opens a paragraph’s permalink and share page from that control, over the text${javaScript ? '' : ', without JavaScript'}`, async () => {
			const page = await open(permalinkPath('A/RES/65/230', declarationOp12), {
				...phone,
				javaScript,
			});
			const before = await topOf(page, '#annex-op13');
			await page.locator('#annex-op12 > .passage-tools summary').tap();
			const share = page.locator('#annex-op12 > .passage-tools .share-link');
			expect(await share.isVisible()).toBe(true);
			expect(await share.getAttribute('href')).toBe(sharePagePath('A/RES/65/230', declarationOp12));
			expect(
				await page.locator('#annex-op12 > .passage-tools .permalink').getAttribute('href'),
			).toBe('#annex-op12');
			expect(await page.locator('#annex-op12 > .passage-tools .copy-citation').isVisible()).toBe(
				javaScript,
			);
			expect(await topOf(page, '#annex-op13')).toBe(before);
			await page.context().close();
		});
	}

	it('names each paragraph’s number with its part, so the annex’s paragraph 12 is not the resolution’s', async () => {
		const page = await open(documentPath('A/RES/65/230'), phone);
		const annexTwelve = page.getByRole('link', { name: 'annex, paragraph 12', exact: true });
		expect(await annexTwelve.getAttribute('href')).toBe(`#${anchorFor(declarationOp12)}`);
		const twelve = page.getByRole('link', { name: 'paragraph 12', exact: true });
		expect(await twelve.getAttribute('href')).toBe('#op12');
		expect(await page.locator('#annex-op12 > .passage-tools summary').textContent()).toContain(
			'Share or cite annex, paragraph 12',
		);
		await page.context().close();
	});
});

describe('a paragraph’s share and cite menu', () => {
	it('is reached, opened, gone through and closed from the keyboard', async () => {
		const page = await open(documentPath('A/RES/65/230'), { width: 1024 });
		const summary = page.locator('#annex-op12 > .passage-tools summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		const focused = () => page.evaluate(() => document.activeElement?.className ?? '');
		for (const control of ['permalink', 'share-link', 'copy-citation']) {
			await page.keyboard.press('Tab');
			expect(await focused()).toContain(control);
		}
		await page.keyboard.press('Escape');
		expect(await page.locator('#annex-op12 > .passage-tools').getAttribute('open')).toBeNull();
		expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.context().close();
	});
});

describe('a paragraph’s share and cite menu, opened', () => {
	for (const width of [375, 800, 1024, 1280]) {
		it(`stays inside the window at ${width} px and moves nothing`, async () => {
			const page = await open(`${documentPath('A/67/97')}#para9`, { width });
			for (const anchor of ['para9', 'para9-3']) {
				const before = await topOf(page, '#para10');
				await page.locator(`#${anchor} > .passage-tools summary`).click();
				const menu = page.locator(`#${anchor} > .passage-tools .passage-tools-menu`);
				expect(await menu.isVisible()).toBe(true);
				const box = await menu.evaluate((element) => {
					const { left, right } = element.getBoundingClientRect();
					return { left, right };
				});
				expect(box.left, anchor).toBeGreaterThanOrEqual(0);
				expect(box.right, anchor).toBeLessThanOrEqual(width);
				expect(await sidewaysScroll(page), anchor).toBeLessThanOrEqual(0);
				expect(await topOf(page, '#para10'), anchor).toBe(before);
				await page.keyboard.press('Escape');
			}
			await page.context().close();
		});
	}
});

describe('finding one’s way in a long document', () => {
	it('keeps the contents beside the text as the reader scrolls, at 1280 px', async () => {
		const page = await open(permalinkPath('A/RES/65/230', { ...declarationOp42, number: 40 }));
		const contents = await page
			.locator('.document-contents')
			.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
		const text = await page
			.locator('#annex-op40 .passage-text')
			.evaluate((element) => element.getBoundingClientRect().left);
		expect(contents.top).toBeGreaterThanOrEqual(0);
		expect(contents.top).toBeLessThan(100);
		expect(contents.right).toBeLessThan(text);
		expect(await page.locator('.document-contents a[href="#part-annex"]').isVisible()).toBe(true);
		await page.context().close();
	});

	for (const width of [375, 1280]) {
		it(`goes to the paragraph a reader names, at ${width} px`, async () => {
			const page = await open(documentPath('A/RES/65/230'), { width });
			if (width < 1200) await page.locator('#document-contents-list > summary').click();
			await page
				.getByLabel('Part and kind of paragraph')
				.selectOption({ label: 'Annex, paragraph' });
			await page.getByLabel('Number, as cited').fill('42');
			await page.keyboard.press('Enter');
			await expect.poll(() => new URL(page.url()).hash).toBe(`#${anchorFor(declarationOp42)}`);
			const arrived = page.locator('#annex-op42');
			expect(await arrived.evaluate((element) => element.matches(':target'))).toBe(true);
			expect(await arrived.evaluate((element) => element.contains(document.activeElement))).toBe(
				true,
			);
			const top = await topOf(page, '#annex-op42');
			expect(top).toBeGreaterThan(0);
			expect(top).toBeLessThan(300);
			await page.context().close();
		});
	}

	it('says so when the part has no such paragraph, and stays where it is', async () => {
		const page = await open(documentPath('A/RES/65/230'));
		await page.getByLabel('Part and kind of paragraph').selectOption({ label: 'Annex, paragraph' });
		await page.getByLabel('Number, as cited').fill('99');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('.go-to [role="status"]').textContent())
			.toBe('There is no annex, paragraph 99: they run from 1 to 55.');
		expect(new URL(page.url()).hash).toBe('');
		await page.context().close();
	});

	it('without JavaScript, hides the box that could not work and shows the whole contents', async () => {
		const page = await open(documentPath('A/RES/65/230'), { width: 375, javaScript: false });
		expect(await page.locator('form.go-to').isVisible()).toBe(false);
		expect(await page.locator('.document-contents a[href="#part-annex"]').isVisible()).toBe(true);
		await page.context().close();
	});

	for (const width of [375, 1280]) {
		it(`shows the part the reader is in at the top of the window, at ${width} px`, async () => {
			const page = await open(documentPath('A/RES/65/230'), { width });
			const partAtTop = () =>
				page.evaluate(() => {
					const text = document.querySelector('.passage-text');
					const x = (text?.getBoundingClientRect().left ?? 0) + 4;
					return document.elementFromPoint(x, 4)?.closest('.part-running-head')?.textContent ?? '';
				});
			await page.locator('#annex-op30').scrollIntoViewIfNeeded();
			await page.evaluate(() => document.getElementById('annex-op30')?.scrollIntoView());
			expect((await partAtTop()).trim()).toBe('annex');
			await page.evaluate(() => document.getElementById('op10')?.scrollIntoView());
			expect((await partAtTop()).trim()).toBe('resolution');
			await page.context().close();
		});
	}
});

describe('accessibility', () => {
	const pages = {
		home: '/',
		document: documentPath('A/RES/65/230'),
		report: documentPath('A/67/97'),
		share: sharePagePath('A/RES/65/230', {
			kind: 'operative',
			part: { kind: 'annex', index: 1, count: 1 },
			number: 42,
		}),
		search: '/search/',
		'Twelfth Congress': congressPath('twelfth'),
		'Thirteenth Congress': congressPath('thirteenth'),
		congresses: congressesPath,
		references: referencesPath,
		about: aboutPath,
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

describe('accessibility of a long document at each width', () => {
	for (const width of [375, 768, 1024]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`axe finds no violation on A/RES/65/230 at ${width} px, its contents and a paragraph’s menu open (${colorScheme})`, async () => {
				const page = await open(documentPath('A/RES/65/230'), {
					width,
					colorScheme,
					touch: width < 768,
				});
				await page.locator('#document-contents-list > summary').click();
				await page.locator('#annex-op12 > .passage-tools summary').click();
				expect(await axeViolations(page)).toEqual([]);
				await page.context().close();
			});
		}
	}
});

describe('screenshots for review', () => {
	const shots = {
		'A-RES-65-230': documentPath('A/RES/65/230'),
		'A-RES-65-230-annex-op42-arrival': permalinkPath('A/RES/65/230', declarationOp42),
		'A-RES-65-230-annex-op42-share': sharePagePath('A/RES/65/230', declarationOp42),
		home: '/',
	};
	for (const [name, path] of Object.entries(shots)) {
		it(`writes ${name} at phone, tablet and desktop widths, light and dark, with no sideways scroll`, async () => {
			mkdirSync('test-results/screenshots', { recursive: true });
			for (const width of [375, 768, 1280]) {
				for (const colorScheme of ['light', 'dark'] as const) {
					const page = await open(path, { width, colorScheme });
					await page.screenshot({
						path: `test-results/screenshots/${name}-${width}-${colorScheme}.png`,
						fullPage: false,
					});
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - window.innerWidth,
					);
					expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
					await page.context().close();
				}
			}
		});
	}
});
