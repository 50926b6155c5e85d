/**
 * A report's text as extracted from a PDF: the unnumbered summary, then numbered paragraphs, some
 * with lists inside them ("1. Opening of the Congress.", "(a) Role of …"), told apart by counting.
 */
import type { Inline, ListItem, Paragraph } from '../../model.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import type { FootnoteCallReader } from './footnotes.ts';
import { placeIn, type TextLine } from './lines.ts';
import {
	abbreviationsBeforeNumbers,
	labelAtStart,
	labelValue,
	type Label,
	type LabelStyle,
} from './labels.ts';

/** A report's summary and numbered paragraphs. */
export interface ReportParagraphs {
	summary: Inline[];
	paragraphs: Paragraph[];
}

/** A list open inside a paragraph: where its items go and the value its next item must have. */
interface OpenList {
	style: LabelStyle;
	items: ListItem[];
	next: number;
	/** Column of its first label, which its later labels share. */
	column: number;
}

// A line can open a paragraph or an item only where a line break could end the text before:
// after a blank line, a sentence, a clause or a heading, never in the middle of "from 15 to\n18 August".
function mayOpen(line: TextLine, previous: TextLine | undefined): boolean {
	if (previous === undefined || line.breakBefore) return true;
	const abbreviation = /(\p{L}+)\.$/u.exec(previous.text)?.[1];
	if (abbreviation !== undefined && abbreviationsBeforeNumbers.has(abbreviation)) return false;
	// The sentence before may end in a footnote call: "… Salvador Declaration.2".
	return (
		/[.:;!?)”’"]\d{0,3}$|\b(?:and|or)$/.test(previous.text) || sectionHeadingOf(previous) !== null
	);
}

/** A report's section heading or annex heading, standing alone: "I. Introduction", "B. Workshops", "Annex II". */
function sectionHeadingOf(line: TextLine): string | null {
	const heading = /^(?:(?:[IVX]{1,5}|[A-H])\.\s+\p{Lu}[^.;:,]*|Annex(?: [IVX]{1,5})?)$/u;
	return heading.test(line.text) && line.text.length < 90 ? line.text : null;
}

/**
 * The summary and the numbered paragraphs of a report, from the text lines after its heading.
 * A numbered list inside a paragraph is told from the paragraphs around it by what comes next:
 * the paragraph number expected, or the next item of a list opened after a colon.
 * @example reportParagraphsOf(lines, reader, 'x.txt', warnings) // for "9. … agenda:" then " 1. Opening of the Congress."
 */
export function reportParagraphsOf(
	lines: readonly TextLine[],
	calls: FootnoteCallReader,
	file: string,
	warnings: ParseWarning[],
): ReportParagraphs {
	const summary: Inline[] = [];
	const paragraphs: Paragraph[] = [];
	let lists: OpenList[] = [];
	let target = summary;
	let paragraphColumn: number | null = null;

	const openParagraph = (line: TextLine, label: Label): void => {
		const paragraph: Paragraph = {
			kind: 'report',
			number: Number(label.label),
			printedLabel: label.printed,
			leadPhrase: null,
			content: calls.inlinesOf(line, label.length),
			items: [],
			at: placeIn(line),
		};
		paragraphs.push(paragraph);
		paragraphColumn ??= line.column;
		lists = [];
		target = paragraph.content;
	};

	const itemOf = (line: TextLine, label: Label): ListItem => ({
		label: label.label,
		printedLabel: label.printed,
		content: calls.inlinesOf(line, label.length),
		items: [],
		at: placeIn(line),
	});

	const continueList = (line: TextLine, label: Label, depth: number, list: OpenList): void => {
		const item = itemOf(line, label);
		list.items.push(item);
		list.next += 1;
		lists = lists.slice(0, depth + 1);
		target = item.content;
	};

	// A new list belongs to the item open deepest, or else to the paragraph.
	const openList = (
		line: TextLine,
		label: Label,
		style: LabelStyle,
		parent: { items: ListItem[] },
	): void => {
		const item = itemOf(line, label);
		parent.items.push(item);
		lists.push({ style, items: parent.items, next: 2, column: line.column });
		target = item.content;
	};

	lines.forEach((line, index) => {
		const previous = lines[index - 1];
		const label = mayOpen(line, previous) ? labelAtStart(line.text) : null;
		const expected = (paragraphs.at(-1)?.number ?? 0) + 1;
		if (label !== null) {
			const continuing = lists.findLastIndex(
				(list) =>
					label.styles.includes(list.style) && labelValue(label.label, list.style) === list.next,
			);
			const isParagraph = label.styles.includes('number') && Number(label.label) === expected;
			const continued = lists[continuing];
			if (isParagraph && continued !== undefined) {
				const asItem = tieIsItem(line, previous, continued.column, paragraphColumn);
				warnings.push({
					file,
					line: line.line,
					message: `"${label.printed}" could open paragraph ${expected} or go on the list in paragraph ${expected - 1}; read as ${asItem ? 'an item' : 'a paragraph'}`,
				});
				if (asItem) continueList(line, label, continuing, continued);
				else openParagraph(line, label);
				return;
			}
			if (isParagraph) return openParagraph(line, label);
			if (continued !== undefined) return continueList(line, label, continuing, continued);
			const parent = lists.at(-1)?.items.at(-1) ?? paragraphs.at(-1);
			const opening = parent === undefined ? null : newListStyle(label, previous, line);
			if (parent !== undefined && opening !== null) return openList(line, label, opening, parent);
			if (
				label.styles.includes('number') &&
				paragraphs.length > 0 &&
				/^\d+\.\s+[\p{Lu}“"(]/u.test(line.text)
			) {
				const list =
					lists[0] === undefined
						? ''
						: ` (nor the next item of the list in paragraph ${expected - 1})`;
				throw new ParseError(
					file,
					line.line,
					`paragraph ${label.label} follows ${expected - 1}${list}`,
				);
			}
		}
		const heading =
			mayOpen(line, previous) && lines[index + 1]?.breakBefore !== false
				? sectionHeadingOf(line)
				: null;
		if (heading !== null) {
			warnings.push({
				file,
				line: line.line,
				message: `section heading "${heading}" is kept in the text before it: the model has no place for a report's headings`,
			});
		}
		target.push(...calls.inlinesOf(line));
	});

	if (paragraphs.length === 0) {
		throw new ParseError(
			file,
			lines[0]?.line ?? 1,
			'no numbered paragraph "1." found: not a report as text extracted from a PDF',
		);
	}
	return { summary, paragraphs };
}

/**
 * Whether a label that could be the next item or the next paragraph is the item: the column of the
 * label decides where it tells, else the punctuation that ends the item before.
 */
function tieIsItem(
	line: TextLine,
	previous: TextLine | undefined,
	listColumn: number,
	paragraphColumn: number | null,
): boolean {
	const besideItems = listColumn === line.column;
	const besideParagraphs = paragraphColumn === line.column;
	if (besideItems !== besideParagraphs) return besideItems;
	return /[;,]$|\b(?:and|or)$/.test(previous?.text ?? '');
}

/** The style of a list this label opens, or null: a list opens with its first label, after a colon. */
function newListStyle(
	label: Label,
	previous: TextLine | undefined,
	line: TextLine,
): LabelStyle | null {
	const afterColon = previous !== undefined && /:$/.test(previous.text);
	for (const style of label.styles) {
		if (labelValue(label.label, style) !== 1) continue;
		// A lettered list is unmistakable after a blank line; a numbered one must follow a colon.
		if (afterColon || (style !== 'number' && line.breakBefore)) return style;
	}
	return null;
}
