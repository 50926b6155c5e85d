/**
 * The share pages the build writes from the template (scripts/share-pages.ts) are the pages Astro
 * renders from the SharePage component, byte for byte: the five seeds' site is built with Astro
 * rendering every share page as well as the template, and the stage writes its pages beside them,
 * on a thread of its own as the build writes them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicSiteFrom } from '../src/lib/public-address.ts';
import { shareTemplatePath } from '../src/lib/view/share-template.ts';
import { writeSharePagesInWorker, type SharePagesReport } from '../scripts/share-pages.ts';
import { buildEnvironment, filesUnder, testSiteUrl } from './support/site-files.ts';

const byAstro = 'test-results/share-pages-by-astro';
const fromTemplate = 'test-results/share-pages-from-template';

/** The HTML files of a directory that hold a share page's article. */
function sharePageFiles(directory: string): string[] {
	return filesUnder(directory).filter(
		(file) =>
			file.endsWith('index.html') &&
			readFileSync(join(directory, file), 'utf8').includes('<article class="share-page">'),
	);
}

let report: SharePagesReport = { documents: 0, pages: 0 };

beforeAll(async () => {
	for (const directory of [byAstro, fromTemplate])
		rmSync(directory, { recursive: true, force: true });
	execFileSync(process.execPath, ['scripts/astro-build.ts', byAstro], {
		stdio: 'pipe',
		env: { ...buildEnvironment(testSiteUrl), SHARE_PAGES: 'template-and-astro' },
	});
	report = await writeSharePagesInWorker(byAstro, 'content', publicSiteFrom(testSiteUrl), {
		outputDirectory: fromTemplate,
	});
});

describe('share pages written from the template', () => {
	it('are as many as Astro renders, one for each passage of the five seeds', () => {
		const astroPages = sharePageFiles(byAstro);
		expect(report.documents).toBe(5);
		expect(astroPages.length).toBeGreaterThan(200);
		expect(report.pages).toBe(astroPages.length);
		expect(sharePageFiles(fromTemplate)).toEqual(astroPages);
	});

	it('are byte for byte the pages Astro renders', () => {
		const differing = sharePageFiles(byAstro).filter(
			(file) =>
				readFileSync(join(byAstro, file), 'utf8') !==
				readFileSync(join(fromTemplate, file), 'utf8'),
		);
		expect(differing).toEqual([]);
	});

	it('leave no template behind in the site', () => {
		expect(existsSync(join(byAstro, shareTemplatePath))).toBe(false);
		expect(existsSync(join(byAstro, shareTemplatePath.split('/')[1] ?? ''))).toBe(false);
	});
});

describe("the share pages' thread", () => {
	it('stops the build with the error that stopped it, as an Error with its message', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'share-pages-'));
		try {
			const written = writeSharePagesInWorker(empty, 'content', null, {
				published: Promise.resolve([]),
			});
			await expect(written).rejects.toBeInstanceOf(Error);
			await expect(written).rejects.toThrow(
				`${join(empty, shareTemplatePath, 'index.html')}: the template share page Astro should have rendered`,
			);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});
