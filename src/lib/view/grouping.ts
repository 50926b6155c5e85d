/**
 * Grouping lists for pages: documents by congress, and by the organ they belong to and year. Every
 * list holds each document once and is in one order, the date of adoption or issue, oldest first,
 * as a congress's documents read from its preparation to its follow-up.
 */
import { yearOf } from '../words/dates.ts';
import type { DocumentMeta } from '../model.ts';
import { congressName } from '../words/labels.ts';
import { congressListedUnder } from '../timeline/congress.ts';

/**
 * Groups items by a key, keeping the order in which keys first appear and items within each group.
 * @example groupedBy(['a1', 'b1', 'a2'], (s) => s[0]) // [['a', ['a1', 'a2']], ['b', ['b1']]]
 */
export function groupedBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		// Pushed, not copied: a group of n items copied at each one costs n² (a year of thousands).
		const group = groups.get(key);
		if (group === undefined) groups.set(key, [item]);
		else group.push(item);
	}
	return [...groups];
}

type Listed = Pick<DocumentMeta, 'symbol' | 'title' | 'body' | 'documentType' | 'date'>;

/**
 * Orders documents by date of adoption or issue, oldest first; on the same date, by symbol as the
 * UN numbers them (64/179 before 64/180). A year-only date ("2012") comes before the days of its year.
 */
export function byDateOfAdoption(a: Pick<Listed, 'date' | 'symbol'>, b: typeof a): number {
	return a.date.localeCompare(b.date) || a.symbol.localeCompare(b.symbol, 'en', { numeric: true });
}

/** A congress and the documents listed under it, oldest first. */
export interface CongressGroup<T extends Listed> {
	congress: number;
	/** Its name as the titles shorten it: "Twelfth Congress". */
	name: string;
	documents: T[];
}

/**
 * The documents under the congress each is listed under (`congressListedUnder`: the last congress
 * with a page its title names), congresses in order and documents oldest first; so each document is
 * listed once, and only under a congress that has a page. Documents listed under none come last,
 * under `others`.
 */
export function groupedByCongress<T extends Listed>(
	documents: readonly T[],
): { congresses: CongressGroup<T>[]; others: T[] } {
	const chronological = [...documents].sort(byDateOfAdoption);
	const listed = chronological.map((meta) => ({ meta, congress: congressListedUnder(meta.title) }));
	const numbers = [
		...new Set(listed.flatMap(({ congress }) => (congress === null ? [] : [congress]))),
	].sort((a, b) => a - b);
	return {
		congresses: numbers.map((congress) => ({
			congress,
			name: congressName(congress),
			documents: listed.filter((entry) => entry.congress === congress).map(({ meta }) => meta),
		})),
		others: listed.filter((entry) => entry.congress === null).map(({ meta }) => meta),
	};
}

/** The principal organs, by the first part of their documents' symbols: `A/…` is the Assembly's. */
const organs: Readonly<Record<string, string>> = {
	A: 'General Assembly',
	E: 'Economic and Social Council',
};

/**
 * The organ a document belongs to: the one whose symbol series it bears. A report of the
 * Secretary-General to the Assembly (`A/67/97`) is an Assembly document, whoever wrote it.
 * @example organOf({ symbol: 'A/67/97', body: 'Secretary-General' }) // 'General Assembly'
 */
export function organOf(meta: Pick<Listed, 'symbol' | 'body'>): string {
	return organs[meta.symbol.split('/')[0] ?? ''] ?? meta.body;
}

/**
 * What a document is and who wrote it, as a list line says it: a resolution of the organ that
 * adopted it, a report of its author.
 * @example documentByline({ documentType: 'report', body: 'Secretary-General' }) // 'Report of the Secretary-General'
 */
export function documentByline(meta: Pick<Listed, 'documentType' | 'body'>): string {
	return `${meta.documentType === 'resolution' ? 'Resolution' : 'Report'} of the ${meta.body}`;
}

// The Assembly first, as the UN lists its organs; an organ not listed here follows, in order met.
const organOrder: readonly string[] = Object.values(organs);

function organRank(organ: string): number {
	const rank = organOrder.indexOf(organ);
	return rank === -1 ? organOrder.length : rank;
}

/**
 * The documents by organ (the Assembly, then the Council: `organOf`) and, within each, by year,
 * years and documents oldest first. A report of the Secretary-General is listed under the organ it
 * is submitted to; its author shows in its list line (`documentByline`), not as an organ.
 */
export function groupedByOrganAndYear<T extends Listed>(
	documents: readonly T[],
): [string, [string, T[]][]][] {
	const chronological = [...documents].sort(byDateOfAdoption);
	const byOrgan = groupedBy(chronological, organOf).sort(([a], [b]) => organRank(a) - organRank(b));
	return byOrgan.map(([organ, members]) => [
		organ,
		groupedBy(members, (meta) => String(yearOf(meta.date))),
	]);
}

/**
 * How many documents a page that only offers ways on (the not-found page) lists: the newest, when the
 * collection has more. Listing all of them made that page grow with the collection (6.6 MB at
 * 20,000 documents) for a reader who came to it by a wrong address.
 */
export const newestListed = 10;

/**
 * The `count` newest documents, oldest first as every list is, or all of them where there are no more.
 * @example newestDocuments([doc2009, doc2010, doc2007], 2).map((d) => d.date) // ['2009-12-18', '2010-12-21']
 */
export function newestDocuments<T extends Pick<Listed, 'date' | 'symbol'>>(
	documents: readonly T[],
	count = newestListed,
): T[] {
	return [...documents].sort(byDateOfAdoption).slice(Math.max(0, documents.length - count));
}
