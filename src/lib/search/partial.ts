/**
 * When no passage has every word of a question typed in a reader's own words, the closest ones:
 * those with the most of its words. Pagefind wants every word, and a word it does not know it
 * shortens until it finds one ("Doha" finds "do"), so the page checks what it found.
 */
import { nameOfAcronym } from './acronyms.ts';
import { stopwords, termStem, wordsOf } from './terms.ts';

/**
 * The words of a query that can find something: not stopwords, each once, lower case.
 * @example significantWords('What about prisons in Africa?') // ['prisons', 'africa']
 */
export function significantWords(query: string): string[] {
	return wordsOf(query).filter((word) => !stopwords.has(word));
}

/**
 * The searched words that a text does not have: no word of it begins with the word's stem (as
 * Pagefind matches, "cybercr" is in "cybercrime"), nor, for an acronym, the name it stands for.
 * @example missingWords(['doha', 'call'], 'we call upon States to do so') // ['doha']
 */
export function missingWords(words: readonly string[], text: string): string[] {
	const textWords = wordsOf(text);
	const lower = text.toLowerCase().replace(/\s+/g, ' ');
	return words.filter((word) => {
		const name = nameOfAcronym(word);
		if (name !== null && lower.includes(name.toLowerCase())) return false;
		const stem = termStem(word);
		return !textWords.some((textWord) => textWord.startsWith(stem));
	});
}

/** A result of searching one word: what Pagefind gives (`result`), known by its id, with its score. */
export interface WordResult<T> {
	id: string;
	score: number;
	result: T;
}

/** A closest match: a result and the searched words it has. */
export interface PartialMatch<T> {
	result: T;
	words: string[];
}

/**
 * Every result of any of the words, those with the most words first, then the best scored.
 * @example closestMatches([{ word: 'prison', results: [a, b] }, { word: 'africa', results: [b] }]) // b (2 words), then a
 */
export function closestMatches<T>(
	perWord: readonly { word: string; results: readonly WordResult<T>[] }[],
): PartialMatch<T>[] {
	const byId = new Map<string, { result: T; words: string[]; score: number }>();
	for (const { word, results } of perWord) {
		for (const { id, score, result } of results) {
			const found = byId.get(id) ?? { result, words: [], score: 0 };
			found.words.push(word);
			found.score += score;
			byId.set(id, found);
		}
	}
	return [...byId.values()]
		.sort((a, b) => b.words.length - a.words.length || b.score - a.score)
		.map(({ result, words }) => ({ result, words }));
}
