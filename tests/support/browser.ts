/**
 * Debian's Chromium driven by playwright-core: no browser download, flags for a headless CI box.
 */
import { chromium, type Browser } from 'playwright-core';

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
