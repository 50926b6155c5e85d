/**
 * Which congress a text speaks of: congresses are named by an ordinal in words ("Twelfth United
 * Nations Congress", "Thirteenth Congress", "the Fourteenth Congress"), so any congress is found,
 * whether or not it has a page yet.
 */
import type { CongressOrdinal } from '../contract.ts';
import { ordinalValue, ordinalWords } from '../words/ordinals.ts';
import type { AttributionBasis, CongressLink } from './types.ts';

// A Record over the contract's type: adding a congress page to the contract fails here until listed.
const pageOrdinals: Record<CongressOrdinal, true> = { twelfth: true, thirteenth: true };

/** The congresses that have a page, in number order: `['twelfth', 'thirteenth']`. */
export const congressPages: readonly CongressOrdinal[] = (
	Object.keys(pageOrdinals) as CongressOrdinal[]
).sort((a, b) => congressNumberOf(a) - congressNumberOf(b));

function isCongressOrdinal(word: string): word is CongressOrdinal {
	return Object.hasOwn(pageOrdinals, word);
}

/**
 * The number of a congress that has a page: `twelfth` → 12.
 * @example congressNumberOf('thirteenth') // 13
 */
export function congressNumberOf(ordinal: CongressOrdinal): number {
	const value = ordinalValue(ordinal);
	if (value === null) throw new RangeError(`no congress number for ${ordinal}`);
	return value;
}

/**
 * The contract's ordinal of a congress that has a page, or null: 12 → `twelfth`, 14 → null.
 * @example congressPageOf(12) // 'twelfth'
 */
export function congressPageOf(congress: number): CongressOrdinal | null {
	if (!Number.isInteger(congress) || congress < 1 || congress > 99) return null;
	const word = ordinalWords(congress);
	return isCongressOrdinal(word) ? word : null;
}

// "Twelfth United Nations Congress", "Thirteenth Congress", "Twenty-first Congress"; not "congresses".
const congressName = /\b([A-Za-z]+(?:-[a-z]+)?) (?:United Nations )?Congress\b/g;

/**
 * The numbers of the congresses a text names, in number order, each once.
 * @example congressesNamed('preparations for the Thirteenth United Nations Congress on Crime Prevention') // [13]
 */
export function congressesNamed(text: string): number[] {
	const found = new Set<number>();
	for (const match of text.matchAll(congressName)) {
		const value = ordinalValue(match[1] ?? '');
		if (value !== null) found.add(value);
	}
	return [...found].sort((a, b) => a - b);
}

/**
 * The congress a document is listed under, by its title, wherever documents are listed by congress
 * (the home page, a congress page): the last congress its title names that has a page, for a title
 * such as "Follow-up to the Twelfth … and preparations for the Thirteenth …" looks forward to the
 * later one; null when its title names no congress with a page.
 * @example congressListedUnder('Follow-up to the Eleventh United Nations Congress … and preparations for the Twelfth United Nations Congress …') // 12
 */
export function congressListedUnder(title: string): number | null {
	return congressesNamed(title).findLast((congress) => congressPageOf(congress) !== null) ?? null;
}

const wholeName =
	/^(?:the )?([A-Za-z]+(?:-[a-z]+)?) (?:United Nations )?Congress(?: on Crime Prevention and Criminal Justice)?$/i;

/**
 * The congress a label is the name of, and nothing more, or null: "the Twelfth Congress" → 12,
 * "regional preparatory meetings for the Twelfth Congress" → null.
 */
export function congressOfLabel(label: string): number | null {
	const match = wholeName.exec(label.trim());
	return match === null ? null : ordinalValue(match[1] ?? '');
}

const fullName =
	/\b([A-Z][a-z]+(?:-[a-z]+)?) United Nations Congress on ([A-Z][a-z]+(?: (?:and|[A-Z][a-z]+))*)/g;

/**
 * The full names a text gives congresses, each with its number: "Twelfth United Nations Congress
 * on Crime Prevention and Criminal Justice" → 12.
 */
export function fullCongressNames(text: string): { congress: number; name: string }[] {
	return [...text.matchAll(fullName)].flatMap((match) => {
		const value = ordinalValue(match[1] ?? '');
		if (value === null) return [];
		return [{ congress: value, name: match[0].replace(/ and$/, '') }];
	});
}

/** The strength order of attribution bases, strongest first. */
export const attributionOrder: readonly AttributionBasis[] = [
	'named',
	'clause',
	'passage',
	'operative',
	'part',
	'title',
];

/** Links to each of `congresses`, all on one basis. */
export function linksOf(basis: AttributionBasis, congresses: readonly number[]): CongressLink[] {
	return congresses.map((congress) => ({ congress, basis }));
}

/**
 * The links of the first level of context that names any congress: the nearest words decide, and
 * wider context speaks only when they are silent.
 */
export function nearestCongresses(levels: readonly (readonly CongressLink[])[]): CongressLink[] {
	return [...(levels.find((level) => level.length > 0) ?? [])];
}

/** Links to the same congresses, each once with its strongest basis, in congress order. */
export function strongestLinks(links: readonly CongressLink[]): CongressLink[] {
	const best = new Map<number, AttributionBasis>();
	for (const { congress, basis } of links) {
		const known = best.get(congress);
		if (known === undefined || attributionOrder.indexOf(basis) < attributionOrder.indexOf(known)) {
			best.set(congress, basis);
		}
	}
	return [...best].sort(([a], [b]) => a - b).map(([congress, basis]) => ({ congress, basis }));
}
