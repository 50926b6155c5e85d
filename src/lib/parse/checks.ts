/**
 * What every parsed document must obey, checked after any parser has read it: a parse that breaks
 * one of these rules would publish wrong paragraph numbers or lose words, so it is refused, naming
 * the line of the cause. The parsers are written to these rules; this is the net under them.
 */
import { plainText } from '../inline.ts';
import type { Inline, ListItem, Paragraph, ResolutionPart, Source, UnDocument } from '../model.ts';
import { documentPiecesInSeedOrder, lettersAndDigits, type TextPiece } from '../fidelity.ts';
import { ParseError, type ParseWarning } from './error.ts';

function piecesByLine(pieces: readonly TextPiece[]): Map<number, TextPiece[]> {
	const byLine = new Map<number, TextPiece[]>();
	for (const piece of pieces) {
		const line = byLine.get(piece.at.line) ?? [];
		line.push(piece);
		byLine.set(piece.at.line, line);
	}
	for (const line of byLine.values()) line.sort((a, b) => a.at.column - b.at.column);
	return byLine;
}

function shortened(text: string): string {
	const trimmed = text.trim();
	return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

/** No text left over, none invented: each line's letters and digits are those of the pieces on it. */
function checkNothingLeftOver(
	lines: readonly string[],
	byLine: Map<number, TextPiece[]>,
	file: string,
): void {
	for (const [index, text] of lines.entries()) {
		const held = (byLine.get(index + 1) ?? []).map((piece) => piece.text).join('');
		if (lettersAndDigits(held) === lettersAndDigits(text)) continue;
		throw new ParseError(
			file,
			index + 1,
			held.trim() === ''
				? `text the parser neither read nor set aside: "${shortened(text)}"`
				: `the model holds "${shortened(held)}" for the line "${shortened(text)}": words lost or added`,
		);
	}
}

// A printed paragraph number opens a line, after any indentation, quotation mark or emphasis.
const printedNumberAtStart = /^[\s>*_“"‘]*(\d{1,3}\.)(?=\s|$)/;

/** Every paragraph number printed at the start of a line is the label of a numbered paragraph or item. */
function checkPrintedNumbers(
	lines: readonly string[],
	byLine: Map<number, TextPiece[]>,
	file: string,
): void {
	for (const [index, text] of lines.entries()) {
		const match = printedNumberAtStart.exec(text);
		const printed = match?.[1];
		if (match === null || printed === undefined) continue;
		const column = match[0].length - printed.length + 1;
		const holder = (byLine.get(index + 1) ?? []).findLast((piece) => piece.at.column <= column);
		if (holder === undefined || holder.at.column + holder.text.length <= column - 1) continue;
		if (holder.role === 'text') {
			throw new ParseError(
				file,
				index + 1,
				`the paragraph number "${printed}" is read as words of a paragraph: the parser did not see the paragraph begin`,
			);
		}
	}
}

function partName(part: ResolutionPart): string {
	if (part.kind === 'resolution') return 'the resolution';
	if (part.kind === 'draft') return 'the draft resolution';
	return part.index > 0 ? `annex ${part.index}` : 'the annex';
}

/** Operative paragraphs numbered 1 … n, and no preambular paragraph that opens with a printed number. */
function checkNumbering(part: ResolutionPart, file: string): void {
	for (const paragraph of part.preamble) {
		const printed = /^\s*(\d{1,3}\.)\s/.exec(plainText(paragraph.content))?.[1];
		if (printed !== undefined) {
			throw new ParseError(
				file,
				paragraph.at.line,
				`preambular paragraph ${paragraph.number} of ${partName(part)} opens with the paragraph number "${printed}": an operative paragraph read as preambular`,
			);
		}
	}
	const numbered = part.operative.filter((paragraph) => paragraph.printedLabel !== null);
	for (const [index, paragraph] of numbered.entries()) {
		if (paragraph.number === index + 1) continue;
		const previous = numbered[index - 1];
		throw new ParseError(
			file,
			paragraph.at.line,
			previous === undefined
				? `the first operative paragraph of ${partName(part)} is numbered ${paragraph.number}, not 1`
				: `operative paragraph ${paragraph.number} of ${partName(part)} follows paragraph ${previous.number}`,
		);
	}
	for (const inner of part.parts) checkNumbering(inner, file);
}

function allParagraphs(parts: readonly ResolutionPart[]): Paragraph[] {
	return parts.flatMap((part) => [
		...part.preamble,
		...part.operative,
		...allParagraphs(part.parts),
	]);
}

function runsOf(paragraph: Paragraph): { content: readonly Inline[] }[] {
	const items = (list: readonly ListItem[]): { content: readonly Inline[] }[] =>
		list.flatMap((item) => [item, ...items(item.items)]);
	return [paragraph, ...items(paragraph.items)];
}

// "2/5": a page number as the PDF prints it, which a cited resolution is not: a citation is named
// ("resolutions 45/54", "and 47/50"), listed (", 46/32,") or dated ("31/71 of 10 December 1976"),
// and a resolution runs to few pages, so a page count above 40 is a resolution's number.
const pageNumber =
	/(?<![\p{N}/.])(?<!(?:resolutions?|decisions?|No\.|and|to|,|;|\()\s?)\b(\d{1,2})\/(\d{1,2})\b(?![/\p{N}])(?!\s*(?:of\b|and\b|[,;)]))/gu;
const mostPages = 40;

/** No running head (the document's own symbol) and no page number inside a paragraph. */
function checkFurnitureInText(document: UnDocument, file: string): void {
	const { symbol } = document.meta;
	const paragraphs = [...allParagraphs(document.parts), ...(document.report?.paragraphs ?? [])];
	for (const paragraph of paragraphs) {
		for (const { content } of runsOf(paragraph)) {
			for (const run of content) {
				if (run.kind !== 'text') continue;
				if (document.parts.length > 0 && run.text.includes(symbol)) {
					throw new ParseError(
						file,
						run.at.line,
						`the document's own symbol ${symbol} inside a paragraph: a running head left in the text`,
					);
				}
				for (const [found, page, pages] of run.text.matchAll(pageNumber)) {
					if (Number(page) >= 2 && Number(page) <= Number(pages) && Number(pages) <= mostPages) {
						throw new ParseError(
							file,
							run.at.line,
							`"${found}" inside a paragraph: a page number left in the text`,
						);
					}
				}
			}
		}
	}
}

function callsIn(content: readonly Inline[]): { footnote: number; at: Source }[] {
	return content.flatMap((inline) => (inline.kind === 'footnote-call' ? [inline] : []));
}

function allCalls(document: UnDocument): { footnote: number; at: Source }[] {
	const partCalls = (part: ResolutionPart): { footnote: number; at: Source }[] => [
		...[...part.preamble, ...part.operative].flatMap((paragraph) =>
			runsOf(paragraph).flatMap((run) => callsIn(run.content)),
		),
		...part.parts.flatMap(partCalls),
	];
	return [
		...document.parts.flatMap(partCalls),
		...(document.report === null
			? []
			: [
					...callsIn(document.report.summary),
					...document.report.paragraphs.flatMap((paragraph) =>
						runsOf(paragraph).flatMap((run) => callsIn(run.content)),
					),
				]),
		...document.footnotes.flatMap((footnote) => callsIn(footnote.content)),
	];
}

/** Every footnote is called, and every call answered by a footnote. */
function checkFootnotes(document: UnDocument, file: string): void {
	const calls = allCalls(document);
	const numbers = new Set(document.footnotes.map((footnote) => footnote.number));
	for (const call of calls) {
		if (!numbers.has(call.footnote))
			throw new ParseError(file, call.at.line, `footnote call ${call.footnote} names no footnote`);
	}
	const called = new Set(calls.map((call) => call.footnote));
	for (const footnote of document.footnotes) {
		if (!called.has(footnote.number))
			throw new ParseError(file, footnote.at.line, `footnote ${footnote.number} is never called`);
	}
}

/**
 * Refuses a parse that breaks what any UN document obeys: nothing of the file left over or
 * invented; every paragraph number printed at a line's start read as a paragraph; operative
 * paragraphs numbered 1 … n in each part; no preambular paragraph that opens with a number; no
 * running head or page number inside a paragraph; every footnote called and every call answered.
 * @example checkDocument(parseOdsText(text, file).document, text, file) // throws ParseError('x.txt', 42, 'operative paragraph 12 of the resolution follows paragraph 10')
 */
export function checkDocument(document: UnDocument, text: string, file: string): void {
	const lines = text.split(/\r\n|\n|\r/);
	const byLine = piecesByLine(documentPiecesInSeedOrder(document));
	checkNothingLeftOver(lines, byLine, file);
	for (const part of document.parts) checkNumbering(part, file);
	checkPrintedNumbers(lines, byLine, file);
	checkFurnitureInText(document, file);
	checkFootnotes(document, file);
}

/**
 * What looks damaged but may be as printed, as warnings: a footnote whose text stops mid-phrase
 * ("…to the Treaty on the Non-Proliferation"), where an extraction lost a wrapped line. The page
 * shows the text as the file has it, and the warning says why it reads so.
 * @example suspectedDamage(document, 'x.md') // [{ file: 'x.md', line: 61, message: 'footnote 6 ends mid-phrase …' }]
 */
export function suspectedDamage(document: UnDocument, file: string): ParseWarning[] {
	return document.footnotes.flatMap((footnote) => {
		const text = plainText(footnote.content);
		if (text === '' || /[.)\]”"’;:!?]$/.test(text)) return [];
		return [
			{
				file,
				line: footnote.at.line,
				message: `footnote ${footnote.number} ends mid-phrase ("…${text.slice(-30)}"): the extraction may have lost its end`,
			},
		];
	});
}
