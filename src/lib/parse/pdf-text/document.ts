/**
 * Reports and resolutions as text extracted from a PDF: hard-wrapped lines under a masthead (or a
 * YAML block), with the printed page's furniture and footnotes around them. A report has a title,
 * "Report of the Secretary-General", a summary and numbered paragraphs; a resolution, the adoption
 * line, its number and title and the parts `resolution.ts` reads.
 */
import type { SetAside, SidecarMeta, UnDocument } from '../../model.ts';
import { pageFurnitureOf, type PageFurniture } from './page-furniture.ts';
import { ParseError, type ParseResult, type ParseWarning } from '../error.ts';
import {
	footnoteCallReader,
	footnotesOf,
	type FootnoteCallReader,
	type PageFootnotes,
} from './footnotes.ts';
import { sourceLinesOf, textLinesOf, type SourceLine, type TextLine } from './lines.ts';
import { mastheadOf, type Masthead } from './masthead.ts';
import { reportFrontOf } from './report-front.ts';
import { reportParagraphsOf } from './report-paragraphs.ts';
import { adoptionLineIndex, pdfResolutionOf } from './resolution.ts';
import {
	pageOfLine,
	runningHeadsOf,
	strayFurnitureOf,
	withPageBreaks,
	type RunningHeads,
} from './running-heads.ts';
import { completeMeta, type MetaFromText } from '../sidecar.ts';

