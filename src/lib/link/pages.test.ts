import { describe, expect, it } from 'vitest';
import {
	paragraph,
	resolutionDocument,
	resolutionMeta,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';
import type { UnDocument } from '../model.ts';
import type { CitedWork } from './cited-by.ts';
import {
	citationGroupsOf,
	citationIndexOf,
	citedPlaceLink,
	citedWorksView,
	citingPassageLink,
	workLink,
} from './pages.ts';
import type { Corpus, CorpusEntry } from './resolve.ts';

const corpus: Corpus = new Map<string, CorpusEntry>([
	[
		'A/RES/65/230',
		{ documentType: 'resolution', annexCount: 1, anchors: new Set(['op9', 'annex-op42']) },
	],
	['A/67/97', { documentType: 'report', annexCount: 0, anchors: new Set(['para9', 'para9-3']) }],
]);

const work = (symbol: string | null, label = symbol ?? ''): CitedWork => ({
	symbol,
	label,
	instruments: [],
	citedBy: [],
	groups: [],
});

/** A resolution whose operative paragraphs are the given texts. */
function resolutionSaying(symbol: string, ...texts: string[]): UnDocument {
	const document = resolutionDocument([
		resolutionPart(
			[],
			texts.map((text, index) => paragraph('operative', index + 1, [run(text)])),
		),
	]);
	return { ...document, meta: resolutionMeta({ symbol }) };
}

describe('citingPassageLink', () => {
	it('names a citing passage by its contract citation and links its permalink', () => {
		expect(
			citingPassageLink({
				symbol: 'A/RES/65/230',
				address: { kind: 'operative', part: { kind: 'resolution' }, number: 9 },
			}),
		).toEqual({ label: 'A/RES/65/230, para. 9', href: '/A/RES/65/230/#op9' });
	});
});

describe('workLink', () => {
	it('links a corpus document to its page', () => {
		expect(workLink(work('A/67/97'), corpus)).toEqual({ label: 'A/67/97', href: '/A/67/97/' });
	});
	it('links any other symbol to its official record', () => {
		expect(workLink(work('A/RES/63/193'), corpus).href).toBe('https://undocs.org/A/RES/63/193');
	});
	it('links a work without a symbol nowhere', () => {
		expect(
			workLink(work(null, 'United Nations Convention against Corruption'), corpus).href,
		).toBeNull();
	});
});

describe('citedPlaceLink', () => {
	it('names a paragraph of an annex by its contract citation and links its permalink', () => {
		expect(
			citedPlaceLink(
				work('A/RES/65/230'),
				{ kind: 'paragraph', annex: 1, paragraph: { number: 42, items: [] } },
				corpus,
			),
		).toEqual({ label: 'A/RES/65/230, annex, para. 42', href: '/A/RES/65/230/#annex-op42' });
	});
	it('names an item of a report paragraph as the contract cites it', () => {
		expect(
			citedPlaceLink(
				work('A/67/97'),
				{ kind: 'paragraph', annex: null, paragraph: { number: 9, items: ['3'] } },
				corpus,
			),
		).toEqual({ label: 'A/67/97, para. 9 (3)', href: '/A/67/97/#para9-3' });
	});
	it('leads to the document when its page lacks the paragraph named', () => {
		expect(
			citedPlaceLink(
				work('A/67/97'),
				{ kind: 'paragraph', annex: null, paragraph: { number: 99, items: [] } },
				corpus,
			).href,
		).toBe('/A/67/97/');
	});
	it('leads a paragraph of a document outside the corpus to its official record', () => {
		expect(
			citedPlaceLink(
				work('A/RES/55/25'),
				{ kind: 'paragraph', annex: null, paragraph: { number: 9, items: [] } },
				corpus,
			),
		).toEqual({ label: 'A/RES/55/25, para. 9', href: 'https://undocs.org/A/RES/55/25' });
	});
	it('links the annex of a corpus document to the annex’s part anchor', () => {
		expect(citedPlaceLink(work('A/RES/65/230'), { kind: 'annex', annex: 1 }, corpus)).toEqual({
			label: 'Annex',
			href: '/A/RES/65/230/#part-annex',
		});
	});
	it('names a second annex by its numeral', () => {
		expect(citedPlaceLink(work('A/RES/55/25'), { kind: 'annex', annex: 2 }, corpus).label).toBe(
			'Annex II',
		);
	});
	it('names a treaty provision as the text does, without a link', () => {
		expect(
			citedPlaceLink(
				work(null, 'Convention'),
				{ kind: 'provision', provision: 'article 30' },
				corpus,
			),
		).toEqual({
			label: 'article 30',
			href: null,
		});
	});
});

describe('citationIndexOf', () => {
	it('finds who cites whom across the documents given', () => {
		const { index, corpus: known } = citationIndexOf([
			resolutionSaying('A/RES/99/1', 'Recalls its resolution 99/2;'),
			resolutionSaying('A/RES/99/2', 'Notes paragraph 1 above;'),
		]);
		expect(index.bySymbol.get('A/RES/99/2')?.citedBy).toEqual([
			{
				symbol: 'A/RES/99/1',
				address: { kind: 'operative', part: { kind: 'resolution' }, number: 1 },
			},
		]);
		expect(index.bySymbol.has('A/RES/99/1')).toBe(false);
		expect([...known.keys()]).toEqual(['A/RES/99/1', 'A/RES/99/2']);
	});
});

describe('citationGroupsOf', () => {
	it('lists the citing passages under the paragraph they name', () => {
		const { index, corpus: known } = citationIndexOf([
			resolutionSaying('A/RES/99/1', 'Recalls paragraph 2 of its resolution 99/2;'),
			resolutionSaying('A/RES/99/2', 'Decides;', 'Requests;'),
		]);
		const cited = index.bySymbol.get('A/RES/99/2');
		expect(cited === undefined ? [] : citationGroupsOf(cited, known)).toEqual([
			{
				place: { label: 'A/RES/99/2, para. 2', href: '/A/RES/99/2/#op2' },
				citedBy: [{ label: 'A/RES/99/1, para. 1', href: '/A/RES/99/1/#op1' }],
			},
		]);
	});
});

describe('citationGroupsOf on the cited document’s own page', () => {
	it('does not link the document as a whole to the page it is on', () => {
		const { index, corpus: known } = citationIndexOf([
			resolutionSaying('A/RES/99/1', 'Recalls its resolution 99/2;'),
			resolutionSaying('A/RES/99/2', 'Decides;'),
		]);
		const cited = index.bySymbol.get('A/RES/99/2');
		const groups = (onItsPage: boolean) =>
			cited === undefined ? [] : citationGroupsOf(cited, known, onItsPage);
		expect(groups(false).map((group) => group.place)).toEqual([
			{ label: 'As a whole', href: '/A/RES/99/2/' },
		]);
		expect(groups(true).map((group) => group.place)).toEqual([{ label: 'As a whole', href: null }]);
	});
});

describe('citedWorksView', () => {
	it('puts the most-cited work first, with its count', () => {
		const { index, corpus: known } = citationIndexOf([
			resolutionSaying(
				'A/RES/99/1',
				'Recalls resolution 63/193;',
				'Recalls resolution 63/193 and A/64/123;',
			),
		]);
		expect(citedWorksView(index, known).map((view) => [view.work.label, view.count])).toEqual([
			['A/RES/63/193', 2],
			['A/64/123', 1],
		]);
	});
});
