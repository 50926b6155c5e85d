/**
 * Footnotes in text extracted from a PDF: the notes under a rule at a page's foot ("1 Official
 * Records …"), and the calls glued to the words that call them ("Programme,1 should").
 */
import type { Footnote, Inline, SetAside, TextRun } from '../../model.ts';
import { footnoteCallCandidates } from '../footnote-calls.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import { looseCallCandidates, type LooseCall } from './loose-calls.ts';
import { placeIn, runOf, type SourceLine } from './lines.ts';
import { abbreviationsBeforeNumbers } from './labels.ts';

/** A page's footnotes and the lines they take. */
export interface PageFootnotes {
	footnotes: Footnote[];
	/** Notes marked with asterisks ("* A/67/50."): about the document, so set aside as metadata. */
	setAside: SetAside[];
	/** Line numbers of footnote lines (the rules above them are page furniture). */
	lines: Set<number>;
}

/** The number and the text of a line that starts a footnote: `1 Official Records …`, `* A/67/50.` */
function footnoteStart(text: string): { mark: string; offset: number } | null {
	const match = /^(\d{1,3}|\*{1,3})(?:\s+|(?=[A-Z“"(]))(?=\S)/.exec(text);
	return match === null || match[1] === undefined
		? null
		: { mark: match[1], offset: match[0].length };
}

/**
 * The footnotes under each rule, numbered on from one page to the next; a rule with no note under it
 * is only a rule.
 * @example footnotesOf(lines, [41], furnitureLines) // the notes on the lines after the rule on line 41
 */
export function footnotesOf(
	lines: readonly SourceLine[],
	rules: readonly number[],
	furnitureLines: ReadonlySet<number>,
): PageFootnotes {
	const found: PageFootnotes = { footnotes: [], setAside: [], lines: new Set() };
	for (const rule of rules) {
		const ruleIndex = lines.findIndex((line) => line.line === rule);
		if (ruleIndex === -1) continue;
		// The notes end where the page does: at a page break or a line of furniture.
		const pageEnd = lines.findIndex(
			(line, index) => index > ruleIndex && (line.newPage || furnitureLines.has(line.line)),
		);
		readNotes(lines.slice(ruleIndex + 1, pageEnd === -1 ? lines.length : pageEnd), found);
	}
	return found;
}

/** Reads the notes on the lines under one rule into what was found under the rules before it. */
function readNotes(lines: readonly SourceLine[], found: PageFootnotes): void {
	let current: TextRun[] | 'asterisk note' | null = null;
	let blankSeen = false;
	for (const line of lines) {
		if (line.text === '') {
			blankSeen = true;
			continue;
		}
		const start = footnoteStart(line.text);
		const expected = String((found.footnotes.at(-1)?.number ?? 0) + 1);
		const starts = start !== null && (start.mark === expected || start.mark.startsWith('*'));
		// After a blank line the notes go on only with a new note; otherwise the page's text has resumed.
		if (!starts && (current === null || blankSeen)) return;
		blankSeen = false;
		found.lines.add(line.line);
		if (starts && !start.mark.startsWith('*')) {
			current = [];
			const run = runOf(line, start.offset);
			if (run !== null) current.push(run);
			found.footnotes.push({ number: Number(start.mark), content: current, at: placeIn(line) });
		} else if (starts || current === 'asterisk note') {
			current = 'asterisk note';
			found.setAside.push({ rule: 'metadata', what: 'note', text: line.text, at: placeIn(line) });
		} else if (current !== null) {
			const run = runOf(line);
			if (run !== null) current.push(run);
		}
	}
}

/** A number glued to the word or punctuation before it, which may be a footnote call. */
interface CallCandidate {
	footnote: number;
	/** Offset of the number in the line's text. */
	offset: number;
	length: number;
	/** Glued to a lower-case word ("Programme,1"): surely a call, so a missing footnote is an error. */
	strong: boolean;
	/** Set apart by a space or glued to a year: a call only where its footnote's page says so. */
	loose?: LooseCall['how'];
}

function callCandidates(text: string, from: number, loose: boolean): CallCandidate[] {
	const candidates: CallCandidate[] = [];
	const pattern =
		/(\p{L}[,.;:’”"')\]]{0,2}|\d[’”"')\]]{1,2}[,.;:]?)(\d{1,3})(?=[\s,.;:’”"')\]]|$)/gu;
	for (const match of text.matchAll(pattern)) {
		const [, glue = '', digits = ''] = match;
		const offset = match.index + glue.length;
		const token = text.slice(text.lastIndexOf(' ', offset) + 1, offset);
		const word = /(\p{L}+)\.$/u.exec(token)?.[1];
		// A number inside a symbol (E/CN.15/2011/15) or after an abbreviation (Add.1) is not a call.
		if (token.includes('/') && !/[)\]’”"']$/.test(token.replace(/[,.;:]+$/, ''))) continue;
		if (word !== undefined && abbreviationsBeforeNumbers.has(word)) continue;
		candidates.push({
			footnote: Number(digits),
			offset,
			length: digits.length,
			strong: /^\p{Ll}/u.test(glue),
		});
	}
	// Digits glued to a year's punctuation ("18 August 2006;6", "September 2000,1") may call the
	// next footnote too; as in ODS text, only the footnote next in turn makes them a call.
	for (const { index, digits } of footnoteCallCandidates(text)) {
		if (candidates.some((candidate) => candidate.offset === index)) continue;
		candidates.push({
			footnote: Number(digits),
			offset: index,
			length: digits.length,
			strong: false,
		});
	}
	if (loose) {
		for (const { offset, digits, how } of looseCallCandidates(text)) {
			if (candidates.some((candidate) => candidate.offset === offset)) continue;
			candidates.push({
				footnote: Number(digits),
				offset,
				length: digits.length,
				strong: false,
				loose: how,
			});
		}
	}
	return candidates
		.filter((candidate) => candidate.offset >= from)
		.sort((a, b) => a.offset - b.offset);
}

/** Turns a line's text into runs and footnote calls, calls numbered in the order the text makes them. */
export interface FootnoteCallReader {
	/** The runs and calls of a line's text from `offset`. */
	inlinesOf(line: SourceLine, offset?: number): Inline[];
	/** Throws if a footnote was never called. */
	checkAllCalled(): void;
}

/** What lets the reader take calls the layout set apart by a space: the page of each line. */
export interface LooseCallOptions {
	/** The page a line is on; without it, only calls glued to their word are read. */
	pageOf?: (line: number) => number;
	/** Where a call read against the grain of the text (glued to a year) is reported. */
	warnings?: ParseWarning[];
}

/**
 * Reads footnote calls against the footnotes the document has: a first call must call the next
 * footnote in turn; a call of a footnote the document lacks, or a footnote never called, is an error.
 */
export function footnoteCallReader(
	footnotes: readonly Footnote[],
	file: string,
	options: LooseCallOptions = {},
): FootnoteCallReader {
	const numbers = new Set(footnotes.map((footnote) => footnote.number));
	const occurrences = new Map<number, number>();
	const { pageOf, warnings } = options;
	// The first digits that could have called each footnote but were not taken for its call.
	const passedOver = new Map<
		number,
		{ line: SourceLine; offset: number; loose: LooseCall['how'] | null }
	>();
	let next = 1;
	const onFootnotesPage = (footnote: number, line: SourceLine): boolean => {
		const note = footnotes.find((found) => found.number === footnote);
		return note !== undefined && pageOf !== undefined && pageOf(note.at.line) === pageOf(line.line);
	};
	const isCall = (candidate: CallCandidate, line: SourceLine): boolean => {
		const { footnote, strong } = candidate;
		// Where pages are known, a footnote is printed on the page that first calls it: "GC(69)/RES/9
		// A.2" a page before footnote 2 is a symbol, not its call.
		if (pageOf !== undefined && footnote === next && !onFootnotesPage(footnote, line)) return false;
		if (candidate.loose !== undefined) {
			const call = footnote === next && onFootnotesPage(footnote, line);
			if (call && candidate.loose === 'year') {
				const year = line.text.slice(candidate.offset - 4, candidate.offset);
				warnings?.push({
					file,
					line: line.line,
					message: `footnote call ${footnote} glued to the year ${year} ("${year}${footnote}"): read as the year and a call`,
				});
			}
			return call;
		}
		if (footnote === next && numbers.has(footnote)) return true;
		if (footnote === next && strong) {
			throw new ParseError(file, line.line, `footnote call ${footnote} has no footnote`);
		}
		return strong && footnote < next;
	};
	return {
		inlinesOf(line, offset = 0) {
			const inlines: Inline[] = [];
			let position = offset;
			for (const candidate of callCandidates(line.text, offset, pageOf !== undefined)) {
				if (!isCall(candidate, line)) {
					if (!passedOver.has(candidate.footnote))
						passedOver.set(candidate.footnote, {
							line,
							offset: candidate.offset,
							loose: candidate.loose ?? null,
						});
					continue;
				}
				// A run after a call keeps its leading space: on one line the runs are joined as they stand.
				const before =
					position === offset
						? runOf(line, position, candidate.offset)
						: keptRun(line, position, candidate.offset);
				if (before !== null) inlines.push(before);
				const occurrence = (occurrences.get(candidate.footnote) ?? 0) + 1;
				occurrences.set(candidate.footnote, occurrence);
				if (candidate.footnote === next) next += 1;
				inlines.push({
					kind: 'footnote-call',
					footnote: candidate.footnote,
					occurrence,
					at: placeIn(line, candidate.offset),
				});
				position = candidate.offset + candidate.length;
			}
			const rest =
				position === offset ? runOf(line, position) : keptRun(line, position, line.text.length);
			if (rest !== null) inlines.push(rest);
			return inlines;
		},
		checkAllCalled() {
			const uncalled = footnotes.find((footnote) => !occurrences.has(footnote.number));
			if (uncalled === undefined) return;
			// Name the digits that looked like the call, if any: that is where the cause is.
			const missed = passedOver.get(uncalled.number);
			if (missed !== undefined) {
				const word = missed.line.text.slice(0, missed.offset).trimEnd().split(/\s+/).at(-1) ?? '';
				const how = missed.loose === 'spaced' ? 'set apart by a space' : 'glued';
				const reason = `footnote call \`${uncalled.number}\` ${how} after \`${word}\` could not be read as the call of footnote ${uncalled.number} (line ${uncalled.at.line}): it is out of turn or on another page`;
				throw new ParseError(file, missed.line.line, reason);
			}
			throw new ParseError(file, uncalled.at.line, `footnote ${uncalled.number} is never called`);
		},
	};
}

function keptRun(line: SourceLine, start: number, end: number): TextRun | null {
	const text = line.text.slice(start, end).trimEnd();
	return text.trim() === '' ? null : { kind: 'text', text, at: placeIn(line, start) };
}