/** Files that are not text at all, by how they begin. */
const otherFiles: [RegExp, string][] = [
	[/^%PDF-/, 'a PDF file itself, not the text extracted from it'],
	[/^\{\\rtf/, 'an RTF file'],
	[/^\s*<(?:!DOCTYPE|html)\b/i, 'an HTML file'],
];

/** Lines that mark text of another shape, which another parser reads. */
const otherShapes: [RegExp, string][] = [
	[/^\[DU\d+\]|<<ODS [A-Z ]+\d*>>/, 'text from the UN’s ODS, which the ODS parser reads'],
	[/^#{1,6} \S|<sup>\d+<\/sup>/, 'Markdown, which the Markdown parser reads'],
];

function rejectOtherFiles(text: string, file: string): void {
	const other = otherFiles.find(([pattern]) => pattern.test(text));
	if (other !== undefined) throw new ParseError(file, 1, `this is ${other[1]}`);
}

function rejectOtherShapes(lines: readonly SourceLine[], file: string): void {
	for (const line of lines) {
		const shape = otherShapes.find(([pattern]) => pattern.test(line.text));
		if (shape !== undefined) {
			throw new ParseError(
				file,
				line.line,
				`this is ${shape[1]}, not a report as text extracted from a PDF`,
			);
		}
	}
}

// The running heads' titles join the furniture the page's other marks make.
function withRunningHeads(furniture: PageFurniture, heads: RunningHeads): PageFurniture {
	const setAside = [...furniture.setAside, ...heads.setAside].sort(bySeedOrder);
	return { ...furniture, setAside, lines: new Set([...furniture.lines, ...heads.lines]) };
}

function bySeedOrder(a: SetAside, b: SetAside): number {
	return a.at.line - b.at.line || a.at.column - b.at.column;
}

/**
 * Parses a report extracted from a PDF; the sidecar (and a `---` YAML block at the top of the file,
 * which the sidecar overrides) gives what the text does not print.
 * @example parsePdfText(' 1. In its resolution 66/179, entitled “Follow-up to …', '004.txt', { symbol: 'A/67/97', date: '2012' })
 */
export function parsePdfText(
	text: string,
	file: string,
	sidecar?: SidecarMeta,
): ParseResult<UnDocument> {
	rejectOtherFiles(text, file);
	const lines = sourceLinesOf(text, file);
	const warnings: ParseWarning[] = [];
	const masthead = mastheadOf(lines, file);
	const given: SidecarMeta = { ...masthead.block, ...sidecar };
	const body = lines.slice(masthead.end);
	rejectOtherShapes(body, file);
	const symbols = [masthead.meta.symbol, given.symbol].filter((symbol) => symbol !== undefined);
	const raw = text.split(/\r\n|\n|\r/);
	const heads = runningHeadsOf(body, raw, given.symbol ?? masthead.meta.symbol, file);
	const paged = withPageBreaks(body, heads.breaks);
	const pageMarks = pageFurnitureOf(paged, symbols);
	warnings.push(...heads.warnings, ...strayFurnitureOf(pageMarks.setAside, heads, file));
	const furniture = withRunningHeads(pageMarks, heads);
	const notes = footnotesOf(paged, furniture.rules, furniture.lines);
	const textLines = textLinesOf(paged, new Set([...furniture.lines, ...notes.lines]));
	// Where pages are known, a call set apart by a space is read on the page of its footnote.
	const pages =
		heads.breaks.length === 0 ? {} : { pageOf: (line: number) => pageOfLine(line, heads.breaks) };
	const calls = footnoteCallReader(notes.footnotes, file, { ...pages, warnings });
	const printed = { ...masthead, furniture, notes };
	const isResolution =
		adoptionLineIndex(textLines) !== -1 ||
		(given.symbol ?? masthead.meta.symbol)?.includes('/RES/') === true;
	const result = isResolution
		? resolutionOf(textLines, printed, given, { file, calls, warnings })
		: reportOf(textLines, printed, given, { file, calls, warnings });
	calls.checkAllCalled();
	const { meta, parts, report, setAside } = result;
	// The model's order of keys, which the generated JSON keeps.
	return {
		document: { file, meta, parts, report, footnotes: notes.footnotes, setAside },
		warnings,
	};
}

/** What the printed page gave beside the document's own lines: masthead, furniture and footnotes. */
interface Printed extends Masthead {
	furniture: PageFurniture;
	notes: PageFootnotes;
}

/** What reading the text needs: the file for errors, the reader of footnote calls, a place for warnings. */
interface Reading {
	file: string;
	calls: FootnoteCallReader;
	warnings: ParseWarning[];
}

type Read = Pick<UnDocument, 'meta' | 'parts' | 'report' | 'setAside'>;

function setAsideOf(printed: Printed, own: readonly SetAside[]): SetAside[] {
	const { setAside, furniture, notes } = printed;
	return [...setAside, ...furniture.setAside, ...notes.setAside, ...own].sort(bySeedOrder);
}

function jobNumberOf(printed: Printed): MetaFromText {
	return printed.furniture.jobNumber === null ? {} : { jobNumber: printed.furniture.jobNumber };
}

function reportOf(lines: TextLine[], printed: Printed, given: SidecarMeta, reading: Reading): Read {
	const { file, calls, warnings } = reading;
	const front = reportFrontOf(lines);
	const { summary, paragraphs } = reportParagraphsOf(front.rest, calls, file, warnings);
	const meta = completeMeta(
		{ ...printed.meta, ...front.meta, ...jobNumberOf(printed) },
		given,
		file,
	);
	if (meta.documentType !== 'report') {
		const reason = `the sidecar calls this a ${meta.documentType}, but its text reads as a report`;
		throw new ParseError(file, 1, reason);
	}
	return {
		meta,
		parts: [],
		report: { heading: front.heading, summaryHeading: front.summaryHeading, summary, paragraphs },
		setAside: setAsideOf(printed, front.setAside),
	};
}

function resolutionOf(
	lines: TextLine[],
	printed: Printed,
	given: SidecarMeta,
	reading: Reading,
): Read {
	const { file, calls, warnings } = reading;
	const resolution = pdfResolutionOf(lines, calls, file, warnings);
	// The masthead's date is the date of distribution; a resolution's date is the day it was adopted.
	const masthead: MetaFromText = { ...printed.meta };
	delete masthead.date;
	const symbol = masthead.symbol ?? resolution.meta.symbol;
	const fromNumber = resolution.meta.symbol;
	if (symbol !== undefined && fromNumber !== undefined && symbol !== fromNumber) {
		const line = printed.setAside.find((piece) => piece.what === 'symbol')?.at.line ?? 1;
		warnings.push({
			file,
			line,
			message: `the symbol is ${symbol}, but the resolution's number makes ${fromNumber}`,
		});
	}
	const fromText: MetaFromText = { ...masthead, ...resolution.meta, ...jobNumberOf(printed) };
	if (symbol !== undefined) fromText.symbol = symbol;
	const meta = completeMeta(fromText, given, file);
	if (meta.documentType !== 'resolution') {
		const reason = `the sidecar calls this a ${meta.documentType}, but its text reads as a resolution`;
		throw new ParseError(file, 1, reason);
	}
	return {
		meta,
		parts: resolution.parts,
		report: null,
		setAside: setAsideOf(printed, resolution.setAside),
	};
}
