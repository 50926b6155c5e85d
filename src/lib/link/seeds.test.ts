/**
 * Facts a reader can check in the seeds: what each document cites and where the links lead.
 * The sentences are read from `seeds/`, so they are the documents' own words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferences } from './find.ts';
import { citedBy } from './cited-by.ts';
import { type Corpus, type CorpusEntry, resolveReference } from './resolve.ts';
import type { CitingPassage, Speaker } from './types.ts';

const seeds = {
	'A/RES/64/180': 'seeds/000_173b05c339677b1f.txt',
	'A/RES/64/179': 'seeds/001_c08265ac8f7350db.txt',
	'E/RES/2007/17': 'seeds/002_21c522268fe949fa.txt',
	'A/RES/65/230': 'seeds/003_393f743abdb401da.txt',
	'A/67/97': 'seeds/004_b0b5272844028f10.txt',
} as const;
type SeedSymbol = keyof typeof seeds;

function seedText(symbol: SeedSymbol): string {
	return readFileSync(new URL(`../../../${seeds[symbol]}`, import.meta.url), 'utf8');
}

/** The one line of a seed that contains `words`, without its tab and printed number. */
function seedLine(symbol: SeedSymbol, words: string): string {
	const lines = seedText(symbol)
		.split('\n')
		.filter((line) => line.includes(words));
	expect(lines).toHaveLength(1);
	return (lines[0] ?? '').replace(/^\t(?:\d+\.\t)?/, '');
}

/** A numbered paragraph of the Secretary-General's report, its line breaks kept. */
function reportParagraph(number: number): string {
	const text = seedText('A/67/97');
	const start = text.indexOf(`${number}. `);
	return text.slice(start + `${number}. `.length, text.indexOf(`\n${number + 1}. `, start));
}

const range = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
const corpus: Corpus = new Map<string, CorpusEntry>([
	[
		'A/RES/64/180',
		{ documentType: 'resolution', annexCount: 0, anchors: new Set(range('op', 19)) },
	],
	[
		'A/RES/64/179',
		{ documentType: 'resolution', annexCount: 0, anchors: new Set(range('op', 33)) },
	],
	[
		'E/RES/2007/17',
		{ documentType: 'resolution', annexCount: 0, anchors: new Set(range('draft-op', 13)) },
	],
	[
		'A/RES/65/230',
		{
			documentType: 'resolution',
			annexCount: 1,
			anchors: new Set([...range('op', 18), ...range('annex-op', 55)]),
		},
	],
	['A/67/97', { documentType: 'report', annexCount: 0, anchors: new Set(range('para', 16)) }],
]);

const operative = (symbol: SeedSymbol, number: number): CitingPassage => ({
	symbol,
	address: { kind: 'operative', part: { kind: 'resolution' }, number },
});
const preambular = (symbol: SeedSymbol, number: number): CitingPassage => ({
	symbol,
	address: { kind: 'preambular', part: { kind: 'resolution' }, number },
});

/** The links of a passage's references, as the renderer would make them. */
function hrefs(
	text: string,
	citing: CitingPassage,
	speaker: Speaker = 'General Assembly',
): (string | null)[] {
	return findReferences(text, speaker).map(({ reference }) => {
		const target = resolveReference(reference, { corpus, citing });
		return target.kind === 'none' ? null : target.href;
	});
}

