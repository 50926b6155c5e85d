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
	citedAtLinks,
	citedPlaceLink,
	citedWorksView,
	citedWorkView,
	citingDocumentsOf,
	citingPassageView,
	workLink,
	workName,
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
	act: null,
	title: null,
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

describe('citingPassageView', () => {
	it('names a citing passage by its contract citation and its place, and links its permalink', () => {
		expect(
			citingPassageView({
				symbol: 'A/RES/65/230',
				address: { kind: 'operative', part: { kind: 'resolution' }, number: 9 },
			}),
		).toEqual({
			citation: 'A/RES/65/230, para. 9',
			place: 'para. 9',
			href: '/A/RES/65/230/#op9',
		});
	});
});

describe('citingDocumentsOf', () => {
	it('lists citing passages under their document, each document once, in first-cited order', () => {
		const op = (symbol: string, number: number) => ({
			symbol,
			address: { kind: 'operative', part: { kind: 'resolution' }, number } as const,
		});
		const documents = citingDocumentsOf([
			op('A/RES/64/180', 8),
			op('E/RES/2007/17', 2),
			op('A/RES/64/180', 9),
		]);
		expect(
			documents.map((document) => [document.symbol, document.passages.map((p) => p.place)]),
		).toEqual([
			['A/RES/64/180', ['para. 8', 'para. 9']],
			['E/RES/2007/17', ['para. 2']],
		]);
	});
});

describe('workName', () => {
	it('names a resolution or decision by body, kind and number, as UN texts do', () => {
		expect(workName(work('A/RES/60/177'))).toBe('General Assembly resolution 60/177');
		expect(workName(work('A/RES/415(V)'))).toBe('General Assembly resolution 415 (V)');
		expect(workName(work('E/DEC/2007/253'))).toBe('Economic and Social Council decision 2007/253');
		expect(workName(work('A/RES/57/270B'))).toBe('General Assembly resolution 57/270 B');
	});
	it('names another document by its symbol, and a treaty by its name', () => {
		expect(workName(work('E/CN.15/2007/6'))).toBe('E/CN.15/2007/6');
		expect(workName(work(null, 'United Nations Convention against Corruption'))).toBe(
			'United Nations Convention against Corruption',
		);
	});
	it('names a resolution without a symbol by the body the text says adopted it', () => {
		const commission = 'Commission on Crime Prevention and Criminal Justice';
		expect(
			workName({
				...work(null, `${commission} resolution 18/3`),
				act: { body: commission, kind: 'resolution', number: '18/3' },
			}),
		).toBe(`${commission} resolution 18/3`);
	});
	it('says the text names no body rather than guess one', () => {
		expect(
			workName({
				...work(null, 'resolution 18/3'),
				act: { body: null, kind: 'resolution', number: '18/3' },
			}),
		).toBe('Resolution 18/3 (the text does not name the body that adopted it)');
	});
});

