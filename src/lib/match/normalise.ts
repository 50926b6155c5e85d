/**
 * The words of a paragraph for comparison. Two printings of one agreed text differ in ways that are
 * not wording, so these are set aside:
 *
 * - spaces and line breaks (extractions wrap lines where the PDF did);
 * - curly and straight quotes, and the opening (and closing) quotation marks of a paragraph quoted
 *   whole, as an ECOSOC resolution quotes every paragraph of the draft it recommends;
 * - the printed paragraph number, which says where a paragraph stands, not what it says;
 * - the order of a lead phrase's sequencing adverb (`Requests also` is `Also requests`), because
 *   which one a drafter writes depends on the paragraphs around it; the adverb itself is kept, so
 *   `Also requests …` against `Requests …` is one word changed;
 * - punctuation around words (a paragraph ends in `;` or `.` by its place in the resolution) and
 *   letter case (`Government ministers` is `government ministers`).
 *
 * Words keep their inner punctuation (`attorneys-general`, `A/RES/64/180`), so those changes count.
 */
import type { Word } from './types.ts';

const quotes: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201A': "'",
	'\u201B': "'",
	'\u2032': "'",
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u201F': '"',
	'\u00AB': '"',
	'\u00BB': '"',
};

const sequencingAdverbs = new Set(['also', 'further', 'again', 'moreover']);

/**
 * A paragraph's text with straight quotes, single spaces and no printed number or quotation marks around it.
 * @example comparableText('\t5.\t“Also requests the Secretary-General to prepare') // 'Also requests the Secretary-General to prepare'
 */
export function comparableText(text: string): string {
	const straight = text
		.normalize('NFKC')
		.replace(
			/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u00AB\u00BB]/g,
			(q) => quotes[q] ?? q,
		)
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^\d{1,3}\.\s+/, '');
	const unquoted = straight.replace(/^"/, '');
	// A closing mark is the quoted paragraph's only where the marks left are odd: else it closes a
	// quotation inside the text ("entitled “Improving the governance”;").
	const marks = unquoted.split('"').length - 1;
	return (marks % 2 === 1 ? unquoted.replace(/"(?=[.;,:]?$)/, '') : unquoted).trim();
}

// Punctuation that frames a word rather than belonging to it.
const framing = /^[\s"'([{]+|[\s"')\]},;:.!?]+$/g;

/**
 * The words of a paragraph's text, as printed and as compared, its lead phrase's adverb put first.
 * @example wordsOf('Requests also the Secretary-General to report;').map((w) => w.key) // ['also', 'requests', 'the', 'secretary-general', 'to', 'report']
 */
export function wordsOf(text: string): Word[] {
	const words = comparableText(text)
		.split(' ')
		.map((token) => token.replace(framing, ''))
		.filter((token) => /[\p{L}\p{N}]/u.test(token))
		.map((token) => ({ text: token, key: token.toLowerCase() }));
	return withAdverbFirst(words);
}

// "Requests also" and "Also requests": the head verb opens the paragraph capitalised and the adverb
// follows it; put the adverb first, capitalised as the paragraph opens.
function withAdverbFirst(words: Word[]): Word[] {
	const [head, adverb, ...rest] = words;
	if (head === undefined || adverb === undefined) return words;
	if (!/^\p{Lu}\p{Ll}+s$/u.test(head.text) || !sequencingAdverbs.has(adverb.text)) return words;
	const capitalised = adverb.text.charAt(0).toUpperCase() + adverb.text.slice(1);
	return [
		{ text: capitalised, key: adverb.key },
		{ text: head.text.toLowerCase(), key: head.key },
		...rest,
	];
}
