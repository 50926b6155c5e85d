/**
 * Reports as text extracted from a PDF: hard-wrapped lines, a title over several lines, "Report of
 * the Secretary-General", a summary and numbered paragraphs, with the printed page's furniture and
 * footnotes around them.
 */
import type { SetAside, SidecarMeta, UnDocument } from '../model.ts';
import { pageFurnitureOf } from './page-furniture.ts';
import { ParseError, type ParseResult, type ParseWarning } from './parse-error.ts';
import { footnoteCallReader, footnotesOf } from './pdf-footnotes.ts';
import { sourceLinesOf, textLinesOf, type SourceLine, type TextLine } from './pdf-lines.ts';
import { mastheadOf } from './pdf-masthead.ts';
import { reportFrontOf } from './pdf-report-front.ts';
import { reportParagraphsOf } from './pdf-report-paragraphs.ts';
import { completeMeta } from './sidecar.ts';

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

// A resolution has its own shape (preamble, operative part); reading it as a report would mislabel it.
function rejectResolution(
	lines: readonly TextLine[],
	symbol: string | undefined,
	file: string,
): void {
	const adopted = lines.slice(0, 12).find((line) => /^Resolution adopted by the /.test(line.text));
	if (adopted !== undefined || symbol?.includes('/RES/') === true) {
		throw new ParseError(
			file,
			adopted?.line ?? 1,
			'this is a resolution; text extracted from a PDF is read as a report only',
		);
	}
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
	const furniture = pageFurnitureOf(body, symbols);
	const notes = footnotesOf(body, furniture.rules, furniture.lines);
	const textLines = textLinesOf(body, new Set([...furniture.lines, ...notes.lines]));
	rejectResolution(textLines, given.symbol ?? masthead.meta.symbol, file);
	const front = reportFrontOf(textLines);
	const calls = footnoteCallReader(notes.footnotes, file);
	const { summary, paragraphs } = reportParagraphsOf(front.rest, calls, file, warnings);
	calls.checkAllCalled();
	const fromText = {
		...masthead.meta,
		...front.meta,
		...(furniture.jobNumber === null ? {} : { jobNumber: furniture.jobNumber }),
	};
	const meta = completeMeta(fromText, given, file);
	if (meta.documentType !== 'report') {
		throw new ParseError(
			file,
			1,
			`the sidecar calls this a ${meta.documentType}, but its text reads as a report`,
		);
	}
	const setAside = [
		...masthead.setAside,
		...furniture.setAside,
		...notes.setAside,
		...front.setAside,
	].sort(bySeedOrder);
	return {
		document: {
			file,
			meta,
			parts: [],
			report: { heading: front.heading, summaryHeading: front.summaryHeading, summary, paragraphs },
			footnotes: notes.footnotes,
			setAside,
		},
		warnings,
	};
}