describe('citedWorkView', () => {
	const titles = new Map([
		['A/RES/65/230', 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice'],
	]);
	it('titles a resolution by its own title and names its annexed declaration as the annex', () => {
		const view = citedWorkView(
			{ ...work('A/RES/65/230'), instruments: [{ name: 'Salvador Declaration', annex: 1 }] },
			corpus,
			titles,
		);
		expect(view).toMatchObject({
			anchor: 'a-res-65-230',
			work: { label: 'General Assembly resolution 65/230', href: '/A/RES/65/230/' },
			symbol: 'A/RES/65/230',
			title: 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			annexes: [{ label: 'Annex: Salvador Declaration', href: '/A/RES/65/230/#part-annex' }],
		});
	});
	it('does not give a resolution the title of its annex, when its own is unknown', () => {
		const view = citedWorkView(
			{ ...work('A/RES/60/177'), instruments: [{ name: 'Bangkok Declaration', annex: 1 }] },
			corpus,
			titles,
		);
		expect(view.title).toBeNull();
		expect(view.annexes).toEqual([{ label: 'Annex: Bangkok Declaration', href: null }]);
	});
	it('titles a resolution by the instrument that is the resolution itself, or the title a text gives', () => {
		expect(
			citedWorkView(
				{
					...work('A/RES/55/2'),
					instruments: [{ name: 'United Nations Millennium Declaration', annex: null }],
				},
				corpus,
				titles,
			).title,
		).toBe('United Nations Millennium Declaration');
		expect(
			citedWorkView(
				{ ...work('A/RES/66/179'), title: 'Follow-up to the Twelfth …' },
				corpus,
				titles,
			).title,
		).toBe('Follow-up to the Twelfth …');
	});
	it('gives a treaty the registration its footnotes print', () => {
		expect(
			citedWorkView(work(null, 'United Nations Convention against Corruption'), corpus, titles),
		).toMatchObject({
			anchor: 'united-nations-convention-against-corruption',
			symbol: null,
			registration: 'United Nations, Treaty Series, No. 42146',
		});
	});
});

describe('workLink', () => {
	it('links a corpus document to its page', () => {
		expect(workLink(work('A/67/97'), corpus)).toEqual({ label: 'A/67/97', href: '/A/67/97/' });
		expect(workLink(work('A/RES/65/230'), corpus)).toEqual({
			label: 'General Assembly resolution 65/230',
			href: '/A/RES/65/230/',
		});
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
	it('names a paragraph of an annex by its place, its citation whole for a screen reader, and links its permalink', () => {
		expect(
			citedPlaceLink(
				work('A/RES/65/230'),
				{ kind: 'paragraph', annex: 1, paragraph: { number: 42, items: [] } },
				corpus,
			),
		).toEqual({
			label: 'annex, para. 42',
			unseenPrefix: 'A/RES/65/230, ',
			href: '/A/RES/65/230/#annex-op42',
		});
	});
	it('names an item of a report paragraph as the contract cites it', () => {
		expect(
			citedPlaceLink(
				work('A/67/97'),
				{ kind: 'paragraph', annex: null, paragraph: { number: 9, items: ['3'] } },
				corpus,
			),
		).toEqual({ label: 'para. 9 (3)', unseenPrefix: 'A/67/97, ', href: '/A/67/97/#para9-3' });
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
		).toEqual({
			label: 'para. 9',
			unseenPrefix: 'A/RES/55/25, ',
			href: 'https://undocs.org/A/RES/55/25',
		});
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
				place: { label: 'para. 2', unseenPrefix: 'A/RES/99/2, ', href: '/A/RES/99/2/#op2' },
				citedBy: [
					{
						symbol: 'A/RES/99/1',
						passages: [
							{ citation: 'A/RES/99/1, para. 1', place: 'para. 1', href: '/A/RES/99/1/#op1' },
						],
					},
				],
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
		const {
			index,
			corpus: known,
			titles,
		} = citationIndexOf([
			resolutionSaying(
				'A/RES/99/1',
				'Recalls resolution 63/193;',
				'Recalls resolution 63/193 and A/64/123;',
			),
		]);
		expect(
			citedWorksView(index, known, titles).map((view) => [view.work.label, view.count]),
		).toEqual([
			['General Assembly resolution 63/193', 2],
			['A/64/123', 1],
		]);
	});
});

describe('citedAtLinks', () => {
	it('names a citing passage of the same document by its place, one of another by its citation', () => {
		const { citedAt, corpus: known } = citationIndexOf([
			resolutionSaying('A/RES/99/1', 'Decides;', 'Recalls paragraph 1 above;'),
			resolutionSaying('A/RES/99/2', 'Recalls paragraph 1 of resolution 99/1;'),
		]);
		expect(citedAtLinks('/A/RES/99/1/op1/', citedAt, known)).toEqual([
			{ label: 'para. 2 (this resolution)', href: '/A/RES/99/1/#op2' },
			{ label: 'A/RES/99/2, para. 1', href: '/A/RES/99/2/#op1' },
		]);
	});
	it('gives nothing for a passage no one cites', () => {
		const { citedAt, corpus: known } = citationIndexOf([
			resolutionSaying('A/RES/99/1', 'Decides;'),
		]);
		expect(citedAtLinks('/A/RES/99/1/op1/', citedAt, known)).toEqual([]);
	});
});
