import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { passageTextHtml, shareArticleHtml } from './share-html.ts';
import { sharePagesOf } from './share.ts';
import {
	call,
	paragraph,
	resolutionDocument,
	resolutionMeta,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';

describe('passageTextHtml', () => {
	it('sets the lead phrase in italics and links a footnote call to the footnote on the document page', () => {
		const at = { line: 1, column: 1 };
		const content = [
			{ kind: 'text' as const, text: 'Acknowledges the meetings', at },
			{ kind: 'footnote-call' as const, footnote: 4, occurrence: 1, at },
			{ kind: 'text' as const, text: ';', at },
		];
		expect(passageTextHtml('A/RES/64/180', content, 'Acknowledges')).toBe(
			'<em>Acknowledges</em> the meetings<sup class="footnote-call"><a href="/A/RES/64/180/#fn4"><span class="visually-hidden">footnote </span>4</a></sup>;',
		);
	});

	it('links a web address in the text', () => {
		const html = passageTextHtml('A/RES/99/1', [run('See www.unodc.org/congress.')], null);
		expect(parse(html).querySelector('a.ref.external')?.getAttribute('href')).toBe(
			'https://www.unodc.org/congress',
		);
	});
});

describe('shareArticleHtml', () => {
	const hostile = `Takes note of <script>alert("x")</script> & 'quotes' "here";`;
	const document = resolutionDocument(
		[
			resolutionPart(
				[paragraph('preambular', 1, [run('Recalling its resolution,'), call(1)], 'Recalling')],
				[
					paragraph('operative', 1, [run(hostile)], 'Takes note'),
					paragraph('operative', 2, [run('Requests a report.')], 'Requests'),
				],
			),
		],
		{
			meta: resolutionMeta({ title: 'Crime & "justice" <in> a test' }),
			footnotes: [
				{ number: 1, content: [run('Resolution 46/152, annex.')], at: { line: 9, column: 1 } },
			],
		},
	);
	const pages = sharePagesOf(document);
	const pageOf = (anchor: string) => {
		const found = pages.find((page) => page.shared.anchor === anchor);
		if (found === undefined) throw new Error(`no page ${anchor}`);
		return found;
	};
	const site = new URL('https://example.org');
	const article = (anchor: string, at: URL | null = site) =>
		parse(shareArticleHtml(pageOf(anchor), document.meta, at));

	it('keeps a passage’s text as data: markup in it is shown, never run', () => {
		const html = shareArticleHtml(pageOf('op1'), document.meta, site);
		expect(html).not.toContain('<script');
		expect(parse(html).querySelector('blockquote')?.textContent).toBe(`1. ${hostile}`);
	});

	it('keeps the document’s title as data in the link to the document', () => {
		const link = article('op1').querySelector('.share-document a');
		expect(link?.textContent).toBe('Crime & "justice" <in> a test');
		expect(link?.getAttribute('href')).toBe('/A/RES/99/1/');
	});

	it('names the body and the date the document was adopted', () => {
		const facts = article('op1').querySelector('.share-document-facts');
		expect(facts?.textContent).toBe('General Assembly, adopted 18 December 2009');
		expect(facts?.querySelector('time')?.getAttribute('datetime')).toBe('2009-12-18');
	});

	it('sets the passage between its neighbours, each linked to its own share page', () => {
		const context = article('op1').querySelectorAll('.share-context');
		expect(context.map((line) => line.querySelector('a')?.getAttribute('href'))).toEqual([
			'/A/RES/99/1/pp1/',
			'/A/RES/99/1/op2/',
		]);
		expect(context.map((line) => line.textContent)).toEqual([
			'Before it, A/RES/99/1, preambular para. 1: Recalling its resolution,',
			'After it, A/RES/99/1, para. 2: Requests a report.',
		]);
	});

	it('sets a footnote beside the passage that calls it', () => {
		const context = article('fn1').querySelectorAll('.share-context');
		expect(context.map((line) => line.textContent)).toEqual([
			'Called in A/RES/99/1, preambular para. 1: Recalling its resolution,',
		]);
	});

	it('quotes the passage with its public permalink, or a site-relative one without a public address', () => {
		expect(article('op1').querySelector('blockquote')?.getAttribute('cite')).toBe(
			'https://example.org/A/RES/99/1/#op1',
		);
		expect(article('op1', null).querySelector('blockquote')?.getAttribute('cite')).toBe(
			'/A/RES/99/1/#op1',
		);
	});

	it('gives both citations with the permalink, its origin left to the script without a public address', () => {
		const lines = article('op1').querySelectorAll('.share-cite');
		expect(lines.map((line) => line.querySelector('.share-cite-label')?.textContent)).toEqual([
			'Cite as',
			'In full',
		]);
		expect(article('op1').querySelector('.share-cite-text')?.textContent).toBe(
			'A/RES/99/1, para. 1 — https://example.org/A/RES/99/1/#op1',
		);
		expect(article('op1', null).querySelector('.public-origin')?.textContent).toBe('');
	});

	it('links the passage in the whole document', () => {
		const last = article('op1').querySelectorAll('p').at(-1)?.querySelector('a');
		expect(last?.getAttribute('href')).toBe('/A/RES/99/1/#op1');
		expect(last?.textContent).toBe('Read A/RES/99/1, para. 1 in the whole document');
	});
});
