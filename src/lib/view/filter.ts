/**
 * What a filter box matches: the words a reader types against the text of a listed item. It imports
 * nothing, so the page's script that uses it stays small.
 */

/** Text as the filter compares it: lower case, without accents, letters and digits only. */
function comparable(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether a work's filter text matches what the reader typed: every word typed is in it, whatever
 * the case, accents, spaces and punctuation ("57/270b" finds "A/RES/57/270 B"); nothing typed matches all.
 * @example matchesFilter('United Nations Convention against Corruption', 'corruption convention') // true
 */
export function matchesFilter(filterText: string, typed: string): boolean {
	const text = comparable(filterText);
	return typed
		.split(/\s+/)
		.map(comparable)
		.filter((word) => word !== '')
		.every((word) => text.includes(word));
}
