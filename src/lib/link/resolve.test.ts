import { describe, expect, it } from 'vitest';
import type { Paragraph, ResolutionPart, UnDocument } from '../model.ts';
import { type CorpusEntry, corpusEntryOf, resolveReference } from './resolve.ts';
import type { CitingPassage, Reference } from './types.ts';

const resolution = { kind: 'resolution' } as const;

function entry(
	documentType: 'resolution' | 'report',
	anchors: string[],
	annexCount = 0,
): CorpusEntry {
	return { documentType, annexCount, anchors: new Set(anchors) };
}

const corpus = new Map<string, CorpusEntry>([
	['A/RES/65/230', entry('resolution', ['op9', 'op10', 'annex-op42', 'annex-op49'], 1)],
	['A/RES/64/179', entry('resolution', ['op20', 'op21', 'op5-a'])],
	['E/RES/2007/17', entry('resolution', ['draft-op5', 'draft-op6'])],
	['A/67/97', entry('report', ['para9', 'para9-3', 'para10-a'])],
]);

const at = (symbol: string, number = 1): CitingPassage => ({
	symbol,
	address: { kind: 'operative', part: resolution, number },
});
const whole = { kind: 'whole' } as const;
const paragraphOf = (
	symbol: string,
	number: number,
	annex: number | null = null,
	items: string[] = [],
): Reference => ({
	kind: 'document',
	symbol,
	place: { kind: 'paragraph', annex, paragraph: { number, items } },
	instrument: null,
});

describe('resolveReference', () => {
	it('links a paragraph of a corpus document to its permalink', () => {
		expect(
			resolveReference(paragraphOf('A/RES/65/230', 42, 1), { corpus, citing: at('A/67/97') }),
		).toEqual({
			kind: 'passage',
			href: '/A/RES/65/230/#annex-op42',
			symbol: 'A/RES/65/230',
			address: { kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, number: 42 },
		});
	});
	it('links a corpus document as a whole to its page', () => {
		expect(
			resolveReference(
				{ kind: 'document', symbol: 'A/RES/64/179', place: whole, instrument: null },
				{ corpus, citing: at('A/RES/65/230') },
			),
		).toEqual({
			kind: 'document',
			href: '/A/RES/64/179/',
			symbol: 'A/RES/64/179',
			warning: null,
		});
	});
	it('links a document outside the corpus to its official record', () => {
		expect(
			resolveReference(
				{ kind: 'document', symbol: 'A/RES/63/193', place: whole, instrument: null },
				{ corpus, citing: at('A/RES/64/180') },
			),
		).toEqual({
			kind: 'official-record',
			href: 'https://undocs.org/A/RES/63/193',
			symbol: 'A/RES/63/193',
		});
	});
	it('links a paragraph of a document outside the corpus to the official record', () => {
		expect(
			resolveReference(paragraphOf('A/RES/55/25', 9), { corpus, citing: at('A/RES/65/230') }),
		).toMatchObject({ href: 'https://undocs.org/A/RES/55/25' });
	});
	it('links nothing for a work without a symbol', () => {
		expect(
			resolveReference(
				{
					kind: 'unsymbolled',
					work: 'Commission resolution 18/3',
					provision: null,
					act: { body: 'Commission', kind: 'resolution', number: '18/3' },
				},
				{ corpus, citing: at('A/RES/64/179') },
			),
		).toEqual({ kind: 'none', warning: null });
	});
	it('links nothing when a page would link to itself as a whole', () => {
		expect(
			resolveReference(
				{ kind: 'document', symbol: 'A/RES/65/230', place: whole, instrument: null },
				{ corpus, citing: at('A/RES/65/230', 4) },
			),
		).toEqual({ kind: 'none', warning: null });
	});
	it('links a whole annex of a corpus document to the annex, not to the top of the page', () => {
		const annexed: Reference = {
			kind: 'document',
			symbol: 'A/RES/65/230',
			place: { kind: 'annex', annex: 1 },
			instrument: null,
		};
		expect(
			resolveReference(annexed, {
				corpus,
				citing: { symbol: 'A/67/97', address: { kind: 'report', number: 1 } },
			}),
		).toEqual({
			kind: 'part',
			href: '/A/RES/65/230/#part-annex',
			symbol: 'A/RES/65/230',
			part: { kind: 'annex', index: 1, count: 1 },
		});
	});
	it('links the resolution’s own words about its annex to the annex', () => {
		const declaration: Reference = {
			kind: 'document',
			symbol: 'A/RES/65/230',
			place: { kind: 'annex', annex: 1 },
			instrument: 'Salvador Declaration',
		};
		expect(resolveReference(declaration, { corpus, citing: at('A/RES/65/230', 4) })).toMatchObject({
			kind: 'part',
			href: '/A/RES/65/230/#part-annex',
		});
		const inTheAnnex: CitingPassage = {
			symbol: 'A/RES/65/230',
			address: { kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, number: 3 },
		};
		expect(resolveReference(declaration, { corpus, citing: inTheAnnex })).toEqual({
			kind: 'none',
			warning: null,
		});
	});
	it('falls back to the document with a warning when the annex is not there', () => {
		expect(
			resolveReference(
				{
					kind: 'document',
					symbol: 'A/RES/65/230',
					place: { kind: 'annex', annex: 2 },
					instrument: null,
				},
				{ corpus, citing: at('A/RES/64/179') },
			),
		).toEqual({
			kind: 'document',
			href: '/A/RES/65/230/',
			symbol: 'A/RES/65/230',
			warning: 'A/RES/65/230 has no annex 2; linked to the document',
		});
	});
	it('falls back to the document with a warning when the paragraph is not there', () => {
		expect(
			resolveReference(paragraphOf('A/RES/65/230', 99, 1), { corpus, citing: at('A/67/97') }),
		).toEqual({
			kind: 'document',
			href: '/A/RES/65/230/',
			symbol: 'A/RES/65/230',
			warning: 'A/RES/65/230 has no annex-op99 for paragraph 99; linked to the document',
		});
	});
	it('falls back to the paragraph with a warning when its item is not there', () => {
		expect(
			resolveReference(paragraphOf('A/RES/64/179', 20, null, ['c']), {
				corpus,
				citing: at('A/RES/65/230'),
			}),
		).toMatchObject({
			kind: 'document',
			href: '/A/RES/64/179/#op20',
			warning: 'A/RES/64/179 has no op20-c for paragraph 20 (c); linked to op20',
		});
	});
	it('reads a report’s paragraphs as report paragraphs', () => {
		expect(
			resolveReference(paragraphOf('A/67/97', 9, null, ['3']), {
				corpus,
				citing: at('A/RES/65/230'),
			}),
		).toMatchObject({ kind: 'passage', href: '/A/67/97/#para9-3' });
	});
});

