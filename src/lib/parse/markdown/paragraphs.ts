/**
 * Placing a Markdown paragraph in its part: preambular (unnumbered, ending with a comma), the line
 * before the operative part ("Declare as follows:"), operative (numbered in turn, or the sole
 * unnumbered one), or an item of the paragraph before it.
 */
import type { Inline, Paragraph, ResolutionPart, Source, TextRun } from '../../model.ts';
import { itemListOf, type ItemList } from './items.ts';
import type { ParagraphStart, StartLabel } from './paragraph-start.ts';
import { ParseError, type ParseWarning } from '../error.ts';

/** A paragraph being read, with the items that join it. */
export interface OpenParagraph {
	paragraph: Paragraph;
	items: ItemList;
}

/** What placing a paragraph needs to know about the blocks after it, and where it stands. */
export interface PlacingContext {
	file: string;
	line: number;
	warnings: ParseWarning[];
	/** The next block is operative paragraph 1. */
	numberedNext: boolean;
	/** After this paragraph's items comes another preambular paragraph. */
	preambleGoesOn: boolean;
}

const endsWithComma = /,[”’"]?$/;

/**
 * A block's words as the one run the model keeps for a line (an opening, a heading); punctuation
 * outside the emphasis (`*The General Assembly*,`) is left out with a warning, words are an error.
 */
export function lineRunOf(
	inlines: readonly Inline[],
	what: string,
	file: string,
	warnings: ParseWarning[],
): TextRun {
	const runs = inlines.filter((inline) => inline.kind === 'text');
	const worded = runs.filter((run) => /[\p{L}\p{N}]/u.test(run.text));
	const [run] = worded;
	if (run === undefined || worded.length > 1 || runs.length < inlines.length) {
		const text = runs.map((piece) => piece.text).join('');
		const line = inlines[0]?.at.line ?? 1;
		throw new ParseError(
			file,
			line,
			`the ${what} "${text}" is not one run of text: emphasis or a call cuts it`,
		);
	}
	if (runs.length > 1) {
		const left = runs
			.filter((piece) => piece !== run)
			.map((piece) => piece.text)
			.join(' ');
		warnings.push({
			file,
			line: run.at.line,
			message: `"${left}" outside the emphasis of the ${what} is left out`,
		});
	}
	return run;
}

function partName(part: ResolutionPart): string {
	return part.kind === 'resolution' ? '' : `${part.kind} `;
}

function open(paragraph: Paragraph, list: Paragraph[]): OpenParagraph {
	list.push(paragraph);
	return { paragraph, items: itemListOf(paragraph) };
}

/** The operative paragraph's number: the next in turn; a number out of turn is an error. */
function operativeNumber(
	part: ResolutionPart,
	label: StartLabel | null,
	line: number,
	file: string,
): number {
	const last = part.operative.at(-1);
	const name = `${partName(part)}operative paragraph`;
	if (label === null && last !== undefined) {
		throw new ParseError(file, line, `an unnumbered paragraph after ${name} ${last.number}`);
	}
	if (label?.kind === 'number' && last?.printedLabel === null) {
		throw new ParseError(file, line, `${name} ${label.number} follows an unnumbered one`);
	}
	const expected = (last?.number ?? 0) + 1;
	if (label?.kind === 'number' && label.number !== expected) {
		const follows = last === undefined ? 'comes first, not 1' : `follows ${last.number}`;
		throw new ParseError(file, line, `${name} ${label.number} ${follows}`);
	}
	return expected;
}

/**
 * Adds a paragraph (not an item) to a part where its shape puts it; returns it open for items, or
 * null for the line before the operative part.
 * @example placeParagraph(part, paragraphStartOf(tokens), content, 'Recalling its resolution 56/201 …,', context) // a preambular paragraph
 */
export function placeParagraph(
	part: ResolutionPart,
	start: ParagraphStart,
	content: Inline[],
	text: string,
	context: PlacingContext,
): OpenParagraph | null {
	const { label, leadPhrase } = start;
	const at: Source = label?.at ?? content[0]?.at ?? { line: context.line, column: 1 };
	const beforeOperative = label === null && part.operative.length === 0;
	if (
		beforeOperative &&
		(endsWithComma.test(text) || (text.endsWith(':') && context.preambleGoesOn))
	) {
		const number = part.preamble.length + 1;
		return open(
			{ kind: 'preambular', number, printedLabel: null, leadPhrase, content, items: [], at },
			part.preamble,
		);
	}
	if (beforeOperative && text.endsWith(':') && context.numberedNext) {
		part.operativeIntro = lineRunOf(
			content,
			'line before operative paragraph 1',
			context.file,
			context.warnings,
		);
		return null;
	}
	const number = operativeNumber(part, label, context.line, context.file);
	const printedLabel = label?.printed ?? null;
	return open(
		{ kind: 'operative', number, printedLabel, leadPhrase, content, items: [], at },
		part.operative,
	);
}

/**
 * Adds an item to the paragraph being read; an item with no paragraph, or out of turn, is an error.
 * @example placeItem(open, { kind: 'item', label: 'b', printed: '(b)', at }, content, 'x.md')
 */
export function placeItem(
	paragraph: OpenParagraph | null,
	label: Extract<StartLabel, { kind: 'item' }>,
	content: Inline[],
	file: string,
): void {
	if (paragraph === null)
		throw new ParseError(file, label.at.line, `item ${label.printed} stands before any paragraph`);
	const misplaced = paragraph.items.add(label.label, label.printed, content, label.at);
	if (misplaced !== null) {
		const { kind, number } = paragraph.paragraph;
		throw new ParseError(
			file,
			label.at.line,
			`item ${label.printed} follows ${misplaced.follows} in ${kind} paragraph ${number}`,
		);
	}
}

/** Whether a paragraph (or its last item) ends with a colon: what comes next is its draft or list. */
export function endsWithColon(paragraph: Paragraph): boolean {
	const last = [paragraph.content, ...paragraph.items.map((item) => item.content)]
		.flat()
		.filter((inline) => inline.kind === 'text')
		.at(-1);
	return last !== undefined && /:\s*$/.test(last.text);
}

/** Whether content stops without the punctuation that ends a paragraph: a page break cut it. */
export function endsOpen(content: readonly Inline[]): boolean {
	const last = content.filter((inline) => inline.kind === 'text').at(-1);
	return last !== undefined && !/[.,;:!?”’")\]]\s*$/.test(last.text);
}
