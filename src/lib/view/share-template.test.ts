import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import {
	checkShareTemplate,
	sharePageHtml,
	shareTemplateCanonical,
	shareTemplatePath,
	shareTemplatePlaceholders as placeholder,
} from './share-template.ts';
import { sharePagesOf } from './share.ts';
import {
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';

/** A template shaped as the layout renders one, for the public address `site`. */
function templateFor(site: URL | null): string {
	const absolute = (path: string) => (site === null ? path : new URL(path, site).href);
	return [
		'<!DOCTYPE html><html lang="en"><head>',
		`<title>${placeholder.title} · UN Crime Congress Resolutions</title>`,
		`<meta name="description" content="${placeholder.description}">`,
		`<link rel="canonical" href="${absolute(shareTemplateCanonical)}">`,
		`<meta property="og:title" content="${placeholder.title}">`,
		`<meta property="og:description" content="${placeholder.description}">`,
		site === null ? '' : `<meta property="og:url" content="${absolute(shareTemplatePath)}">`,
		`<meta name="twitter:title" content="${placeholder.title}">`,
		`<meta name="twitter:description" content="${placeholder.description}">`,
		`</head><body><main id="main">${placeholder.article}</main></body></html>`,
	].join('');
}

const site = new URL('https://example.org');
const text = `Takes note of "the report" & <the annex> (${placeholder.title});`;
const document = resolutionDocument([
	resolutionPart([], [paragraph('operative', 1, [run(text)], 'Takes note')]),
]);
const [page] = sharePagesOf(document);
if (page === undefined) throw new Error('no share page');

describe('sharePageHtml', () => {
	const html = parse(sharePageHtml(templateFor(site), page, document.meta, site));
	const meta = (selector: string) => html.querySelector(selector)?.getAttribute('content');

	it('titles the page with the passage’s citation', () => {
		expect(html.querySelector('title')?.textContent).toBe(
			'A/RES/99/1, para. 1 · UN Crime Congress Resolutions',
		);
		expect(meta('meta[property="og:title"]')).toBe('A/RES/99/1, para. 1');
		expect(meta('meta[name="twitter:title"]')).toBe('A/RES/99/1, para. 1');
	});

	it('describes the card with the passage’s text, quotes and markup in it kept as text', () => {
		for (const selector of [
			'meta[name="description"]',
			'meta[property="og:description"]',
			'meta[name="twitter:description"]',
		])
			expect(meta(selector), selector).toBe(text);
	});

	it('names the paragraph’s permalink as canonical and the share page itself as og:url', () => {
		expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			'https://example.org/A/RES/99/1/#op1',
		);
		expect(meta('meta[property="og:url"]')).toBe('https://example.org/A/RES/99/1/op1/');
	});

	it('puts the passage’s article in the main landmark, leaving no placeholder filled twice', () => {
		expect(html.querySelector('main article.share-page h1')?.textContent).toBe(
			'A/RES/99/1, para. 1',
		);
		expect(html.querySelector('main blockquote')?.textContent).toBe(`1. ${text}`);
	});

	it('gives site-relative addresses and no og:url without a public address', () => {
		const relative = parse(sharePageHtml(templateFor(null), page, document.meta, null));
		expect(relative.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			'/A/RES/99/1/#op1',
		);
		expect(relative.querySelector('meta[property="og:url"]')).toBeNull();
	});
});

describe('checkShareTemplate', () => {
	it('takes a template built for the public address the stage was given', () => {
		expect(() => checkShareTemplate(templateFor(site), site)).not.toThrow();
		expect(() => checkShareTemplate(templateFor(null), null)).not.toThrow();
	});

	it('refuses a template built for another public address', () => {
		expect(() => checkShareTemplate(templateFor(site), null)).toThrow(/another public address/);
		expect(() => checkShareTemplate(templateFor(site), new URL('https://other.example'))).toThrow(
			/another public address/,
		);
	});

	it('refuses a template whose layout lost a placeholder', () => {
		const changed = templateFor(site).replace(
			`<meta name="twitter:title" content="${placeholder.title}">`,
			'',
		);
		expect(() => checkShareTemplate(changed, site)).toThrow(placeholder.title);
	});
});