describe('resolveReference: paragraphs of the citing document', () => {
	const above = (number: number, items: string[] = []): Reference => ({
		kind: 'same-document',
		paragraph: { number, items },
	});
	it('counts in the citing passage’s part', () => {
		expect(resolveReference(above(20), { corpus, citing: at('A/RES/64/179', 21) })).toMatchObject({
			kind: 'passage',
			href: '/A/RES/64/179/#op20',
		});
		const inDraft: CitingPassage = {
			symbol: 'E/RES/2007/17',
			address: { kind: 'operative', part: { kind: 'draft' }, number: 6 },
		};
		expect(resolveReference(above(5), { corpus, citing: inDraft })).toMatchObject({
			kind: 'passage',
			href: '/E/RES/2007/17/#draft-op5',
		});
	});
	it('counts a footnote’s "paragraph 5 (a) above" in the resolution itself', () => {
		const footnote: CitingPassage = {
			symbol: 'A/RES/64/179',
			address: { kind: 'footnote', number: 3 },
		};
		expect(resolveReference(above(5, ['a']), { corpus, citing: footnote })).toMatchObject({
			kind: 'passage',
			href: '/A/RES/64/179/#op5-a',
		});
	});
	it('counts in a report’s numbered paragraphs', () => {
		const inReport: CitingPassage = { symbol: 'A/67/97', address: { kind: 'report', number: 11 } };
		expect(resolveReference(above(10, ['a']), { corpus, citing: inReport })).toMatchObject({
			kind: 'passage',
			href: '/A/67/97/#para10-a',
		});
	});
	it('warns when the citing document is not in the corpus', () => {
		expect(resolveReference(above(3), { corpus, citing: at('A/RES/1/1') })).toEqual({
			kind: 'none',
			warning: 'A/RES/1/1 is not in the corpus, so paragraph 3 above has no page',
		});
	});
});

describe('corpusEntryOf', () => {
	const source = { line: 1, column: 1 };
	const paragraph = (
		kind: 'preambular' | 'operative',
		number: number,
		items: string[] = [],
	): Paragraph => ({
		kind,
		number,
		printedLabel: null,
		leadPhrase: null,
		content: [],
		items: items.map((label) => ({
			label,
			printedLabel: `(${label})`,
			content: [],
			items: [],
			at: source,
		})),
		at: source,
	});
	const part = (
		kind: 'resolution' | 'annex',
		index: number,
		operative: Paragraph[],
	): ResolutionPart => ({
		kind,
		index,
		heading: null,
		title: [],
		opening: null,
		preamble: [paragraph('preambular', 1)],
		operativeIntro: null,
		operative,
		closing: [],
		parts: [],
	});

	it('lists every anchor of the document and counts its annexes', () => {
		const document: UnDocument = {
			file: 'x.txt',
			meta: {
				symbol: 'A/RES/1/1',
				body: 'General Assembly',
				documentType: 'resolution',
				title: 'A resolution with an annex',
				resolutionNumber: '1/1',
				date: '2010',
				session: null,
				agendaItem: null,
				plenaryMeeting: null,
				committeeReport: null,
				distributionDate: null,
				jobNumber: null,
			},
			parts: [
				part('resolution', 0, [paragraph('operative', 1, ['a'])]),
				part('annex', 1, [paragraph('operative', 42)]),
			],
			report: null,
			footnotes: [{ number: 1, content: [], at: source }],
			setAside: [],
		};
		const built = corpusEntryOf(document);
		expect(built.annexCount).toBe(1);
		expect([...built.anchors].sort()).toEqual([
			'annex-op42',
			'annex-pp1',
			'fn1',
			'op1',
			'op1-a',
			'pp1',
		]);
	});
});
