/**
 * A congress's timeline in a real browser: a year axis on wide screens and in print, a plain list
 * on a phone, and no sideways scrolling at any width.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { congressPath } from '../../src/lib/contract.ts';
import { chromiumForFile } from '../support/browser.ts';

const origin = inject('origin');
const browser = chromiumForFile();

async function open(
	width: number,
	colorScheme: 'light' | 'dark' = 'light',
	ordinal: 'twelfth' | 'thirteenth' = 'twelfth',
): Promise<Page> {
	const context = await browser().newContext({ colorScheme, viewport: { width, height: 900 } });
	const page = await context.newPage();
	await page.goto(`${origin}${congressPath(ordinal)}`);
	return page;
}

/**
 * What a reader sees of the Thirteenth Congress's date line: how wide its date shows (the span
 * around the <time>, which is clipped to nothing where the axis shows the year) and its note.
 */
function congressDateLine(page: Page): Promise<{ dateWidth: number; note: string }> {
	return page.$eval('ol.timeline > li[data-year="2015"]', (item) => {
		const date = item.querySelector('.timeline-when time')?.parentElement;
		const note = item.querySelector<HTMLElement>('.timeline-axis-note');
		return {
			dateWidth: date?.getBoundingClientRect().width ?? 0,
			note: note?.checkVisibility() === true ? note.innerText : '',
		};
	});
}

/** The year labels the axis draws, in order: the generated content of the events that open a year. */
function axisYears(page: Page): Promise<string[]> {
	return page.$$eval('ol.timeline > li', (items) =>
		items
			.map((item) => getComputedStyle(item, '::before').content)
			.filter((content) => content !== 'none' && content !== 'normal'),
	);
}

describe('the timeline', () => {
	it('draws a year axis on a wide screen, each year once, where its first event is', async () => {
		const page = await open(1280);
		const years = await axisYears(page);
		const expected = await page.$$eval('ol.timeline > li', (items) => [
			...new Set(
				items.map(
					(item) => item.querySelector('time')?.getAttribute('datetime')?.slice(0, 4) ?? '',
				),
			),
		]);
		expect(years.map((content) => content.replace(/^"(\d{4})".*$/, '$1'))).toEqual(expected);
		// Date, words and sources share the column right of the axis.
		const lefts = await page.$$eval('ol.timeline > li:first-child > *', (children) =>
			children.map((child) => child.getBoundingClientRect().left),
		);
		expect(new Set(lefts).size).toBe(1);
		await page.context().close();
	});

	it('is a plain list on a phone, with no axis and no sideways scrolling', async () => {
		const page = await open(375);
		expect(await axisYears(page)).toEqual([]);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.context().close();
	});

	it('keeps the year axis when printed, and never splits an event across pages', async () => {
		const page = await open(375);
		await page.emulateMedia({ media: 'print' });
		expect((await axisYears(page)).length).toBeGreaterThan(0);
		const breaks = await page.$eval(
			'ol.timeline > li',
			(item) => getComputedStyle(item).breakInside,
		);
		expect(breaks).toBe('avoid');
		await page.context().close();
	});

	it('writes a year-only date once on the axis: the year beside the axis, "Year only" beside the event', async () => {
		const page = await open(1280, 'light', 'thirteenth');
		expect(await axisYears(page)).toContain('"2015" / ""');
		const line = await congressDateLine(page);
		expect(line.dateWidth).toBeLessThanOrEqual(1);
		expect(line.note).toBe('Year only');
		await page.context().close();
	});

	it('shows the year itself on a phone, where no axis shows it', async () => {
		const page = await open(375, 'light', 'thirteenth');
		const line = await congressDateLine(page);
		expect(line.dateWidth).toBeGreaterThan(1);
		expect(line.note).toBe('');
		await page.context().close();
	});

	it('lists the background after the timeline, as a plain list with no year axis', async () => {
		const page = await open(1280);
		const below = await page.$eval('ol.timeline', (timeline) => {
			const background = document.querySelector('ol.timeline-background');
			return (
				background !== null &&
				(timeline.compareDocumentPosition(background) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
			);
		});
		expect(below).toBe(true);
		const axis = await page.$$eval('ol.timeline-background > li', (items) =>
			items.map((item) => getComputedStyle(item, '::before').content),
		);
		expect(axis.length).toBeGreaterThan(0);
		expect(axis.filter((content) => content !== 'none' && content !== 'normal')).toEqual([]);
		await page.context().close();
	});

	it('writes screenshots for review at phone and desktop widths, light and dark', async () => {
		mkdirSync('test-results/screenshots', { recursive: true });
		for (const width of [375, 1280]) {
			for (const colorScheme of ['light', 'dark'] as const) {
				const page = await open(width, colorScheme);
				await page.locator('#timeline').scrollIntoViewIfNeeded();
				await page.screenshot({
					path: `test-results/screenshots/congress-twelfth-${width}-${colorScheme}.png`,
				});
				await page.screenshot({
					path: `test-results/screenshots/congress-twelfth-${width}-${colorScheme}-full.png`,
					fullPage: true,
				});
				await page.context().close();
			}
		}
	});
});
