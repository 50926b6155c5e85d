/**
 * The words a reader searched for, found again in a result's excerpt and in the paragraph they land
 * on: Pagefind passes the query's words in the address (`?highlight=combating&highlight=kidnapping`)
 * and matches on stems, so "combating" found "combat" and the mark must too. A mark is a whole word
 * that shares a searched word's stem, never a word that merely begins with it ("of" is not
 * "offenders"), never a stopword, and never its trailing punctuation.
 */
import { nameOfAcronym } from './acronyms.ts';

// Endings Pagefind's English stemmer takes off, longest first; what is left must stay a word start.
const endings = [
	'ations',
	'ation',
	'ings',
	'ing',
	'ies',
	'ied',
	'ers',
	'ate',
	'er',
	'es',
	'ed',
	'ly',
	'e',
	's',
];

/** Words too common to find anything by: searched, they match, but they are not marked. */
export const stopwords: ReadonlySet<string> = new Set(
	(
		'a about above after all also an and any are as at be been but by can could did do does for ' +
		'from had has have how i if in into is it its may more most no not of on or other our shall ' +
		'should so such than that the their them there these they this those to upon was we were what ' +
		'when where which while who whom why will with would you'
	).split(' '),
);

/**
 * The stem of a word: lower case, without a common English ending, and never shorter than four
 * letters (or the word itself if shorter).
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

/** The words of a text as search sees them: letters and digits, lower case, each once. */
export function wordsOf(text: string): string[] {
	const words = text
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 1)
		.map((word) => word.toLowerCase());
	return [...new Set(words)];
}

/** The searched terms of an address: each word of each `highlight` value, one letter or more than one. */
export function highlightTermsOf(params: URLSearchParams, name = 'highlight'): string[] {
	return wordsOf(params.getAll(name).join(' '));
}

function escapeForPattern(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A searched word as a pattern: its stem with any ending, or the name an acronym stands for. */
function wordPattern(term: string): string {
	const name = nameOfAcronym(term);
	if (name !== null)
		return `${escapeForPattern(term)}|${name.split(' ').map(escapeForPattern).join('\\s+')}`;
	return `${escapeForPattern(termStem(term))}(?:${endings.map(escapeForPattern).join('|')})?`;
}

/**
 * A pattern that finds, as whole words, every word sharing a searched word's stem (and the name an
 * acronym stands for), or null when no word but stopwords was searched.
 * @example searchTermPattern(['combating'])?.test('combat') // true
 */
export function searchTermPattern(terms: readonly string[]): RegExp | null {
	const searched = [...new Set(terms.map((term) => term.toLowerCase()))].filter(
		(term) => !stopwords.has(term),
	);
	if (searched.length === 0) return null;
	const alternatives = searched.map(wordPattern).sort((a, b) => b.length - a.length);
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The pattern of what a query finds: for a phrase in quotes (Pagefind's exact search), the phrase's
 * words in their order; otherwise each searched word.
 * @example queryPattern('"international cooperation"')?.test('international cooperation') // true
 */
export function queryPattern(query: string): RegExp | null {
	const phrase = /^\s*"(.+)"\s*$/.exec(query)?.[1];
	if (phrase === undefined) return searchTermPattern(wordsOf(query));
	// Every word in its place, repeated ones and single letters too, or the phrase would not be found.
	const words = phrase
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '')
		.map((word) => word.toLowerCase());
	if (words.length === 0) return null;
	return new RegExp(
		`(?<![\\p{L}\\p{N}])${words
			.map(wordPattern)
			.map((word) => `(?:${word})`)
			.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`,
		'giu',
	);
}
