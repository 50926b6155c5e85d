/**
 * The built site: every document at its contract address, a home page that links them all, a search
 * index, and no internal link or anchor that leads nowhere.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadFromString } from 'html-metadata';
import {
	aboutPath,
	citationRecordPath,
	aknXmlPath,
	citationWithPermalink,
	documentJsonPath,
	documentPath,
	footnoteCallAnchor,
	publicUrl,
	sharePagePath,
} from '../src/lib/contract.ts';
import { contentSlugOf } from '../src/lib/emit/convert.ts';
import { shareTemplatePath, shareTemplatePlaceholders } from '../src/lib/view/share-template.ts';
import { aknSchemaErrors } from './support/akn-schema.ts';
import { siteBuiltBeforeAll } from './support/built-site.ts';
import { formatIsoDate } from '../src/lib/words/dates.ts';
import { fileForPath, filesUnder, testSiteUrl } from './support/site-files.ts';
import { elementsWhere, readXml } from './support/xml-reader.ts';

const site = 'test-results/site';
const { pages, page } = siteBuiltBeforeAll(site);

const symbolsInContent = filesUnder('content')
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => String(matter(readFileSync(join('content', file), 'utf8')).data.symbol));

describe('document pages', () => {
	it('puts the five seeds at the addresses the contract gives them', () => {
		for (const path of [
			'/A/RES/64/180/',
			'/A/RES/64/179/',
			'/A/RES/65/230/',
			'/E/RES/2007/17/',
			'/A/67/97/',
		]) {
			expect(fileForPath(site, path), path).not.toBeNull();
		}
	});

	it('gives every converted document a page whose heading is its title', () => {
		for (const symbol of symbolsInContent) {
			const data = matter(
				readFileSync(join('content', `${contentSlugOf(symbol)}.mdx`), 'utf8'),
			).data;
			expect(page(documentPath(symbol)).root.querySelector('h1')?.text).toBe(data.title);
		}
	});

	it('serves each document model as JSON at /{symbol}/document.json', () => {
		for (const symbol of symbolsInContent) {
			const file = fileForPath(site, documentJsonPath(symbol));
			expect(file, symbol).not.toBeNull();
			const json = JSON.parse(readFileSync(join(site, file ?? ''), 'utf8')) as {
				meta: { symbol: string };
			};
			expect(json.meta.symbol).toBe(symbol);
		}
	});

	it('serves each document in Akoma Ntoso at /{symbol}/akn.xml, valid against the schema', async () => {
		const files = symbolsInContent.map((symbol) => {
			const file = fileForPath(site, aknXmlPath(symbol));
			expect(file, symbol).not.toBeNull();
			return { fileName: file ?? symbol, contents: readFileSync(join(site, file ?? ''), 'utf8') };
		});
		expect(await aknSchemaErrors(files)).toEqual([]);
	});

	it('links its Akoma Ntoso from each page, and gives it the page’s links, made absolute', () => {
		for (const symbol of symbolsInContent) {
			const documentPage = page(documentPath(symbol)).root;
			expect(
				documentPage
					.querySelector('link[rel="alternate"][type="application/akn+xml"]')
					?.getAttribute('href'),
			).toBe(aknXmlPath(symbol));
			expect(
				documentPage.querySelector(`.document-links a[href="${aknXmlPath(symbol)}"]`),
			).not.toBe(null);
			const pageLinks = documentPage
				.querySelectorAll('.document-text a.ref')
				.map((link) => publicUrl(link.getAttribute('href') ?? '', testSiteUrl));
			const akn = readXml(
				readFileSync(join(site, fileForPath(site, aknXmlPath(symbol)) ?? ''), 'utf8'),
			);
			const aknLinks = elementsWhere(akn, (element) => ['ref', 'a'].includes(element.name)).map(
				(link) => link.attributes['href'] ?? '',
			);
			expect(aknLinks.sort(), symbol).toEqual(pageLinks.sort());
		}
	});

	it('link the web addresses the texts print and set publication titles in italics', () => {
		const seedOf = (symbol: string) =>
			readFileSync(join('content', `${contentSlugOf(symbol)}.mdx`), 'utf8').match(
				/seed: (\S+)/,
			)?.[1] ?? '';
		for (const symbol of symbolsInContent) {
			const seedText = readFileSync(seedOf(symbol), 'utf8').replace(/-\n\s*/g, '-');
			const addresses = seedText.match(/www\.[^\s]*[^\s.,;)]/g) ?? [];
			const documentPage = page(documentPath(symbol)).root;
			const linked = documentPage
				.querySelectorAll('.document-text a[href^="https://www."]')
				.map((link) => [link.text, link.getAttribute('href')]);
			expect(linked, symbol).toEqual(addresses.map((address) => [address, `https://${address}`]));
			const treatySeries = seedText.match(/United Nations, Treaty Series/g)?.length ?? 0;
			const italic = documentPage
				.querySelectorAll('.document-text em')
				.filter((em) => em.text === 'United Nations, Treaty Series').length;
			expect(italic, symbol).toBe(treatySeries);
		}
		expect(
			page('/A/RES/64/179/').root.querySelectorAll('.document-text a[href^="https://www."]').length,
		).toBeGreaterThan(0);
	});
});

