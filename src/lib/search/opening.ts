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

// The text up to the white space after its first `tokens` runs of other characters, or null for a
// text of fewer.
function openingOf(text: string, tokens: number): string | null {
	const space = /\s+/g;
	for (let seen = 0; seen < tokens; seen++) if (space.exec(text) === null) return null;
	return text.slice(0, space.lastIndex);
}

/**
 * The first words of a paragraph's text as printed and in their order, without its number,
 * quotation marks or the punctuation around words.
 * @example openingWords('“5. Also requests the Secretary-General to prepare, in cooperation with the institutes') // 'Also requests the Secretary-General to prepare in cooperation with'
 */
export function openingWords(text: string, count = openingWordCount): string {
	const wordsOf = (opening: string): string[] =>
		comparableText(opening)
			.split(' ')
			.map((token) => token.replace(framing, '').replace(/"/g, ''))
			.filter((token) => /[\p{L}\p{N}]/u.test(token))
			.slice(0, count);
	// Every paragraph a page shows asks for its opening, so only the opening is read, up to white
	// space: its words are the text's first words. It is read whole when the opening has too few,
	// the tokens without a letter or digit having been many.
	const opening = openingOf(text, 4 * count);
	const words = opening === null ? [] : wordsOf(opening);
	return (words.length === count ? words : wordsOf(text)).join(' ');
}

/**
 * The search page's address for a paragraph's opening words, quoted as a phrase.
 * @example openingWordsSearchPath('Encourages the relevant specialized agencies and programmes of the United Nations system') // '/search/?q=%22Encourages%20the%20relevant%20specialized%20agencies%20and%20programmes%20of%22'
 */
export function openingWordsSearchPath(text: string): string {
	return searchPath(`"${openingWords(text)}"`);
}
