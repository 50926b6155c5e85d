/**
 * The running heads of a PDF's layout text as one extraction pipeline writes it: blank lines on a
 * page hold one space, and a page breaks at a line that holds nothing at all. Every page after the
 * first opens with its head: the document's symbol, a short title on one to three lines, the job
 * number and the page number, the symbol first on even pages and last on odd ones.
 */
import type { SetAside } from '../../model.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import { placeIn, type SourceLine } from './lines.ts';

/** The running heads found after the page breaks of a seed. */
export interface RunningHeads {
	/** The short title's lines, set aside as page furniture (the symbol, job and page numbers are furniture of their own). */
	setAside: SetAside[];
	/** Line numbers of every line of the heads. */
	lines: Set<number>;
	/** Line numbers of the empty lines where a page breaks. */
	breaks: number[];
	/** Defects of the extraction the heads show: a head whose title differs from the others'. */
	warnings: ParseWarning[];
}

const pageNumber = /^\d{1,3}\/\d{1,3}$/;
const jobNumber = /^\d{2}-\d{4,6}$/;

/** The head's lines after a page break, or null if what follows the break is no running head. */
function headAfter(
	lines: readonly SourceLine[],
	start: number,
	symbol: string,
): { lines: SourceLine[]; title: SourceLine[] } | null {
	const head: SourceLine[] = [];
	let page = false;
	let job = false;
	for (const line of lines.slice(start, start + 10)) {
		head.push(line);
		page ||= pageNumber.test(line.text);
		job ||= jobNumber.test(line.text);
		if (page && job) break;
	}
	if (!page || !job) return null;
	const words = head.filter((line) => line.text !== '');
	const kinds = words.map((line) =>
		line.text === symbol
			? 's'
			: pageNumber.test(line.text) || jobNumber.test(line.text)
				? 'n'
				: 't',
	);
	// Even pages: symbol, title, numbers; odd pages: title, symbol, numbers.
	if (!/^(?:st{1,3}|t{1,3}s)nn$/.test(kinds.join(''))) return null;
	return { lines: head, title: words.filter((_, index) => kinds[index] === 't') };
}

/**
 * The page breaks and running heads among a seed's lines (after its masthead), given the raw text of
 * every line of the file and the document's symbol; a break without a head is refused.
 * @example runningHeadsOf(lines, raw, 'A/RES/80/10', 'x.md').setAside[0]?.text // 'International Day of the World’s Indigenous Women and Girls'
 */
export function runningHeadsOf(
	lines: readonly SourceLine[],
	raw: readonly string[],
	symbol: string | undefined,
	file: string,
): RunningHeads {
	const found: RunningHeads = { setAside: [], lines: new Set(), breaks: [], warnings: [] };
	let firstTitle: { text: string; line: number } | null = null;
	// A layout text of this pipeline holds a space on its blank lines; other extractions leave
	// blank lines empty, and an empty line there says nothing of pages.
	const spaced = lines.some(
		(line) => line.text === '' && /^[ \t]+$/.test(raw[line.line - 1] ?? ''),
	);
	if (symbol === undefined || !spaced) return found;
	const empties = lines.flatMap((line, index) => (raw[line.line - 1] === '' ? [index] : []));
	const headless: SourceLine[] = [];
	for (const index of empties) {
		const line = lines[index];
		// An empty line at the very end of the file is where the file ends, not a page.
		if (line === undefined || lines.slice(index + 1).every((after) => after.text === '')) continue;
		const head = headAfter(lines, index + 1, symbol);
		if (head === null) {
			headless.push(line);
			continue;
		}
		found.breaks.push(line.line);
		// Every head prints the same short title; one that differs was cut or run into the text.
		const title = {
			text: head.title.map((titleLine) => titleLine.text).join(' '),
			line: head.title[0]?.line ?? line.line,
		};
		firstTitle ??= title;
		if (title.text !== firstTitle.text) {
			const message = `the running head reads "${title.text}", but "${firstTitle.text}" on line ${firstTitle.line}: a running head cut or changed by the extraction`;
			found.warnings.push({ file, line: title.line, message });
		}
		for (const headLine of head.lines) found.lines.add(headLine.line);
		for (const titleLine of head.title) {
			found.setAside.push({
				rule: 'page-furniture',
				what: 'running head',
				text: titleLine.text,
				at: placeIn(titleLine),
			});
		}
	}
	// Once the heads show the shape, an empty line without one is a break the text fails to explain.
	const [stray] = headless;
	if (stray !== undefined && found.breaks.length > 0) {
		const next = lines.find((after) => after.line > stray.line && after.text !== '');
		const reason = `a page break with no running head (the symbol ${symbol}, a title, the page and job numbers) after it, but "${next?.text ?? ''}"`;
		throw new ParseError(file, stray.line, reason);
	}
	return found;
}

/**
 * The seed's lines with a page break marked on the first line after each break, as a form feed would mark it.
 * @example withPageBreaks(lines, [81])[81]?.newPage // true
 */
export function withPageBreaks(
	lines: readonly SourceLine[],
	breaks: readonly number[],
): SourceLine[] {
	const after = new Set(breaks.map((line) => line + 1));
	return lines.map((line) => (after.has(line.line) ? { ...line, newPage: true } : line));
}

/**
 * The page a line is on, counted from 1, given the lines where pages break.
 * @example pageOfLine(90, [81, 153]) // 2
 */
export function pageOfLine(line: number, breaks: readonly number[]): number {
	return 1 + breaks.filter((at) => at < line).length;
}

/**
 * Page furniture found away from the running heads, once they show where pages break: a symbol, a
 * page or job number left in mid-text by the extraction, reported at its line.
 * @example strayFurnitureOf(furniture.setAside, heads, 'x.md') // [{ line: 240, message: 'a running head "A/RES/80/9" in mid-text …' }]
 */
export function strayFurnitureOf(
	setAside: readonly SetAside[],
	heads: RunningHeads,
	file: string,
): ParseWarning[] {
	if (heads.breaks.length === 0) return [];
	const marks = ['running head', 'page number', 'job number'];
	return setAside
		.filter((piece) => marks.includes(piece.what) && !heads.lines.has(piece.at.line))
		.map((piece) => ({
			file,
			line: piece.at.line,
			message: `a ${piece.what} "${piece.text}" in mid-text, away from the page's head: left there by the extraction, and set aside`,
		}));
}
