/**
 * The words a reader searched for, found again in the paragraph they land on: Pagefind passes the
 * query's words in the address (`?highlight=combating&highlight=kidnapping`) and matches on stems, so
 * "combating" found "combat" and the mark must too.
 */

// Endings Pagefind's English stemmer takes off, longest first; what is left must stay a word start.
const endings = ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'es', 'ed', 's'];

/**
 * The start every word matching a searched term begins with: the term, lower case, without a
 * common English ending, and never shorter than four letters (or the term itself if shorter).
 * @example termStem('combating') // 'combat'
 */
export function termStem(term: string): string {
	const word = term.toLowerCase();
	for (const ending of endings) {
		if (word.endsWith(ending) && word.length - ending.length >= 4)
			return word.slice(0, -ending.length);
	}
	return word;
}

/** The searched terms of an address: each word of each `highlight` value, one letter or more than one. */
export function highlightTermsOf(params: URLSearchParams, name = 'highlight'): string[] {
	const words = params
		.getAll(name)
		.flatMap((value) => value.split(/[^\p{L}\p{N}]+/u))
		.filter((word) => word.length > 1);
	return [...new Set(words.map((word) => word.toLowerCase()))];
}

function escapeForPattern(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern that finds, as whole words, every word starting with a searched term's stem, or null
 * when there is no term.
 * @example searchTermPattern(['combating'])?.test('combat') // true
 */
export function searchTermPattern(terms: readonly string[]): RegExp | null {
	if (terms.length === 0) return null;
	const stems = [...new Set(terms.map(termStem))].sort((a, b) => b.length - a.length);
	return new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${stems.map(escapeForPattern).join('|')})[\\p{L}\\p{N}]*`,
		'giu',
	);
}
