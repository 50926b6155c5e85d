/**
 * Footnote calls in flowed text, in the three ways it writes them: set apart by a space ("Rights,
 * 1 the", "2024/25; 4"), glued to the word or punctuation before ("Child4 and", "Development,10",
 * "November 20242 and", a call glued to a year), or as Markdown (`[^6]`). A bare number is a call
 * only where it sits as one and names the next footnote, since the first calls of the footnotes
 * come in increasing order; numbers in the text ("5 September", "resolution 70/1", "paragraphs 13
 * and 14") are left as text.
 */
import type { Footnote, Inline, SetAside } from '../../model.ts';
import { ParseError } from '../error.ts';
import { footnoteCallCandidates } from '../footnote-calls.ts';
import { setAsideOf, type Span } from './lines.ts';

/** Digits in a span that may be a call, and how they are written. */
interface Candidate {
	index: number;
	digits: string;
	/** How far the digits are a call by their place alone: `strong` always is, the others only if they name the next footnote. */
	how: 'markdown' | 'strong' | 'weak' | 'spaced' | 'year';
}

// Words a number follows as their own number, not as a call: "paragraphs 13 and 14", "of 5 December".
const numberedWords = new Set(
	'paragraph paragraphs para paras resolution resolutions article articles goal goals target targets principle principles item items sub-item chapter chap annex annexes section sect page pages rule rules decision decisions and to or of from between than about over under at on by in the no nos vol vols volume protocol part phase session year years number footnote note notes recommendation recommendations conclusion conclusions amendment op'.split(
		' ',
	),
);

