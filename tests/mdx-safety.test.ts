/**
 * Text is data: generated hostile strings go through the converter's MDX and a real Astro build, and
 * come out as exactly the same text, with nothing turned into an element, an expression or a script
 * but the reference links the converter itself makes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentMdx } from '../src/lib/emit/mdx.ts';
import { textSpansOf } from '../src/lib/emit/spans.ts';
import type { LinkContext, LinksInText } from '../src/lib/link/types.ts';
import type { UnDocument } from '../src/lib/model.ts';
import { citesOf, corpusOf, linksInCorpus } from '../src/lib/link/links.ts';
import { buildSite, builtPages, type BuiltPage } from './support/site-files.ts';
import {
	call,
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from './support/model-builders.ts';

const contentDirectory = 'test-results/hostile-content';
const site = 'test-results/hostile-site';

// Pieces that mean something to MDX, JSX, Markdown or HTML, and words that look like code.
const hostilePieces = [
	'{',
	'}',
	'<',
	'>',
	'`',
	'*',
	'_',
	'#',
	'[',
	']',
	'\\',
	'|',
	'$',
	'&',
	'!',
	'~',
	'"',
	"'",
	'(',
	')',
	':',
	'-',
	'+',
	'=',
	'.',
	'import x from "y"',
	'export const a = 1',
	'<script>alert(1)</script>',
	'{1 + 1}',
	'&amp;',
	'&lt;b&gt;',
	'<b>bold</b>',
	'<Ref href="https://evil.example">x</Ref>',
	'*emphasis*',
	'__strong__',
	'[link](https://evil.example)',
	'![image](x.png)',
	'# heading',
	'> quote',
	'- item',
	'1. item',
	'---',
	'| a | b |',
	'$$ x $$',
	'<!-- comment -->',
	'{/* comment */}',
	'resolution 63/193',
	'A/64/123',
	'word',
	' ',
	'Recalling',
	'2010',
	'é',
	'“quoted”',
];

const hostileText = fc
	.array(fc.constantFrom(...hostilePieces), { minLength: 1, maxLength: 12 })
	.map((pieces) => pieces.join('').replace(/\s+/g, ' ').trim())
	.filter((text) => text !== '');

const texts = fc.sample(hostileText, { numRuns: 120, seed: 20261123 });
const title = texts[0] ?? '';

function hostileDocument(): UnDocument {
	const document = resolutionDocument(
		[
			resolutionPart(
				texts.map((text, index) => paragraph('preambular', index + 1, [run(text)])),
				[paragraph('operative', 1, [run('Requests a report;'), call(1)], 'Requests')],
			),
		],
		{ footnotes: [{ number: 1, content: [run(texts[1] ?? '')], at: { line: 9999, column: 1 } }] },
	);
	return { ...document, meta: { ...document.meta, symbol: 'A/RES/99/1', title } };
}

let page: BuiltPage | undefined;
let linksIn: LinksInText = () => [];

/**
 * The links the converter makes in preambular paragraph n, its references and the web addresses
 * the text prints: their words and where they lead.
 */
function linksOfParagraph(text: string, number: number): [string, string][] {
	const address = { kind: 'preambular', part: { kind: 'resolution' }, number } as const;
	const context: LinkContext = {
		symbol: 'A/RES/99/1',
		speaker: 'General Assembly',
		scope: address.part,
		address,
	};
	return textSpansOf(text, linksIn, context).flatMap((span): [string, string][] =>
		span.kind === 'publication-title' ? [] : [[text.slice(span.start, span.end), span.href]],
	);
}

beforeAll(() => {
	rmSync(contentDirectory, { recursive: true, force: true });
	mkdirSync(contentDirectory, { recursive: true });
	const document = hostileDocument();
	linksIn = linksInCorpus(corpusOf([document]));
	writeFileSync(
		`${contentDirectory}/a-res-99-1.mdx`,
		documentMdx(document, { seedPath: 'seeds/hostile.txt', ...citesOf(document), linksIn }),
	);
	writeFileSync(`${contentDirectory}/a-res-99-1.json`, JSON.stringify(document));
	// By its absolute path: a corpus may stand outside the project, as a large benchmark's does.
	buildSite(site, resolve(contentDirectory));
	page = builtPages(site).find((built) => built.path === '/A/RES/99/1/');
});

describe('seed text through MDX to HTML', () => {
	it('comes out as the same text, character for character', () => {
		const rendered = texts.map(
			(_, index) => page?.root.querySelector(`#pp${index + 1} .passage-text`)?.text,
		);
		expect(rendered).toEqual(texts);
		expect(page?.root.querySelector('#fn1 .footnote-text')?.text).toBe(texts[1]);
		expect(page?.root.querySelector('h1')?.text).toBe(title);
	});

	it('never becomes an element: each paragraph holds one <p> of text and nothing else but its links', () => {
		for (let index = 1; index <= texts.length; index += 1) {
			const text = texts[index - 1] ?? '';
			const elements = page?.root
				.querySelectorAll(`#pp${index} .passage-text *`)
				.map((element) => element.tagName);
			expect(elements, text).toEqual(['P', ...linksOfParagraph(text, index).map(() => 'A')]);
		}
	});

	it('links references and web addresses over exactly their own words, to where the converter resolved them', () => {
		const rendered = texts.map((_, index) =>
			(page?.root.querySelectorAll(`#pp${index + 1} .passage-text a`) ?? []).map((link) => [
				link.text,
				link.getAttribute('href'),
			]),
		);
		expect(rendered).toEqual(texts.map((text, index) => linksOfParagraph(text, index + 1)));
		// The hostile pieces include a resolution number and a symbol, so some paragraphs must carry links.
		expect(rendered.flat().length).toBeGreaterThan(0);
	});

	it('never becomes a script', () => {
		expect(
			page?.root.querySelectorAll(
				'.document-text script, .document-text style, .document-text iframe',
			).length,
		).toBe(0);
		expect(
			page?.root.querySelectorAll('.document-text [onclick], .document-text [onerror]').length,
		).toBe(0);
	});
});
