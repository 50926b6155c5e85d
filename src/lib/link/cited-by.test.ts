import { describe, expect, it } from 'vitest';
import { citedBy, type CitingReference } from './cited-by.ts';
import type { CitingPassage, Reference } from './types.ts';

const at = (symbol: string, number: number): CitingPassage => ({
	symbol,
	address: { kind: 'operative', part: { kind: 'resolution' }, number },
});
const document = (symbol: string, instrument: string | null = null): Reference => ({
	kind: 'document',
	symbol,
	place: { kind: 'whole' },
	instrument,
});
const paragraph = (symbol: string, number: number, annex: number | null = null): Reference => ({
	kind: 'document',
	symbol,
	place: { kind: 'paragraph', annex, paragraph: { number, items: [] } },
	instrument: annex === null ? null : 'Salvador Declaration',
});
const cite = (citing: CitingPassage, reference: Reference): CitingReference => ({
	citing,
	reference,
});

describe('citedBy', () => {
	it('groups the citing passages by the paragraph they name, the whole first', () => {
		const index = citedBy([
			cite(at('A/RES/66/179', 10), paragraph('A/RES/65/230', 49, 1)),
			cite(at('A/RES/66/179', 9), paragraph('A/RES/65/230', 42, 1)),
			cite(at('A/RES/66/179', 2), document('A/RES/65/230')),
		]);
		const work = index.bySymbol.get('A/RES/65/230');
		expect(work?.groups.map((group) => [group.place, group.citedBy])).toEqual([
			[{ kind: 'whole' }, [at('A/RES/66/179', 2)]],
			[
				{ kind: 'paragraph', annex: 1, paragraph: { number: 42, items: [] } },
				[at('A/RES/66/179', 9)],
			],
			[
				{ kind: 'paragraph', annex: 1, paragraph: { number: 49, items: [] } },
				[at('A/RES/66/179', 10)],
			],
		]);
		expect(work?.citedBy).toHaveLength(3);
		// The instrument named by its paragraphs is carried by the annex they stand in.
		expect(work?.instruments).toEqual([{ name: 'Salvador Declaration', annex: 1 }]);
	});
	it('keeps the first title a citing text gives a work', () => {
		const index = citedBy([
			cite(at('A/67/97', 1), {
				kind: 'document',
				symbol: 'A/RES/66/179',
				place: { kind: 'whole' },
				instrument: null,
				title: 'Follow-up to the Twelfth …',
			}),
			cite(at('A/67/97', 2), document('A/RES/66/179')),
		]);
		expect(index.bySymbol.get('A/RES/66/179')?.title).toBe('Follow-up to the Twelfth …');
	});
	it('counts a passage once however often it cites a work', () => {
		const index = citedBy([
			cite(at('A/RES/64/180', 5), document('A/RES/63/193')),
			cite(at('A/RES/64/180', 5), document('A/RES/63/193')),
		]);
		expect(index.works[0]?.citedBy).toEqual([at('A/RES/64/180', 5)]);
	});
	it('lists the most-cited first, then by symbol in numeric order', () => {
		const index = citedBy([
			cite(at('A/RES/64/180', 1), document('A/RES/60/177')),
			cite(at('A/RES/64/180', 2), document('A/RES/63/193')),
			cite(at('A/RES/64/180', 3), document('A/RES/63/193')),
			cite(at('A/RES/64/180', 4), document('A/RES/9/1')),
		]);
		expect(index.works.map((work) => work.label)).toEqual([
			'A/RES/63/193',
			'A/RES/9/1',
			'A/RES/60/177',
		]);
	});
	it('leaves out a document’s references to itself', () => {
		const index = citedBy([
			cite(at('A/RES/65/230', 11), { kind: 'same-document', paragraph: { number: 9, items: [] } }),
			cite(at('A/RES/65/230', 4), {
				kind: 'document',
				symbol: 'A/RES/65/230',
				place: { kind: 'annex', annex: 1 },
				instrument: 'Salvador Declaration',
			}),
		]);
		expect(index.works).toEqual([]);
	});
	it('indexes works without a symbol by name, with their provisions', () => {
		const convention = (provision: string | null): Reference => ({
			kind: 'unsymbolled',
			work: 'United Nations Convention against Corruption',
			provision,
			act: null,
		});
		const index = citedBy([
			cite(at('A/RES/65/230', 7), convention('article 62')),
			cite(at('A/RES/65/230', 13), convention(null)),
			cite(at('A/RES/65/230', 8), convention('article 9')),
		]);
		expect(index.works).toHaveLength(1);
		expect(index.works[0]?.symbol).toBeNull();
		expect(index.works[0]?.groups.map((group) => group.place)).toEqual([
			{ kind: 'whole' },
			{ kind: 'provision', provision: 'article 9' },
			{ kind: 'provision', provision: 'article 62' },
		]);
		expect(index.bySymbol.size).toBe(0);
	});
});
