/**
 * A search for a paragraph's opening words, quoted, so that one click finds every paragraph of the
 * collection that opens (or goes on) with the same agreed words.
 */
import { searchPath } from '../contract.ts';
import { comparableText } from '../match/normalise.ts';

/** How many opening words are searched: enough to say what a paragraph does, few enough to recur. */
export const openingWordCount = 8;

// Punctuation that frames a word rather than belonging to it; a double quote anywhere would end the phrase.
const framing = /^[\s"'([{]+|[\s"')\]},;:.!?]+$/g;

/**
 * The first words of a paragraph's text as printed and in their order, without its number,
 * quotation marks or the punctuation around words.
 * @example openingWords('“5. Also requests the Secretary-General to prepare, in cooperation with the institutes') // 'Also requests the Secretary-General to prepare in cooperation with'
 */
export function openingWords(text: string, count = openingWordCount): string {
	return comparableText(text)
		.split(' ')
		.map((token) => token.replace(framing, '').replace(/"/g, ''))
		.filter((token) => /[\p{L}\p{N}]/u.test(token))
		.slice(0, count)
		.join(' ');
}

/**
 * The search page's address for a paragraph's opening words, quoted as a phrase.
 * @example openingWordsSearchPath('Encourages the relevant specialized agencies and programmes of the United Nations system') // '/search/?q=%22Encourages%20the%20relevant%20specialized%20agencies%20and%20programmes%20of%22'
 */
export function openingWordsSearchPath(text: string): string {
	return searchPath(`"${openingWords(text)}"`);
}