describe('what the seeds cite', () => {
	it('A/RES/65/230 recalls A/RES/64/180, a page of the corpus', () => {
		const text = seedLine('A/RES/65/230', 'Recalling further its resolution 64/180');
		expect(hrefs(text, preambular('A/RES/65/230', 5))).toEqual(['/A/RES/64/180/']);
	});
	it('the Salvador Declaration notes the decision in A/RES/64/179', () => {
		const text = seedLine('A/RES/65/230', 'in its resolution 64/179 of 18 December 2009');
		const inAnnex: CitingPassage = {
			symbol: 'A/RES/65/230',
			address: { kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, number: 18 },
		};
		// The Convention it names twice in full and once as "the Convention" has no page to link to.
		expect(hrefs(text, inAnnex)).toEqual([null, '/A/RES/64/179/', null, null]);
	});
	it('A/RES/65/230 op9 and op10 link to paragraphs 42 and 49 of its annexed declaration', () => {
		expect(
			hrefs(
				seedLine('A/RES/65/230', 'in line with paragraph 42 of the Salvador Declaration'),
				operative('A/RES/65/230', 9),
			),
		).toEqual(['/A/RES/65/230/#annex-op42']);
		expect(
			hrefs(
				seedLine('A/RES/65/230', 'in line with paragraph 49 of the Salvador Declaration'),
				operative('A/RES/65/230', 10),
			),
		).toEqual(['/A/RES/65/230/#annex-op49']);
	});
	it('A/RES/65/230 op11 links to its own paragraphs 9 and 10', () => {
		expect(
			hrefs(
				seedLine('A/RES/65/230', 'pursuant to paragraphs 9 and 10 above'),
				operative('A/RES/65/230', 11),
			),
		).toEqual(['/A/RES/65/230/#op9', '/A/RES/65/230/#op10']);
	});
	it('A/RES/65/230 op7 cites two treaty articles and two paragraphs of resolutions outside the corpus', () => {
		const text = seedLine('A/RES/65/230', 'paragraph 9 of General Assembly resolution 55/25');
		expect(findReferences(text, 'General Assembly').map((found) => found.text)).toEqual([
			'article 30 of the United Nations Convention against Transnational Organized Crime',
			'article 62 of the United Nations Convention against Corruption',
			'paragraph 9 of General Assembly resolution 55/25',
			'paragraph 4 of Assembly resolution 58/4',
		]);
		expect(hrefs(text, operative('A/RES/65/230', 7))).toEqual([
			null,
			null,
			'https://undocs.org/A/RES/55/25',
			'https://undocs.org/A/RES/58/4',
		]);
	});
	it('A/RES/64/179 op21 links "paragraph 20 above" to its op20', () => {
		expect(
			hrefs(
				seedLine('A/RES/64/179', 'referred to in paragraph 20 above'),
				operative('A/RES/64/179', 21),
			),
			// Before it, the Convention it names in full, then as "the Convention": a treaty, no link.
		).toEqual([null, null, '/A/RES/64/179/#op20']);
	});
	it('A/RES/64/180 links resolution 63/193, outside the corpus, to its official record', () => {
		const text = seedLine('A/RES/64/180', 'Recalling further its resolution 63/193');
		expect(hrefs(text, preambular('A/RES/64/180', 3))).toEqual(['https://undocs.org/A/RES/63/193']);
	});
	it('A/RES/64/179 links Economic and Social Council resolution 2007/12 to its official record', () => {
		const footnote: CitingPassage = {
			symbol: 'A/RES/64/179',
			address: { kind: 'footnote', number: 1 },
		};
		const text = seedLine(
			'A/RES/64/179',
			'1 Economic and Social Council resolution 2007/12, annex.',
		).replace(/^1 /, '');
		expect(hrefs(text, footnote)).toEqual(['https://undocs.org/E/RES/2007/12']);
		const op11 = seedLine(
			'A/RES/64/179',
			'bearing in mind Economic and Social Council resolutions 2007/12',
		);
		expect(hrefs(op11, operative('A/RES/64/179', 11))).toEqual([
			'https://undocs.org/E/RES/2007/12',
			'https://undocs.org/E/RES/2007/19',
		]);
	});
	it('A/67/97 cites the Salvador Declaration, the annex of A/RES/65/230, and lands on the annex', () => {
		const text = reportParagraph(1);
		const found = findReferences(text, 'General Assembly');
		expect(found.map((reference) => reference.reference)).toContainEqual({
			kind: 'document',
			symbol: 'A/RES/65/230',
			place: { kind: 'annex', annex: 1 },
			instrument: null,
		});
		expect(hrefs(text, { symbol: 'A/67/97', address: { kind: 'report', number: 1 } })).toEqual([
			'https://undocs.org/A/RES/66/179',
			'https://undocs.org/E/CN.15/2011/15',
			'/A/RES/65/230/#part-annex',
			'/A/RES/65/230/#part-annex',
		]);
	});
	it('the draft that E/RES/2007/17 recommends speaks as the Assembly', () => {
		const text = seedLine('E/RES/2007/17', 'its resolution 57/270 B of 23 June 2003');
		const inDraft: CitingPassage = {
			symbol: 'E/RES/2007/17',
			address: { kind: 'preambular', part: { kind: 'draft' }, number: 5 },
		};
		expect(hrefs(text, inDraft, 'General Assembly')).toEqual(['https://undocs.org/A/RES/57/270B']);
	});
});

describe('the citation index of the seeds', () => {
	it('puts the resolution that three passages recall first', () => {
		const passages: [CitingPassage, string][] = [
			[
				preambular('A/RES/64/180', 3),
				seedLine('A/RES/64/180', 'Recalling further its resolution 63/193'),
			],
			[
				operative('A/RES/64/180', 5),
				seedLine('A/RES/64/180', 'Reiterates its decision, contained in its resolution 63/193'),
			],
			[
				preambular('A/RES/64/179', 1),
				seedLine('A/RES/64/179', 'Recalling its resolutions 46/152 of 18 December 1991'),
			],
			[{ symbol: 'A/67/97', address: { kind: 'report', number: 1 } }, reportParagraph(1)],
			[
				operative('A/RES/65/230', 9),
				seedLine('A/RES/65/230', 'in line with paragraph 42 of the Salvador Declaration'),
			],
		];
		const index = citedBy(
			passages.flatMap(([citing, text]) =>
				findReferences(text, 'General Assembly').map(({ reference }) => ({ citing, reference })),
			),
		);
		expect(index.works[0]?.symbol).toBe('A/RES/63/193');
		expect(index.works[0]?.citedBy).toHaveLength(3);
		expect(index.bySymbol.get('A/RES/65/230')?.citedBy).toEqual([
			{ symbol: 'A/67/97', address: { kind: 'report', number: 1 } },
		]);
	});
});