describe('reference managers', () => {
	const frontMatterOf = (symbol: string) =>
		matter(readFileSync(join('content', `${contentSlugOf(symbol)}.mdx`), 'utf8')).data as {
			title: string;
			body: string;
			date: string;
		};

	it("read each page's citation tags, with a real parser of them, to its title, author, date and number", async () => {
		for (const symbol of symbolsInContent) {
			const html = readFileSync(join(site, fileForPath(site, documentPath(symbol)) ?? ''), 'utf8');
			const tags = (await loadFromString(html)).highwirePress ?? {};
			const meta = frontMatterOf(symbol);
			expect(tags['title'], symbol).toBe(meta.title);
			expect(tags['author'], symbol).toBe(meta.body);
			expect(tags['publication_date'], symbol).toBe(meta.date.replaceAll('-', '/'));
			expect(tags['technical_report_number'], symbol).toBe(symbol);
		}
	});

	it('offer RIS, BibLaTeX and CSL-JSON records that read back to the document', () => {
		for (const symbol of symbolsInContent) {
			const meta = frontMatterOf(symbol);
			for (const format of ['ris', 'bib', 'json'] as const) {
				const path = citationRecordPath(symbol, format);
				const record = readFileSync(join(site, fileForPath(site, path) ?? ''), 'utf8');
				const [item] = new Cite(record).data;
				const author = (item?.['author'] as { literal?: string; family?: string }[])[0];
				expect(item?.['title'], path).toBe(meta.title);
				expect(author?.literal ?? author?.family, path).toBe(meta.body);
				expect(item?.['number'], path).toBe(symbol);
				expect(item?.['issued'], path).toEqual({
					'date-parts': [meta.date.split('-').map(Number)],
				});
			}
			const links = page(documentPath(symbol))
				.root.querySelectorAll('a[href*="/citation."]')
				.map((link) => link.getAttribute('href'));
			expect(links, symbol).toEqual(
				(['ris', 'bib', 'json'] as const).map((format) => citationRecordPath(symbol, format)),
			);
		}
	});

	it('link the official record in the six official languages', () => {
		for (const symbol of symbolsInContent) {
			const links = page(documentPath(symbol))
				.root.querySelectorAll('a[hreflang]')
				.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
			expect(links, symbol).toEqual(
				['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((language) => [
					language,
					`https://undocs.org/${language}/${symbol}`,
				]),
			);
		}
	});
});

