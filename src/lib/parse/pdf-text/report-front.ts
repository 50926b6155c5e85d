/**
 * The front of a report as extracted from a PDF: its title (wrapped over lines), the heading that
 * says whose report it is ("Report of the Secretary-General") and the "Summary" heading.
 */
import type { SetAside, TextRun } from '../../model.ts';
import { joinWrappedLines, placeIn, runOf, type TextLine } from './lines.ts';
import type { MetaFromText } from '../sidecar.ts';

/** What the front of a report gives, and the lines of text after it. */
export interface ReportFront {
	meta: MetaFromText;
	/** The title's lines, set aside as metadata: the title lives in `meta.title`. */
	setAside: SetAside[];
	heading: TextRun | null;
	summaryHeading: TextRun | null;
	/** The text lines after the front: the summary and the numbered paragraphs. */
	rest: TextLine[];
}

const secretaryGeneralHeading =
	/^(?:(?:Progress|Annual|Interim|Consolidated) )?(?:[Rr]eport|Note) (?:of|by) the Secretary-General$/;
// Other authors a report can have: "Report of the Executive Director", "Note by the Secretariat".
const otherHeading =
	/^(?:[Rr]eport|Note) (?:of|by) the (?:Secretariat|Executive Director|Director-General|High Commissioner|Bureau)$/;
const summaryHeading = /^(?:Summary|Abstract)$/;

function isParagraphOne(line: TextLine): boolean {
	return /^1\.(?:\s|$)/.test(line.text);
}

/**
 * The title, heading and summary heading at the start of a report's text lines. The title is every
 * line before the heading; with no heading, the first block of lines (up to a blank line).
 * @example reportFrontOf(textLines).meta.title // 'Follow-up to the Twelfth United Nations Congress …'
 */
export function reportFrontOf(lines: readonly TextLine[]): ReportFront {
	const firstParagraph = lines.findIndex(isParagraphOne);
	const front = firstParagraph === -1 ? lines : lines.slice(0, firstParagraph);
	// The heading never opens the text: a title may itself begin "Report of the …".
	const headingIndex = front.findIndex(
		(line, index) =>
			index > 0 && (secretaryGeneralHeading.test(line.text) || otherHeading.test(line.text)),
	);
	const summaryIndex = front.findIndex((line) => summaryHeading.test(line.text));
	const titleEnd = headingIndex !== -1 ? headingIndex : firstTitleBlockEnd(front, summaryIndex);
	const title = lines.slice(0, titleEnd);
	const meta: MetaFromText = { documentType: 'report' };
	if (title.length > 0) meta.title = joinWrappedLines(title.map((line) => line.text));
	const heading = headingIndex === -1 ? null : lines[headingIndex];
	if (heading !== undefined && heading !== null && secretaryGeneralHeading.test(heading.text))
		meta.body = 'Secretary-General';
	const summaryLine = summaryIndex > titleEnd ? lines[summaryIndex] : undefined;
	// Lines between the heading and "Summary" are unexpected; they stay in the text, with the summary.
	const restStart =
		summaryLine === undefined
			? Math.max(titleEnd + (heading === null ? 0 : 1), 0)
			: summaryIndex + 1;
	const between =
		summaryLine === undefined
			? []
			: lines.slice(titleEnd + (heading === null ? 0 : 1), summaryIndex);
	return {
		meta,
		setAside: title.map((line) => ({
			rule: 'metadata',
			what: 'title',
			text: line.text,
			at: placeIn(line),
		})),
		heading: heading === undefined || heading === null ? null : runOf(heading),
		summaryHeading: summaryLine === undefined ? null : runOf(summaryLine),
		rest: [...between, ...lines.slice(restStart)],
	};
}

/** With no heading, the title is the first block of lines, and never reaches "Summary". */
function firstTitleBlockEnd(front: readonly TextLine[], summaryIndex: number): number {
	const limit = summaryIndex === -1 ? front.length : summaryIndex;
	const blockEnd = front.findIndex((line, index) => index > 0 && line.breakBefore);
	return Math.min(blockEnd === -1 ? front.length : blockEnd, limit);
}
