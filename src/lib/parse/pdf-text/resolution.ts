/**
 * Resolutions as text extracted from a PDF: the adoption line, the committee line, the number and
 * title, then each part (the resolution, its annexes) with its opening, preamble, numbered
 * paragraphs and closing lines, the lines hard-wrapped and the page's furniture already taken out.
 */
import { plainText } from '../../inline.ts';
import type { IsoDate, Paragraph, ResolutionPart, SetAside } from '../../model.ts';
import { leadPhraseOf } from '../lead-phrase.ts';
import { quotedDraftEnd, quotedDraftIndex, unquotedLines, withQuotesRestored } from './draft.ts';
import { closingLineOf } from '../printed-lines.ts';
import { pdfOpeningOf } from './opening.ts';
import { opensAfterPageBreak } from './page-break-paragraphs.ts';
import { headingsAmong } from './headings.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import { emptyPart } from '../resolution-part.ts';
import type { FootnoteCallReader } from './footnotes.ts';
import { placeIn, runOf, type TextLine } from './lines.ts';
import { reportParagraphsOf } from './report-paragraphs.ts';
import { resolutionHeaderOf } from './resolution-header.ts';
import type { MetaFromText } from '../sidecar.ts';

/** What the text of a resolution gives: its parts, its metadata and the lines read into it. */
export interface PdfResolution {
	parts: ResolutionPart[];
	meta: MetaFromText;
	setAside: SetAside[];
}

/** What reading a resolution needs: the file for errors, the reader of footnote calls, a place for warnings. */
interface Reading {
	file: string;
	calls: FootnoteCallReader;
	warnings: ParseWarning[];
}

const annexHeading = /^Annex(?: [IVX]{1,5}| \d{1,2})?$/;

/**
 * The index of the adoption line among the first lines of a text; -1 if the text is no resolution.
 * @example adoptionLineIndex(lines) // 0 for "Resolution adopted by the General Assembly on 18 December 2009"
 */
export function adoptionLineIndex(lines: readonly TextLine[]): number {
	return lines.slice(0, 12).findIndex((line) => /^Resolution adopted by the /.test(line.text));
}

function isParagraphOne(line: TextLine, previous: TextLine | undefined): boolean {
	return (
		/^1\.(?:\s|$)/.test(line.text) &&
		(previous === undefined || line.breakBefore || /[,;:.]\d{0,3}$/.test(previous.text))
	);
}

// A preambular paragraph opens after a blank line, or where a line that ends a clause is followed
// by one indented past the text's margin: pages extracted without blank lines keep only the indent.
function opensParagraph(
	line: TextLine,
	previous: TextLine | undefined,
	margin: number,
	file: string,
): boolean {
	if (previous === undefined || line.breakBefore) return true;
	if (line.pageBreakBefore === true) return opensAfterPageBreak(line, previous, file);
	return /[,;:.]\d{0,3}$/.test(previous.text) && line.column > margin;
}

function paragraphOf(
	lines: readonly TextLine[],
	number: number,
	calls: FootnoteCallReader,
): Paragraph {
	const content = lines.flatMap((line) => calls.inlinesOf(line));
	const first = lines[0];
	return {
		kind: 'preambular',
		number,
		printedLabel: null,
		leadPhrase: leadPhraseOf(plainText(content)),
		content,
		items: [],
		at: first === undefined ? { line: 1, column: 1 } : placeIn(first),
	};
}

/** The preambular paragraphs of a part, each made of the lines from one opening to the next. */
function preambleOf(
	lines: readonly TextLine[],
	calls: FootnoteCallReader,
	file: string,
): Paragraph[] {
	const groups: TextLine[][] = [];
	const margin = Math.min(...lines.map((line) => line.column));
	lines.forEach((line, index) => {
		const last = groups.at(-1);
		if (last === undefined || opensParagraph(line, lines[index - 1], margin, file))
			groups.push([line]);
		else last.push(line);
	});
	return groups.map((group, index) => paragraphOf(group, index + 1, calls));
}

/** The numbered paragraphs of a part, read as a report's are, then made operative. */
function operativeOf(
	part: ResolutionPart,
	withHeadings: readonly TextLine[],
	reading: Reading,
	where: string,
): Paragraph[] {
	const { lines, headings } = headingsAmong(withHeadings);
	if (headings.length > 0) part.headings = headings;
	try {
		const { paragraphs } = reportParagraphsOf(lines, reading.calls, reading.file, reading.warnings);
		return paragraphs.map((paragraph) => ({
			...paragraph,
			kind: 'operative',
			leadPhrase: leadPhraseOf(plainText(paragraph.content)),
		}));
	} catch (error) {
		if (!(error instanceof ParseError) || !/^paragraph \d/.test(error.reason)) throw error;
		throw new ParseError(error.file, error.line, `${where}${error.reason}`, { cause: error });
	}
}

// "Declare as follows:" stands between a declaration's preamble and its numbered paragraphs.
function takeOperativeIntro(part: ResolutionPart): void {
	const last = part.preamble.at(-1);
	const only = last?.content.length === 1 ? last.content[0] : undefined;
	if (only?.kind !== 'text' || !/:$/.test(only.text) || only.text.split(/\s+/).length > 6) return;
	part.preamble.pop();
	part.operativeIntro = only;
}

