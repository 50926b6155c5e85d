/**
 * Debian's Chromium driven by playwright-core: no browser download, flags for a headless CI box,
 * one browser for each test file.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Launches the machine's Chromium. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
}

/** Launches Chromium before the calling file's tests and closes it after them; call the result to reach it. */
export function chromiumForFile(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (browser === undefined)
			throw new Error('Chromium is reached before the tests have launched it');
		return browser;
	};
}