describe('share pages', () => {
	const op5 = { kind: 'operative', part: { kind: 'resolution' }, number: 5 } as const;

	it('name the body and the date of the document the passage is from', () => {
		for (const symbol of symbolsInContent) {
			const data = matter(
				readFileSync(join('content', `${contentSlugOf(symbol)}.mdx`), 'utf8'),
			).data;
			const share = pages().find(
				(built) =>
					built.path.startsWith(`${documentPath(symbol)}`) &&
					built.root.querySelector('.share-cite') !== null,
			);
			const text = share?.root.querySelector('main')?.text ?? '';
			expect(text, symbol).toContain(String(data.body));
			expect(text, symbol).toContain(formatIsoDate(String(data.date)));
		}
	});

	it('give the citation with the public permalink to copy by hand', () => {
		expect(
			page(sharePagePath('A/RES/64/180', op5)).root.querySelector('.share-cite-text')?.text,
		).toBe(citationWithPermalink('A/RES/64/180', op5, testSiteUrl));
	});

	it('set a footnote beside the passage that calls it, not beside the last paragraph', () => {
		const document = page(documentPath('A/RES/64/180')).root;
		const footnotes = document.querySelectorAll('li.footnote').length;
		expect(footnotes).toBeGreaterThan(1);
		for (let number = 1; number <= footnotes; number += 1) {
			const caller = document.getElementById(footnoteCallAnchor(number, 1))?.closest('.passage');
			const share = page(
				sharePagePath('A/RES/64/180', { kind: 'footnote', number }),
			).root.querySelector('main');
			const context = share
				?.querySelectorAll('.share-context a')
				.map((link) => link.getAttribute('href'));
			expect(caller?.id, `fn${number}`).toBeDefined();
			expect(context, `fn${number}`).toContain(
				`${documentPath('A/RES/64/180')}${caller?.id ?? ''}/`,
			);
			expect(share?.text, `fn${number}`).not.toContain('Before it');
		}
	});
	it('are published without the template they are written from, and with no placeholder left', () => {
		expect(fileForPath(site, shareTemplatePath)).toBeNull();
		for (const built of pages())
			for (const placeholder of Object.values(shareTemplatePlaceholders))
				expect(built.root.toString(), built.path).not.toContain(placeholder);
	});
});

describe('home page', () => {
	it('links every document', () => {
		const links = page('/')
			.root.querySelectorAll('main a')
			.map((link) => link.getAttribute('href'));
		for (const symbol of symbolsInContent) expect(links).toContain(documentPath(symbol));
	});
});

describe('about page', () => {
	it('is linked from the footer of every page', () => {
		const htmlPages = pages().filter((built) => built.root.querySelector('footer') !== null);
		expect(htmlPages.length).toBeGreaterThan(symbolsInContent.length);
		for (const built of htmlPages)
			expect(built.root.querySelector(`footer a[href="${aboutPath}"]`), built.path).not.toBeNull();
	});

	it('names the seed each document was read from and the shape it was read as', () => {
		const rows = page(aboutPath).root.querySelectorAll('tbody tr');
		for (const symbol of symbolsInContent) {
			const row = rows.find((candidate) => candidate.querySelector('th')?.text.trim() === symbol);
			const seed = String(
				matter(readFileSync(join('content', `${contentSlugOf(symbol)}.mdx`), 'utf8')).data.seed,
			);
			expect(row?.querySelector('code')?.text, symbol).toBe(seed);
		}
	});
});

describe('search index', () => {
	it('indexes every document page with Pagefind', () => {
		const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexed = Object.values(entry.languages).reduce(
			(sum, language) => sum + language.page_count,
			0,
		);
		expect(indexed).toBeGreaterThanOrEqual(symbolsInContent.length);
	});
});

describe('internal links', () => {
	it('lead to a page that exists and to an anchor on it', () => {
		const idsByFile = new Map(
			pages().map((built) => [
				built.file,
				new Set(built.root.querySelectorAll('[id]').map((element) => element.id)),
			]),
		);
		const broken: string[] = [];
		for (const built of pages()) {
			for (const link of built.root.querySelectorAll('a[href], link[href]')) {
				const href = link.getAttribute('href') ?? '';
				if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
				const url = new URL(href, `http://site${built.path}`);
				const file = fileForPath(site, url.pathname);
				if (file === null) {
					broken.push(`${built.path}: ${href} (no page)`);
					continue;
				}
				const anchor = decodeURIComponent(url.hash.slice(1));
				if (anchor !== '' && !(idsByFile.get(file)?.has(anchor) ?? false))
					broken.push(`${built.path}: ${href} (no anchor)`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('HTML', () => {
	it('is valid on every page, by the Nu HTML Checker', () => {
		const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
		let report = '';
		try {
			execFileSync(
				'java',
				['-jar', vnu, '--errors-only', '--format', 'text', '--skip-non-html', site],
				{ stdio: 'pipe' },
			);
		} catch (error) {
			report = String((error as { stderr?: Buffer }).stderr ?? error);
		}
		expect(report).toBe('');
	});
});