function spacedCandidates(text: string): Candidate[] {
	const found: Candidate[] = [];
	for (const match of text.matchAll(
		/(?<=[\p{L}\p{N},;:)”’"\]]) {1,2}([1-9]\d{0,2})(?![\d/.,-]\d)/gu,
	)) {
		const digits = match[1] ?? '';
		const index = match.index + match[0].length - digits.length;
		const before = text.slice(0, match.index);
		const word = /(\p{L}[\p{L}-]*)\.?$/u.exec(before)?.[1]?.toLowerCase();
		if (word !== undefined && numberedWords.has(word)) continue;
		const after = text.slice(index + digits.length);
		// After a number ("of 1990 3  and 1995"), only the two spaces the extraction leaves after a call tell one.
		if (/\d$/.test(before)) {
			if (/^ {2}\p{Ll}/u.test(after)) found.push({ index, digits, how: 'spaced' });
			continue;
		}
		const lower = /^(?:\s*$|\s{1,3}[\p{Ll}(“"‘[]|[,;.:](?:\s|$))/u.test(after);
		// A capital or a number after the digits is a call's only where a comma closed the words before ("Rarotonga, 3 Bangkok", "2021, 1 2022").
		const afterComma = /^\s{1,3}[\p{Lu}\d]/u.test(after) && /,$/.test(before);
		// The extraction may glue a call set apart from the word before to the word after ("Weapons 6and").
		const gluedAfter = /^\p{Ll}{2,}\b/u.test(after) && /\p{L}[,;:]?$/u.test(before);
		if (lower || afterComma || gluedAfter) found.push({ index, digits, how: 'spaced' });
	}
	return found;
}

function yearCandidates(text: string): Candidate[] {
	return [...text.matchAll(/(?<![\d/.])(?:19|20)\d\d(\d{1,2})(?=[\s,;.:)]|$)/g)].map((match) => {
		const digits = match[1] ?? '';
		return { index: match.index + match[0].length - digits.length, digits, how: 'year' as const };
	});
}

/** The candidates in a span's text, in order, the Markdown calls masked from the others. */
function candidatesOf(text: string): Candidate[] {
	const markdown: Candidate[] = [...text.matchAll(/\[\^(\d{1,3})\]/g)].map((match) => ({
		index: match.index + 2,
		digits: match[1] ?? '',
		how: 'markdown',
	}));
	const masked = text.replace(/\[\^\d{1,3}\]/g, (call) => ' '.repeat(call.length));
	const bare: Candidate[] = footnoteCallCandidates(masked).map((candidate) => ({
		index: candidate.index,
		digits: candidate.digits,
		how: candidate.strength,
	}));
	const all = [...markdown, ...bare, ...spacedCandidates(masked), ...yearCandidates(masked)];
	const byIndex = new Map<number, Candidate>();
	for (const candidate of all)
		if (!byIndex.has(candidate.index)) byIndex.set(candidate.index, candidate);
	return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** What a span is once its calls are read: text and calls, and the Markdown around the calls. */
export interface ReadSpan {
	inlines: Inline[];
	setAside: SetAside[];
}

/** Reads the calls in the body's spans, in seed order, and checks every footnote is called. */
export interface CallReader {
	read(span: Span): ReadSpan;
	/** Throws a ParseError naming the first footnote nothing called. */
	finish(): void;
}

/**
 * A reader of the calls of these footnotes; feed it the body's spans in seed order.
 * @example callReader(footnotes, file).read({ line: 27, column: 1, text: 'Rights, 1 the International Covenant' }).inlines[1] // call 1
 */
export function callReader(footnotes: readonly Footnote[], file: string): CallReader {
	const numbers = new Set(footnotes.map((footnote) => footnote.number));
	const occurrences = new Map<number, number>();
	let highest = 0;
	const isCall = (candidate: Candidate, span: Span): boolean => {
		const footnote = Number(candidate.digits);
		const next = highest + 1;
		if (candidate.how !== 'markdown' && candidate.how !== 'strong')
			return footnote === next && numbers.has(footnote);
		const where = `footnote call ${footnote} at column ${span.column + candidate.index}`;
		const written =
			candidate.how === 'markdown' ? `written [^${footnote}]` : 'glued to the text before it';
		if (!numbers.has(footnote))
			throw new ParseError(file, span.line, `${where}, ${written}, names no footnote`);
		if (footnote > next)
			throw new ParseError(
				file,
				span.line,
				`footnote ${next} is never called before ${where}, ${written}: its call was lost, or is set apart where it cannot be told from a number`,
			);
		return true;
	};
	return {
		read(span) {
			const inlines: Inline[] = [];
			const setAside: SetAside[] = [];
			const at = (index: number) => ({ line: span.line, column: span.column + index });
			let from = 0;
			for (const candidate of candidatesOf(span.text)) {
				if (candidate.index < from || !isCall(candidate, span)) continue;
				const footnote = Number(candidate.digits);
				highest = Math.max(highest, footnote);
				const occurrence = (occurrences.get(footnote) ?? 0) + 1;
				occurrences.set(footnote, occurrence);
				const markdown = candidate.how === 'markdown';
				const textEnd = markdown ? candidate.index - 2 : candidate.index;
				if (textEnd > from)
					inlines.push({ kind: 'text', text: span.text.slice(from, textEnd), at: at(from) });
				if (markdown)
					setAside.push(setAsideOf({ ...at(textEnd), text: '[^' }, 'markup', 'footnote call'));
				inlines.push({ kind: 'footnote-call', footnote, occurrence, at: at(candidate.index) });
				from = candidate.index + candidate.digits.length;
				if (markdown) {
					setAside.push(setAsideOf({ ...at(from), text: ']' }, 'markup', 'footnote call'));
					from += 1;
				}
			}
			if (from < span.text.length)
				inlines.push({ kind: 'text', text: span.text.slice(from), at: at(from) });
			return { inlines, setAside };
		},
		finish() {
			const uncalled = footnotes.find((footnote) => !occurrences.has(footnote.number));
			if (uncalled !== undefined)
				throw new ParseError(
					file,
					uncalled.at.line,
					`footnote ${uncalled.number} is never called: no number in the text calls it where a call can stand`,
				);
		},
	};
}
