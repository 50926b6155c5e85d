/**
 * Footnote calls that a PDF's layout text no longer sets as superscripts: a call set apart from the
 * word before it by a space ("Court 1 reaffirms", "2024/25; 4"), or glued to a year before it
 * ("Political Declarations of 20172 and 2021,3"). Numbers stand so in running text too ("item 15",
 * "from 6 to 22 February"), so these are only candidates: the reader takes one as a call only if it
 * calls the next footnote in turn, on the page where that footnote is printed.
 */
import { monthNames } from '../../words/dates.ts';
import { abbreviationsBeforeNumbers } from './labels.ts';

/** Digits that may be a call the layout set apart or glued to a year. */
export interface LooseCall {
	/** Offset of the digits in the text. */
	offset: number;
	digits: string;
	/** `spaced`: after a space; `year`: glued to the four digits of a year. */
	how: 'spaced' | 'year';
}

// Words a number follows as its object, not as a call: "paragraph 1", "item 15", "from 6 to 22".
const countingWords = new Set([
	...['paragraph', 'paragraphs', 'item', 'items', 'resolution', 'resolutions', 'decision'],
	...['decisions', 'article', 'articles', 'principle', 'principles', 'goal', 'goals', 'target'],
	...['targets', 'chapter', 'annex', 'part', 'section', 'page', 'pages', 'rule', 'rules', 'and'],
	...['or', 'to', 'of', 'from', 'between', 'than', 'by', 'about', 'some', 'over', 'under', 'in'],
	...['nearly', 'least', 'only', 'all', 'the', 'these', 'those', 'every', 'each', 'for', 'on'],
	...['at', 'with', 'within', 'after', 'before', 'since', 'until', 'protocol', 'session', 'level'],
	...['recommendation', 'annexes', 'phase'],
]);
// Words that make a number before them a quantity or a date: "5 September", "2 billion".
const countedWords = new Set([
	...monthNames,
	...['per', 'percent', 'million', 'billion', 'trillion', 'years', 'year', 'months', 'month'],
	...['days', 'day', 'weeks', 'hours', 'times', '%'],
]);

function isCountingWord(token: string): boolean {
	// After a full stop only an abbreviation ("No. 5") counts; a sentence's end ("Principles. 13") does not.
	if (token.endsWith('.')) return abbreviationsBeforeNumbers.has(token.slice(0, -1));
	return countingWords.has(token) || countingWords.has(token.toLowerCase());
}

/**
 * The digits in a line's text that may be calls set apart by a space or glued to a year.
 * @example looseCallCandidates('the International Covenant on Civil and Political Rights, 1 the') // [{ offset: 57, digits: '1', how: 'spaced' }]
 */
export function looseCallCandidates(text: string): LooseCall[] {
	const found: LooseCall[] = [];
	for (const match of text.matchAll(/(\S+) {1,3}([1-9]\d{0,2})(?=$|\s|[,;:.](?:$|\s))/gu)) {
		const [whole, before = '', digits = ''] = match;
		const after = /^\s*(\S+)/.exec(text.slice(match.index + whole.length))?.[1] ?? '';
		// Only a word or closing punctuation carries a call; a symbol or a figure does not.
		if (!/[\p{L},;:.’”")\]]$/u.test(before) || (before.includes('/') && !/[,;:]$/.test(before)))
			continue;
		if (/[\p{L}.]$/u.test(before) && isCountingWord(before)) continue;
		if (countedWords.has(after.replace(/[,;:.]$/, ''))) continue;
		found.push({ offset: match.index + whole.length - digits.length, digits, how: 'spaced' });
	}
	for (const match of text.matchAll(
		/(?<![\d/.,-])((?:19|20)\d{2})([1-9]\d?)(?=$|\s|[,;:.](?:$|\s))/g,
	)) {
		const [, year = '', digits = ''] = match;
		const before = text.slice(0, match.index).trimEnd().split(/\s+/).at(-1) ?? '';
		// "No. 20378" is a number; "of 20172" a year and a call.
		if (before.endsWith('.') && abbreviationsBeforeNumbers.has(before.slice(0, -1))) continue;
		found.push({ offset: match.index + year.length, digits, how: 'year' });
	}
	return found.sort((a, b) => a.offset - b.offset);
}
