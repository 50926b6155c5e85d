import { describe, expect, it } from 'vitest';
import {
	byDateOfAdoption,
	documentByline,
	groupedBy,
	groupedByCongress,
	groupedByOrganAndYear,
	newestDocuments,
	organOf,
} from './grouping.ts';
import type { Body, DocumentMeta } from '../model.ts';

type ListedDocument = Pick<DocumentMeta, 'symbol' | 'title' | 'body' | 'documentType' | 'date'>;

function doc(
	symbol: string,
	title: string,
	date: string,
	body: Body = 'General Assembly',
): ListedDocument {
	return {
		symbol,
		title,
		body,
		documentType: body === 'Secretary-General' ? 'report' : 'resolution',
		date,
	};
}

const symbols = (documents: readonly ListedDocument[]): string[] =>
	documents.map((meta) => meta.symbol);

// The five seeds' symbols, titles, authors and dates, as their texts and A/67/97's sidecar give them.
const eleventhAndTwelfth = doc(
	'E/RES/2007/17',
	'Follow-up to the Eleventh United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
	'2007-07-26',
	'Economic and Social Council',
);
const programme = doc(
	'A/RES/64/179',
	'Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity',
	'2009-12-18',
);
const preparations = doc(
	'A/RES/64/180',
	'Preparations for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
	'2009-12-18',
);
const congress = doc(
	'A/RES/65/230',
	'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
	'2010-12-21',
);
const followUp = doc(
	'A/67/97',
	'Follow-up to the Twelfth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
	'2012',
	'Secretary-General',
);
// In the order the collection gives them: by file name, so by symbol.
const seeds = [followUp, programme, preparations, congress, eleventhAndTwelfth];

describe('groupedBy', () => {
	it('keeps the order keys first appear in, and the order within each group', () => {
		expect(groupedBy(['a1', 'b1', 'a2', 'c1', 'b2'], (item) => item.slice(0, 1))).toEqual([
			['a', ['a1', 'a2']],
			['b', ['b1', 'b2']],
			['c', ['c1']],
		]);
	});
});

describe('byDateOfAdoption', () => {
	it('orders by date, oldest first, then by symbol as the UN numbers them', () => {
		expect(symbols([...seeds].sort(byDateOfAdoption))).toEqual([
			'E/RES/2007/17',
			'A/RES/64/179',
			'A/RES/64/180',
			'A/RES/65/230',
			'A/67/97',
		]);
		expect(
			symbols(
				[doc('A/RES/64/1000', 'x', '2009-12-18'), doc('A/RES/64/200', 'y', '2009-12-18')].sort(
					byDateOfAdoption,
				),
			),
		).toEqual(['A/RES/64/200', 'A/RES/64/1000']);
	});
});

describe('groupedByCongress', () => {
	it('lists each of the five seeds once: four under a congress, one apart', () => {
		const { congresses, others } = groupedByCongress(seeds);
		const listed = [...congresses.flatMap((group) => group.documents), ...others];
		expect(listed).toHaveLength(5);
		expect(new Set(symbols(listed)).size).toBe(5);
	});
	it('lists only congresses that have a page: the Eleventh, which has none, gets no heading', () => {
		const { congresses } = groupedByCongress(seeds);
		expect(congresses.map((group) => [group.congress, group.name])).toEqual([
			[12, 'Twelfth Congress'],
			[13, 'Thirteenth Congress'],
		]);
	});
	it('lists a document whose title names two congresses under the later, and each congress oldest first', () => {
		const { congresses } = groupedByCongress(seeds);
		expect(congresses.map((group) => symbols(group.documents))).toEqual([
			['E/RES/2007/17', 'A/RES/64/180', 'A/RES/65/230'],
			['A/67/97'],
		]);
	});
	it('keeps a document whose title names no congress apart, not under a congress', () => {
		expect(symbols(groupedByCongress(seeds).others)).toEqual(['A/RES/64/179']);
	});
	it('keeps a document whose title names only a congress without a page apart', () => {
		const eleventh = doc(
			'A/RES/60/177',
			'Follow-up to the Eleventh United Nations Congress on Crime Prevention and Criminal Justice',
			'2005-12-16',
		);
		const { congresses, others } = groupedByCongress([eleventh]);
		expect([congresses, symbols(others)]).toEqual([[], ['A/RES/60/177']]);
	});
	it('does not take "congresses" in a title for a congress', () => {
		const { congresses } = groupedByCongress([
			doc('X/1', 'Lessons learned from United Nations congresses on crime prevention', '2006'),
		]);
		expect(congresses).toEqual([]);
	});
});

describe('organOf and documentByline', () => {
	it('puts a report of the Secretary-General among the documents of the organ it goes to', () => {
		expect(organOf(followUp)).toBe('General Assembly');
		expect(organOf(eleventhAndTwelfth)).toBe('Economic and Social Council');
	});
	it('names the Secretary-General as a report’s author, and a resolution’s organ', () => {
		expect(documentByline(followUp)).toBe('Report of the Secretary-General');
		expect(documentByline(congress)).toBe('Resolution of the General Assembly');
		expect(documentByline(eleventhAndTwelfth)).toBe(
			'Resolution of the Economic and Social Council',
		);
	});
});

describe('groupedByOrganAndYear', () => {
	it('has the Assembly and the Council as organs, and no Secretary-General beside them', () => {
		expect(groupedByOrganAndYear(seeds).map(([organ]) => organ)).toEqual([
			'General Assembly',
			'Economic and Social Council',
		]);
	});
	it('groups an organ’s documents by year, years and documents oldest first, each once', () => {
		expect(
			groupedByOrganAndYear(seeds).map(([organ, years]) => [
				organ,
				years.map(([year, members]) => [year, symbols(members)]),
			]),
		).toEqual([
			[
				'General Assembly',
				[
					['2009', ['A/RES/64/179', 'A/RES/64/180']],
					['2010', ['A/RES/65/230']],
					['2012', ['A/67/97']],
				],
			],
			['Economic and Social Council', [['2007', ['E/RES/2007/17']]]],
		]);
	});
});

describe('newestDocuments', () => {
	const documents = [
		doc('A/RES/65/230', 'Twelfth Congress', '2010-12-21'),
		doc('E/RES/2007/17', 'Twelfth Congress', '2007-07-26', 'Economic and Social Council'),
		doc('A/RES/64/180', 'Twelfth Congress', '2009-12-18'),
		doc('A/RES/64/179', 'Crime prevention', '2009-12-18'),
	];

	it('keeps the newest, listed oldest first; on one date, as the UN numbers them', () => {
		expect(symbols(newestDocuments(documents, 2))).toEqual(['A/RES/64/180', 'A/RES/65/230']);
		expect(symbols(newestDocuments(documents, 3))).toEqual([
			'A/RES/64/179',
			'A/RES/64/180',
			'A/RES/65/230',
		]);
	});

	it('lists every document of a collection no larger than the count', () => {
		expect(symbols(newestDocuments(documents, documents.length))).toEqual([
			'E/RES/2007/17',
			'A/RES/64/179',
			'A/RES/64/180',
			'A/RES/65/230',
		]);
		expect(newestDocuments(documents)).toHaveLength(documents.length);
	});
});
