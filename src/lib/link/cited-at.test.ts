import { describe, expect, it } from 'vitest';
import type { PassageAddress } from '../contract.ts';
import { citedAtOf } from './cited-at.ts';
import type { CitingReference } from './cited-by.ts';
import type { Corpus, CorpusEntry } from './resolve.ts';
import type { CitingPassage, Reference } from './types.ts';

const op = (number: number): PassageAddress => ({
	kind: 'operative',
	part: { kind: 'resolution' },
	number,
});
const corpus: Corpus = new Map<string, CorpusEntry>([
	[
		'A/RES/65/230',
		{
			documentType: 'resolution',
			annexCount: 1,
			anchors: new Set(['op9', 'op10', 'op11', 'annex-op42']),
		},
	],
	['A/67/97', { documentType: 'report', annexCount: 0, anchors: new Set(['para1', 'para3']) }],
]);
const at = (symbol: string, address: PassageAddress): CitingPassage => ({ symbol, address });
const cite = (citing: CitingPassage, reference: Reference): CitingReference => ({
	citing,
	reference,
});
const declarationParagraph = (number: number): Reference => ({
	kind: 'document',
	symbol: 'A/RES/65/230',
	place: { kind: 'paragraph', annex: 1, paragraph: { number, items: [] } },
	instrument: 'Salvador Declaration',
});
const above = (number: number): Reference => ({
	kind: 'same-document',
	paragraph: { number, items: [] },
});

describe('citedAtOf', () => {
	it('lists under a paragraph the passages of its own document that cite it', () => {
		const index = citedAtOf(
			[
				cite(at('A/RES/65/230', op(9)), declarationParagraph(42)),
				cite(at('A/RES/65/230', op(11)), above(9)),
				cite(at('A/RES/65/230', op(11)), above(10)),
			],
			corpus,
		);
		expect(index.get('/A/RES/65/230/annex-op42/')).toEqual({
			symbol: 'A/RES/65/230',
			citedBy: [at('A/RES/65/230', op(9))],
		});
		expect(index.get('/A/RES/65/230/op9/')?.citedBy).toEqual([at('A/RES/65/230', op(11))]);
		expect(index.get('/A/RES/65/230/op10/')?.citedBy).toEqual([at('A/RES/65/230', op(11))]);
	});
	it('lists the passages of other documents, each once, in the order given', () => {
		const report = (number: number) => at('A/67/97', { kind: 'report', number });
		const index = citedAtOf(
			[
				cite(report(3), declarationParagraph(42)),
				cite(report(3), declarationParagraph(42)),
				cite(at('A/RES/65/230', op(9)), declarationParagraph(42)),
			],
			corpus,
		);
		expect(index.get('/A/RES/65/230/annex-op42/')?.citedBy).toEqual([
			report(3),
			at('A/RES/65/230', op(9)),
		]);
	});
	it('leaves out references that name no passage of the corpus', () => {
		const whole: Reference = {
			kind: 'document',
			symbol: 'A/RES/65/230',
			place: { kind: 'annex', annex: 1 },
			instrument: 'Salvador Declaration',
		};
		const outside: Reference = {
			kind: 'document',
			symbol: 'A/RES/55/25',
			place: { kind: 'paragraph', annex: null, paragraph: { number: 9, items: [] } },
			instrument: null,
		};
		const index = citedAtOf(
			[
				cite(at('A/67/97', { kind: 'report', number: 1 }), whole),
				cite(at('A/RES/65/230', op(7)), outside),
				cite(at('A/RES/65/230', op(7)), declarationParagraph(99)),
			],
			corpus,
		);
		expect([...index.keys()]).toEqual([]);
	});
	it('does not list a passage as citing itself', () => {
		expect([...citedAtOf([cite(at('A/RES/65/230', op(9)), above(9))], corpus).keys()]).toEqual([]);
	});
});