/** Reads a part's paragraphs: the preamble, then the numbered paragraphs or a sole unnumbered one. */
function readParagraphs(
	part: ResolutionPart,
	body: readonly TextLine[],
	reading: Reading,
	recommendsDraft: boolean,
): void {
	const first = body.findIndex((line, index) => isParagraphOne(line, body[index - 1]));
	part.preamble = preambleOf(
		first === -1 ? body : body.slice(0, first),
		reading.calls,
		reading.file,
	);
	if (first !== -1) {
		takeOperativeIntro(part);
		const where = { resolution: 'operative ', annex: 'annex ', draft: 'draft operative ' }[
			part.kind
		];
		part.operative = operativeOf(part, body.slice(first), reading, where);
		return;
	}
	// A resolution of one unnumbered paragraph: the last, which ends with a full stop, or with the
	// colon before the draft it recommends, is operative.
	const last = part.preamble.at(-1);
	const ends = recommendsDraft ? /[.:]$/ : /\.$/;
	if (last !== undefined && ends.test(plainText(last.content))) {
		part.preamble.pop();
		part.operative = [{ ...last, kind: 'operative', number: 1 }];
	}
}

/** The draft a resolution quotes whole, from its opening ("“The General Assembly,") to its closing mark. */
function quotedDraftOf(lines: readonly TextLine[], reading: Reading): ResolutionPart {
	const draft = emptyPart('draft', 0);
	const [opening] = lines;
	draft.opening = opening === undefined ? null : runOf(opening);
	const end = quotedDraftEnd(lines);
	const after = lines[end + 1];
	if (after !== undefined) {
		const reason = `text after the quoted draft's closing quotation mark: "${after.text}"`;
		throw new ParseError(reading.file, after.line, reason);
	}
	const { lines: unquoted, quotes } = unquotedLines(lines.slice(1));
	readParagraphs(draft, unquoted, reading, false);
	draft.preamble = draft.preamble.map((paragraph) => withQuotesRestored(paragraph, quotes));
	draft.operative = draft.operative.map((paragraph) => withQuotesRestored(paragraph, quotes));
	return draft;
}

/** Reads one part's lines after its opening: its paragraphs, a draft it quotes, its closing lines. */
function readPartBody(part: ResolutionPart, lines: readonly TextLine[], reading: Reading): void {
	let end = lines.length;
	while (end > 0 && closingLineOf(lines[end - 1]?.text ?? '') !== null) end -= 1;
	part.closing = lines.slice(end).flatMap((line) => runOf(line) ?? []);
	const body = lines.slice(0, end);
	const draftStart = part.kind === 'resolution' ? quotedDraftIndex(body) : -1;
	if (draftStart === -1) return readParagraphs(part, body, reading, false);
	readParagraphs(part, body.slice(0, draftStart), reading, true);
	part.parts = [quotedDraftOf(body.slice(draftStart), reading)];
}

/** The lines of each part: the resolution's from its opening, then each annex's from its heading. */
function partsOf(lines: readonly TextLine[], reading: Reading): ResolutionPart[] {
	const starts = lines.flatMap((line, index) => (annexHeading.test(line.text) ? [index] : []));
	const parts: ResolutionPart[] = [];
	[0, ...starts].forEach((start, index) => {
		const next = starts[index] ?? lines.length;
		const slice = lines.slice(start, next);
		const heading = index === 0 ? null : (slice[0] ?? null);
		const part = emptyPart(
			index === 0 ? 'resolution' : 'annex',
			index,
			heading === null ? null : runOf(heading),
		);
		let body = heading === null ? slice : slice.slice(1);
		const opening = body.findIndex((line) => pdfOpeningOf(line.text) !== null);
		const numbered = body.findIndex((line, at) => isParagraphOne(line, body[at - 1]));
		const titleEnd = opening !== -1 && (numbered === -1 || opening < numbered) ? opening : numbered;
		if (index > 0)
			part.title = body.slice(0, Math.max(titleEnd, 0)).flatMap((line) => runOf(line) ?? []);
		const openingLine = opening === titleEnd ? body[opening] : undefined;
		part.opening = openingLine === undefined ? null : runOf(openingLine);
		body = body.slice(Math.max(titleEnd, 0) + (openingLine === undefined ? 0 : 1));
		readPartBody(part, body, reading);
		parts.push(part);
	});
	return parts;
}

/**
 * Reads a resolution from the text lines of a PDF (furniture and footnotes taken out).
 * @example pdfResolutionOf(textLines, calls, 'x.txt', warnings).meta.resolutionNumber // '64/180'
 */
export function pdfResolutionOf(
	lines: readonly TextLine[],
	calls: FootnoteCallReader,
	file: string,
	warnings: ParseWarning[],
): PdfResolution {
	const header = resolutionHeaderOf(lines, file);
	const parts = partsOf(header.rest, { file, calls, warnings });
	const meta: MetaFromText = { ...header.meta };
	for (const run of parts[0]?.closing ?? []) {
		const said = closingLineOf(run.text);
		if (said?.plenaryMeeting !== undefined) meta.plenaryMeeting = said.plenaryMeeting;
		const closingDate: IsoDate | undefined = said?.date;
		if (closingDate !== undefined && meta.date !== undefined && closingDate !== meta.date) {
			const dates = `${meta.date} by the adoption line, on ${closingDate} by the closing lines`;
			warnings.push({ file, line: run.at.line, message: `adopted on ${dates}` });
		}
		if (closingDate !== undefined) meta.date ??= closingDate;
	}
	const closing = parts[0]?.closing ?? [];
	const meeting = closing.find((run) => closingLineOf(run.text)?.plenaryMeeting !== undefined);
	if (
		meeting !== undefined &&
		!closing.some((run) => closingLineOf(run.text)?.date !== undefined)
	) {
		const message = `the closing lines name the "${meeting.text}" but no date under it: the extraction may have lost it`;
		warnings.push({ file, line: meeting.at.line, message });
	}
	return { parts, meta, setAside: header.setAside };
}
