/**
 * Footnote calls in plain text, where ODS glues the footnote's number to the word or punctuation
 * before it ("Programme,1 should", "Protocols thereto2 as", "Secretary-General;2"), and no mark
 * tells a call from the numbers of years, symbols and quantities ("2008/23", "A/CONF.213/18",
 * "in 2010,"). Two things decide: how the digits sit in the text, and the footnotes that exist,
 * whose first calls come in increasing order.
 */
import type { Footnote, Inline, TextRun } from '../model.ts';
import { ParseError } from './error.ts';

/**
 * Digits that may be a footnote call. A strong candidate is glued to a word in lower case or to
 * closing punctuation and is a call (or an error) whatever its number; a weak one ("September
 * 2008,5", where a list of numbers could read the same) is a call only if it calls the next footnote.
 */
export interface CallCandidate {
	/** Where the digits start in the text, from 0. */
	index: number;
	digits: string;
	strength: 'strong' | 'weak';
}

// Abbreviations that a number follows after a full stop: "Corr.1", "No. 5", "para.3", "vol.2".
const abbreviations = new Set([
	'no',
	'nos',
	'vol',
	'vols',
	'para',
	'paras',
	'art',
	'arts',
	'chap',
	'sect',
	'p',
	'pp',
	'corr',
	'add',
	'rev',
	'suppl',
	'ser',
	'sess',
	'res',
	'dec',
	'amend',
	'fig',
	'op',
]);

/** How the digits at `index` sit after the text before them: a candidate's strength, or null for none. */
function strengthAfter(before: string): CallCandidate['strength'] | null {
	const previous = before.at(-1) ?? '';
	if (/\p{L}/u.test(previous)) {
		const word = /[\p{L}’'-]*\p{L}$/u.exec(before)?.[0] ?? '';
		const glued = before.at(-word.length - 1) ?? '';
		// "G20", "CO2", "MDG8" are names, "A/C.3/L12" a symbol.
		if (!/\p{Ll}/u.test(word) || /[\d/.]/.test(glued)) return null;
		return 'strong';
	}
	if (/[;:)\]]/.test(previous)) return 'strong';
	if (previous === ',') return /\d$/.test(before.slice(0, -1)) ? 'weak' : 'strong';
	if (/[”’"']/.test(previous)) return /\S/.test(before.at(-2) ?? '') ? 'strong' : null;
	if (previous === '.') {
		const word = /(\p{L}+)\.$/u.exec(before)?.[1];
		if (word === undefined) return /[)\]”’"]$/.test(before.slice(0, -1)) ? 'strong' : null;
		const glued = before.at(-word.length - 2) ?? '';
		if (word.length < 2 || /\p{Lu}/u.test(word.slice(1)) || abbreviations.has(word.toLowerCase())) {
			return null;
		}
		return /[\d/.]/.test(glued) ? null : 'strong';
	}
	return null;
}

/** Whether what follows the digits lets them be a call: a space, the end, or closing punctuation before either. */
function endsCall(after: string): boolean {
	return /^(?:$|\s|[,;:.)\]”’"](?:$|[\s,;:.)\]”’"]))/.test(after);
}

/**
 * The digits in a text that may be footnote calls, by how they sit in it.
 * @example footnoteCallCandidates('Programme,1 should be held in 2010, see A/CONF.213/18') // [{ index: 10, digits: '1', strength: 'strong' }]
 */
export function footnoteCallCandidates(text: string): CallCandidate[] {
	const candidates: CallCandidate[] = [];
	for (const match of text.matchAll(/(?<!\d)[1-9]\d{0,2}(?!\d)/g)) {
		const digits = match[0];
		const strength = strengthAfter(text.slice(0, match.index));
		if (strength === null || !endsCall(text.slice(match.index + digits.length))) continue;
		// "1,000" is a quantity: three digits after a digit and a comma.
		if (strength === 'weak' && digits.length === 3) continue;
		candidates.push({ index: match.index, digits, strength });
	}
	return candidates;
}

/** Reads footnote calls in the body's text runs, in seed order, and checks every footnote is called. */
export interface FootnoteCallReader {
	/** The run split into text and the footnote calls in it. */
	read(run: TextRun): Inline[];
	/** Throws a ParseError for the first footnote that nothing called. */
	finish(): void;
}

/**
 * A reader of footnote calls for a document with these footnotes; feed it the body's runs in seed order.
 * @example footnoteCallReader(footnotes, file).read(run) // [text 'Takes note of the report;', call 2]
 */
export function footnoteCallReader(
	footnotes: readonly Footnote[],
	file: string,
): FootnoteCallReader {
	const numbers = new Set(footnotes.map((footnote) => footnote.number));
	const occurrences = new Map<number, number>();
	let highest = 0;
	return {
		read(run) {
			const inlines: Inline[] = [];
			let from = 0;
			const column = (index: number): number => run.at.column + index;
			for (const candidate of footnoteCallCandidates(run.text)) {
				const footnote = Number(candidate.digits);
				const next = highest + 1;
				if (candidate.strength === 'weak' && !(footnote === next && numbers.has(footnote))) {
					continue;
				}
				const where = `at column ${column(candidate.index)}`;
				if (!numbers.has(footnote)) {
					throw new ParseError(
						file,
						run.at.line,
						`footnote call ${footnote} ${where} has no footnote`,
					);
				}
				if (footnote > next) {
					throw new ParseError(
						file,
						run.at.line,
						`footnote call ${footnote} ${where} comes before any call of footnote ${next}`,
					);
				}
				highest = Math.max(highest, footnote);
				const occurrence = (occurrences.get(footnote) ?? 0) + 1;
				occurrences.set(footnote, occurrence);
				if (candidate.index > from) {
					inlines.push({
						kind: 'text',
						text: run.text.slice(from, candidate.index),
						at: { line: run.at.line, column: column(from) },
					});
				}
				inlines.push({
					kind: 'footnote-call',
					footnote,
					occurrence,
					at: { line: run.at.line, column: column(candidate.index) },
				});
				from = candidate.index + candidate.digits.length;
			}
			if (from < run.text.length) {
				inlines.push({
					kind: 'text',
					text: run.text.slice(from),
					at: { line: run.at.line, column: column(from) },
				});
			}
			return inlines;
		},
		finish() {
			const uncalled = footnotes.find((footnote) => !occurrences.has(footnote.number));
			if (uncalled !== undefined) {
				throw new ParseError(file, uncalled.at.line, `footnote ${uncalled.number} is never called`);
			}
		},
	};
}
