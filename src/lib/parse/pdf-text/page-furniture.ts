/**
 * Page furniture in text extracted from a PDF: what the printed page carries around the document's
 * words (running heads, page numbers, job numbers, bar codes, rules), found so it can be set aside.
 */
import type { SetAside } from '../../model.ts';
import { monthNames } from '../../words/dates.ts';
import { columnsOf, placeIn, type SourceLine } from './lines.ts';

/** Page furniture found in a seed: what is set aside, the lines it takes and the job number it names. */
export interface PageFurniture {
	setAside: SetAside[];
	/** Line numbers of furniture lines. */
	lines: Set<number>;
	/** Line numbers of rules (`______`), which open a page's footnotes. */
	rules: number[];
	/** The document's job number (`12-38888`), if a page prints it. */
	jobNumber: string | null;
}

const jobNumberToken = /^\d{2}-\d{4,6}$/;
const symbolShape = /^[A-Z]{1,4}(?:\/[A-Za-z0-9.-]+){2,}$/;
const loneDate = new RegExp(`^\\d{1,2} (?:${monthNames.join('|')}) \\d{4}$`);

// A footer or header line is furniture when every word on it is: "12-38888 (E) 280612", "2 12-38888", "A/67/97 3".
function tokenWhat(token: string, symbols: readonly string[]): string | null {
	if (jobNumberToken.test(token)) return 'job number';
	if (symbols.includes(token)) return 'running head';
	if (/^\*\d{5,}\*$/.test(token)) return 'bar code';
	if (/^\d{1,3}\/\d{1,3}$/.test(token)) return 'page number';
	if (/^(?:\d{1,3}|\d{6}|\([A-Z]\)|Page)$/.test(token)) return 'weak';
	return null;
}

/** What a line is if it can only be page furniture: `running head`, `page number`, `job number` …; else null. */
export function strongFurnitureOf(text: string, symbols: readonly string[]): string | null {
	if (/^_{4,}$/.test(text)) return 'rule';
	if (/^Please recycle\b/i.test(text)) return 'recycling note';
	if (/^Page \d{1,3}(?: of \d{1,3})?$/i.test(text) || /^[-–] ?\d{1,3} ?[-–]$/.test(text))
		return 'page number';
	if (/^\d{1,3} ?\/ ?\d{1,3}$/.test(text)) return 'page number';
	const whats = text.split(/\s+/).map((token) => tokenWhat(token, symbols));
	if (whats.some((what) => what === null)) return null;
	for (const what of ['job number', 'bar code', 'running head', 'page number']) {
		if (whats.includes(what)) return what;
	}
	return null;
}

// A lone number, date or symbol is furniture only where a page begins or ends, or beside other furniture;
// in the body, "2014" or "E/CN.15/2011/15" can end up alone on a wrapped line.
function weakFurnitureOf(text: string): string | null {
	if (/^\d{1,3}$/.test(text)) return 'page number';
	if (loneDate.test(text) || symbolShape.test(text)) return 'running head';
	return null;
}

function nextWithWords(
	lines: readonly SourceLine[],
	index: number,
	step: 1 | -1,
): SourceLine | undefined {
	for (let at = index + step; at >= 0 && at < lines.length; at += step) {
		const line = lines[at];
		if (line !== undefined && line.text !== '') return line;
	}
	return undefined;
}

/** Symbols that stand alone on more than one line: running heads, whatever the document's symbol. */
function repeatedSymbols(lines: readonly SourceLine[]): string[] {
	const counts = new Map<string, number>();
	for (const { text } of lines) {
		if (symbolShape.test(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
	}
	return [...counts].filter(([, count]) => count > 1).map(([symbol]) => symbol);
}

/**
 * The page furniture among a seed's lines, given the symbols the document is known by.
 * @example pageFurnitureOf(lines, ['A/67/97']) // sets aside "A/67/97", "2/5", "12-38888 (E) 280612", "*1238888*"
 */
export function pageFurnitureOf(
	lines: readonly SourceLine[],
	knownSymbols: readonly string[],
): PageFurniture {
	const symbols = [...knownSymbols, ...repeatedSymbols(lines)];
	const whatByLine = new Map<number, string>();
	const closingDates = closingDateLines(lines);
	lines.forEach((line) => {
		const what = line.text === '' ? null : strongFurnitureOf(line.text, symbols);
		if (what !== null) whatByLine.set(line.line, what);
	});
	// Two rounds, so a date beside a page number beside a page break is found too.
	for (let round = 0; round < 2; round += 1) {
		lines.forEach((line, index) => {
			const what =
				line.text === '' || whatByLine.has(line.line) || closingDates.has(line.line)
					? null
					: weakFurnitureOf(line.text);
			if (what === null) return;
			const before = nextWithWords(lines, index, -1);
			const after = nextWithWords(lines, index, 1);
			const atPageEdge = line.newPage || after === undefined || after.newPage;
			const besideFurniture = [before, after].some(
				(other) => other !== undefined && whatByLine.has(other.line),
			);
			if (atPageEdge || besideFurniture) whatByLine.set(line.line, what);
		});
	}
	const furniture: PageFurniture = { setAside: [], lines: new Set(), rules: [], jobNumber: null };
	for (const line of lines) {
		const what = whatByLine.get(line.line);
		if (what === undefined) continue;
		furniture.lines.add(line.line);
		if (what === 'rule') furniture.rules.push(line.line);
		// A footer set out in columns ("2/5      12-38888") is set aside column by column.
		const columns = what === 'rule' ? [{ offset: 0, text: line.text }] : columnsOf(line);
		for (const column of columns) {
			const columnWhat =
				columns.length === 1
					? what
					: (strongFurnitureOf(column.text, symbols) ?? weakColumnWhat(column.text));
			const jobNumber = column.text.split(/\s+/).find((token) => jobNumberToken.test(token));
			// The first job number is read into the metadata; the rest repeat it at each page's foot.
			const first = jobNumber !== undefined && furniture.jobNumber === null;
			if (first) furniture.jobNumber = jobNumber;
			furniture.setAside.push({
				rule: first ? 'metadata' : 'page-furniture',
				what: columnWhat,
				text: column.text,
				at: placeIn(line, column.offset),
			});
		}
	}
	return furniture;
}

// A resolution's closing date stands alone under "65th plenary meeting", often at a page's foot:
// it is the document's text, not a running head.
function closingDateLines(lines: readonly SourceLine[]): Set<number> {
	const found = new Set<number>();
	lines.forEach((line, index) => {
		const before = nextWithWords(lines, index, -1);
		if (
			loneDate.test(line.text) &&
			before !== undefined &&
			/\bplenary meeting$/.test(before.text)
		) {
			found.add(line.line);
		}
	});
	return found;
}

// A column of a footer line holding only a number is a page number, or the date stamp beside a job number.
function weakColumnWhat(text: string): string {
	return /^\d{6}$|^\([A-Z]\)$/.test(text) ? 'job number' : 'page number';
}
