/**
 * A build without SITE_URL (the README's `npm run build` as it stands): it says so loudly, and prints
 * no host anywhere, least of all a development server's, into what readers copy, share or print.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationLine, permalinkPath, sharePagePath } from '../src/lib/contract.ts';
import {
	buildEnvironment,
	builtPages,
	fileForPath,
	filesUnder,
	type BuiltPage,
} from './support/site-files.ts';

const site = 'test-results/site-without-address';
let output = '';
let pages: BuiltPage[] = [];
const op5 = { kind: 'operative', part: { kind: 'resolution' }, number: 5 } as const;

beforeAll(() => {
	const built = spawnSync(process.execPath, ['scripts/build.ts', site], {
		encoding: 'utf8',
		env: buildEnvironment(null),
	});
	output = `${built.stdout}\n${built.stderr}`;
	expect(built.status, output).toBe(0);
	pages = builtPages(site);
});

function page(path: string): BuiltPage {
	const found = pages.find((candidate) => candidate.path === path);
	if (found === undefined) throw new Error(`no page at ${path}`);
	return found;
}

describe('a build without SITE_URL', () => {
	it('warns that it has no public address and says how to give one', () => {
		expect(output).toContain('SITE_URL is not set');
		expect(output).toContain('SITE_URL=https://example.org npm run build');
	});

	it('prints no development host into any page, stylesheet, script or data file', () => {
		const withHost = filesUnder(site)
			.filter((file) => /\.(html|css|js|json|xml|txt)$/.test(file) && !file.startsWith('pagefind/'))
			.filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(join(site, file), 'utf8')));
		expect(withHost).toEqual([]);
	});

	it('names each page canonical by its site-relative address, and gives no og:url', () => {
		const document = page('/A/RES/64/180/').root;
		expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			'/A/RES/64/180/',
		);
		expect(document.querySelector('meta[property="og:url"]')).toBeNull();
	});

	it('writes no sitemap and no feed, whose addresses must be absolute, and links to neither', () => {
		expect(fileForPath(site, '/sitemap.xml')).toBeNull();
		expect(fileForPath(site, '/feed.xml')).toBeNull();
		const linking = pages.filter((built) =>
			built.root
				.querySelectorAll('a[href], link[href]')
				.some((link) => ['/feed.xml', '/sitemap.xml'].includes(link.getAttribute('href') ?? '')),
		);
		expect(linking.map((built) => built.path)).toEqual([]);
	});

	it('shows the share page’s citation with the site-relative permalink for readers without JavaScript', () => {
		const cite = page(sharePagePath('A/RES/64/180', op5)).root.querySelector('.share-cite-text');
		expect(cite?.text).toBe(
			citationLine('A/RES/64/180, para. 5', permalinkPath('A/RES/64/180', op5)),
		);
	});
});
