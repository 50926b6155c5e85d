import { describe, expect, it } from 'vitest';
import { citedBy, type CitingReference } from '../link/cited-by.ts';
import type { Corpus } from '../link/resolve.ts';
import type { Reference } from '../link/types.ts';
import { referencesSections } from './references.ts';

const citing = { symbol: 'A/RES/99/1', address: { kind: 'footnote', number: 1 } } as const;
const symbol = (cited: string): CitingReference => ({
	citing,
	reference: { kind: 'document', symbol: cited, place: { kind: 'whole' }, instrument: null },
});
const unsymbolled = (reference: Omit<Extract<Reference, { kind: 'unsymbolled' }>, 'kind'>) => ({
	citing,
	reference: { kind: 'unsymbolled', ...reference } as const,
});
const commission = 'Commission on Crime Prevention and Criminal Justice';
const corpus: Corpus = new Map();

function sectionsOf(references: CitingReference[]) {
	return referencesSections(citedBy(references), corpus, new Map()).map((section) => [
		section.anchor,
		section.title,
		section.works.map((work) => work.indexLabel),
	]);
}

describe('referencesSections', () => {
	it('puts the Assembly, the Council, other bodies, treaties and other documents in that order', () => {
		expect(
			sectionsOf([
				symbol('E/CN.15/2007/6'),
				unsymbolled({
					work: 'United Nations Convention against Corruption',
					provision: null,
					act: null,
				}),
				unsymbolled({
					work: `${commission} decision 17/1`,
					provision: null,
					act: { body: commission, kind: 'decision', number: '17/1' },
				}),
				symbol('E/RES/2007/12'),
				symbol('A/RES/60/177'),
			]),
		).toEqual([
			['general-assembly', 'General Assembly resolutions', ['60/177']],
			['economic-and-social-council', 'Economic and Social Council resolutions', ['2007/12']],
			[
				'commission-on-crime-prevention-and-criminal-justice',
				`${commission} decisions`,
				['decision 17/1'],
			],
			[
				'treaties',
				'Treaties and other instruments',
				['United Nations Convention against Corruption'],
			],
			['documents', 'Reports and other documents', ['E/CN.15/2007/6']],
		]);
	});
	it('orders a body’s acts by number, the old numbering by session first, and names both kinds', () => {
		expect(
			sectionsOf([
				symbol('E/DEC/2007/253'),
				symbol('E/RES/2008/23'),
				symbol('E/RES/2007/19'),
				symbol('E/RES/155(VII)'),
				symbol('E/RES/2007/12'),
			]),
		).toEqual([
			[
				'economic-and-social-council',
				'Economic and Social Council resolutions and decisions',
				['155 (VII)', '2007/12', '2007/19', 'decision 2007/253', '2008/23'],
			],
		]);
		expect(
			sectionsOf([
				symbol('A/RES/57/270B'),
				symbol('A/RES/217(III)'),
				symbol('A/RES/415(V)'),
				symbol('A/RES/57/270A'),
				symbol('A/RES/46/152'),
			])[0]?.[2],
		).toEqual(['217 (III)', '415 (V)', '46/152', '57/270 A', '57/270 B']);
	});
	it('orders other documents by symbol, numbers as numbers', () => {
		expect(
			sectionsOf([symbol('E/CN.15/2010/14'), symbol('E/CN.15/2010/2'), symbol('A/64/123')])[0]?.[2],
		).toEqual(['A/64/123', 'E/CN.15/2010/2', 'E/CN.15/2010/14']);
	});
	it('keeps resolutions whose body no text names apart, and says so', () => {
		expect(
			sectionsOf([
				unsymbolled({
					work: 'resolution 18/3',
					provision: null,
					act: { body: null, kind: 'resolution', number: '18/3' },
				}),
			]),
		).toEqual([
			['unnamed-bodies', 'Resolutions whose adopting body the texts do not name', ['18/3']],
		]);
	});
	it('lets the filter find a work by its name, symbol, title and annexes', () => {
		const [section] = referencesSections(
			citedBy([
				{
					citing,
					reference: {
						kind: 'document',
						symbol: 'A/RES/60/177',
						place: { kind: 'annex', annex: 1 },
						instrument: 'Bangkok Declaration',
					},
				},
			]),
			corpus,
			new Map(),
		);
		expect(section?.works[0]?.filterText).toBe(
			'General Assembly resolution 60/177 | A/RES/60/177 | 60/177 | Annex: Bangkok Declaration',
		);
	});
});
