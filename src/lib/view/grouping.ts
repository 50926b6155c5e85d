/**
 * Grouping lists for pages: documents by body, by year, by congress.
 */
import { yearOf } from '../words/dates.ts';
import type { Body, DocumentMeta } from '../model.ts';
import { congressName } from '../words/labels.ts';
import { congressesNamed } from '../timeline/congress.ts';

/**
 * Groups items by a key, keeping the order in which keys first appear and items within each group.
 * @example groupedBy(['a1', 'b1', 'a2'], (s) => s[0]) // [['a', ['a1', 'a2']], ['b', ['b1']]]
 */
export function groupedBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		groups.set(key, [...(groups.get(key) ?? []), item]);
	}
	return [...groups];
}

type Listed = Pick<DocumentMeta, 'title' | 'body' | 'date'>;

/** A congress and the documents whose titles name it, oldest first. */
export interface CongressGroup<T extends Listed> {
	congress: number;
	/** Its name as the titles shorten it: "Twelfth Congress". */
	name: string;
	documents: T[];
}

function byDate<T extends Listed>(a: T, b: T): number {
	return a.date.localeCompare(b.date);
}

/**
 * The documents under each congress their title names, congresses in order and documents oldest
 * first, so a congress reads from its preparation to its follow-up; a title that names two
 * congresses ("Follow-up to the Twelfth … and preparations for the Thirteenth …") lists under both.
 * Documents whose title names none come last, under `others`.
 */
export function groupedByCongress<T extends Listed>(
	documents: readonly T[],
): { congresses: CongressGroup<T>[]; others: T[] } {
	const chronological = [...documents].sort(byDate);
	const numbers = [...new Set(chronological.flatMap((meta) => congressesNamed(meta.title)))].sort(
		(a, b) => a - b,
	);
	return {
		congresses: numbers.map((congress) => ({
			congress,
			name: congressName(congress),
			documents: chronological.filter((meta) => congressesNamed(meta.title).includes(congress)),
		})),
		others: chronological.filter((meta) => congressesNamed(meta.title).length === 0),
	};
}

// The Assembly first, as the UN lists its organs; a body not listed here follows, in order met.
const bodyOrder: readonly Body[] = [
	'General Assembly',
	'Economic and Social Council',
	'Secretary-General',
];

function bodyRank(body: string): number {
	const rank = bodyOrder.indexOf(body as Body);
	return rank === -1 ? bodyOrder.length : rank;
}

/**
 * The documents by body (the Assembly, the Council, the Secretary-General) and, within each body, by
 * year, newest year first and documents newest first.
 */
export function groupedByBodyAndYear<T extends Listed>(
	documents: readonly T[],
): [string, [string, T[]][]][] {
	const newestFirst = [...documents].sort((a, b) => byDate(b, a));
	const bodies = groupedBy(newestFirst, (meta) => meta.body).sort(
		([a], [b]) => bodyRank(a) - bodyRank(b),
	);
	return bodies.map(([body, members]) => [
		body,
		groupedBy(members, (meta) => String(yearOf(meta.date))),
	]);
}
