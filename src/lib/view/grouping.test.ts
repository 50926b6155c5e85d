import { describe, expect, it } from 'vitest';
import { groupedBy, groupedByBodyAndYear, groupedByCongress } from './grouping.ts';
import type { Body, DocumentMeta } from '../model.ts';

type ListedDocument = Pick<DocumentMeta, 'symbol' | 'title' | 'body' | 'date'>;

function doc(
	symbol: string,
	title: string,
	date: string,
	body: Body = 'General Assembly',
): ListedDocument {
	return { symbol, title, body, date };
}

const symbols = (documents: readonly ListedDocument[]): string[] =>
	documents.map((meta) => meta.symbol);

describe('groupedBy', () => {
	it('keeps the order keys first appear in, and the order within each group', () => {
		expect(groupedBy(['a1', 'b1', 'a2', 'c1', 'b2'], (item) => item.slice(0, 1))).toEqual([
			['a', ['a1', 'a2']],
			['b', ['b1', 'b2']],
			['c', ['c1']],
		]);
	});
});

describe('groupedByCongress', () => {
	const followUp = doc(
		'A/67/97',
		'Follow-up to the Twelfth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
		'2012',
	);
	const congress = doc(
		'A/RES/65/230',
		'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		'2010-12-21',
	);
	const preparations = doc(
		'A/RES/64/180',
		'Preparations for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		'2009-12-18',
	);
	const programme = doc(
		'A/RES/64/179',
		'Strengthening the United Nations Crime Prevention and Criminal Justice Programme',
		'2009-12-18',
	);

	it('lists the congresses in order, each named as the titles shorten it', () => {
		const { congresses } = groupedByCongress([followUp, congress, preparations]);
		expect(congresses.map((group) => [group.congress, group.name])).toEqual([
			[12, 'Twelfth Congress'],
			[13, 'Thirteenth Congress'],
		]);
	});

	it('lists a congress’s documents oldest first, from preparation to follow-up', () => {
		const { congresses } = groupedByCongress([followUp, congress, preparations]);
		expect(symbols(congresses[0]?.documents ?? [])).toEqual([
			'A/RES/64/180',
			'A/RES/65/230',
			'A/67/97',
		]);
	});

	it('lists a document whose title names two congresses under both', () => {
		const { congresses } = groupedByCongress([followUp]);
		expect(congresses.map((group) => symbols(group.documents))).toEqual([['A/67/97'], ['A/67/97']]);
	});

	it('keeps a document whose title names no congress apart, not under a congress', () => {
		const { congresses, others } = groupedByCongress([programme, congress]);
		expect(symbols(others)).toEqual(['A/RES/64/179']);
		expect(congresses.flatMap((group) => symbols(group.documents))).toEqual(['A/RES/65/230']);
	});

	it('does not take "congresses" in a title for a congress', () => {
		const { congresses } = groupedByCongress([
			doc('X/1', 'Lessons learned from United Nations congresses on crime prevention', '2006'),
		]);
		expect(congresses).toEqual([]);
	});
});

describe('groupedByBodyAndYear', () => {
	it('puts the Assembly before the Council and the Secretary-General, whatever their dates', () => {
		const groups = groupedByBodyAndYear([
			doc('A/67/97', 'Report', '2012', 'Secretary-General'),
			doc('E/RES/2007/17', 'Resolution', '2007-07-26', 'Economic and Social Council'),
			doc('A/RES/64/180', 'Resolution', '2009-12-18'),
		]);
		expect(groups.map(([body]) => body)).toEqual([
			'General Assembly',
			'Economic and Social Council',
			'Secretary-General',
		]);
	});

	it('groups a body’s documents by year, newest year and newest document first', () => {
		const groups = groupedByBodyAndYear([
			doc('A/RES/64/179', 'One', '2009-12-18'),
			doc('A/RES/65/230', 'Two', '2010-12-21'),
			doc('A/RES/64/180', 'Three', '2009-12-19'),
		]);
		expect(
			groups.map(([body, years]) => [
				body,
				years.map(([year, members]) => [year, symbols(members)]),
			]),
		).toEqual([
			[
				'General Assembly',
				[
					['2010', ['A/RES/65/230']],
					['2009', ['A/RES/64/180', 'A/RES/64/179']],
				],
			],
		]);
	});
});
