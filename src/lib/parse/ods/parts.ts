/**
 * The body of an ODS resolution: its own text and any annexes, each a part with an opening
 * ("The General Assembly,"), preambular paragraphs (tab-indented, unnumbered), operative paragraphs
 * ("⇥1.⇥Takes note …"), items ("⇥(a)⇥…") and closing lines ("65th plenary meeting").
 */
import type { Inline, IsoDate, ListItem, Paragraph, ResolutionPart, TextRun } from '../../model.ts';
import type { FootnoteCallReader } from '../footnote-calls.ts';
import { leadPhraseOf } from '../lead-phrase.ts';
import { placeItem } from './items.ts';
import { odsLineStartOf, type OdsLabel, type OdsLineStart } from './line-start.ts';
import { isoDateOfPrinted } from '../dates.ts';
import { isBlank, placeAt, type SeedLine } from './lines.ts';
import { ParseError } from '../error.ts';
import { emptyPart } from '../resolution-part.ts';

/** The parts of a resolution and what its closing lines say. */
export interface OdsBody {
	parts: ResolutionPart[];
	plenaryMeeting: number | null;
	closingDate: IsoDate | null;
}

/** What reading the body needs: the file for errors, the reader of footnote calls, a place for warnings. */
export interface OdsBodyContext {
	file: string;
	calls: FootnoteCallReader;
	warn: (line: number, message: string) => void;
}

const openingPattern = /^(?:The \p{Lu}[\p{L} ]*|We, .+),$/u;
const plenaryPattern = /^(\d{1,4})(?:st|nd|rd|th) plenary meeting$/;
const annexPattern = /^Annex(?: [IVX]{1,5}| \d{1,2})?$/i;
const draftOpeningPattern = /^[“"]The \p{Lu}[\p{L} ]*,$/u;

/** The content that text after a paragraph's items would carry on: its last item's, at the deepest level. */
function lastContentOf(paragraph: Paragraph): Inline[] {
	let content = paragraph.content;
	let items: ListItem[] = paragraph.items;
	for (let last = items.at(-1); last !== undefined; last = items.at(-1)) {
		content = last.content;
		items = last.items;
	}
	return content;
}

/** The text a paragraph ends with: of its last item, if it has items. */
function lastTextOf(paragraph: Paragraph): string {
	return lastContentOf(paragraph)
		.map((inline) => (inline.kind === 'text' ? inline.text : ''))
		.join('')
		.trimEnd();
}

// "Declare as follows:" stands between a declaration's preamble and its numbered paragraphs.
function takeOperativeIntro(part: ResolutionPart): void {
	const last = part.preamble.at(-1);
	const only = last?.content.length === 1 ? last.content[0] : undefined;
	if (last === undefined || only?.kind !== 'text' || last.items.length > 0) return;
	if (!/:$/.test(only.text) || only.text.split(/\s+/).length > 6) return;
	part.preamble.pop();
	part.operativeIntro = only;
}

// A resolution (or draft) with one operative paragraph prints no number before it; it ends with a full stop.
function finishPart(part: ResolutionPart): void {
	const last = part.preamble.at(-1);
	if (part.kind === 'annex' || part.operative.length > 0 || last === undefined) return;
	if (!/\.[”"]?$/.test(lastTextOf(last))) return;
	part.preamble.pop();
	part.operative.push({ ...last, kind: 'operative', number: 1 });
}

/**
 * Whether the part's last paragraph introduces a quoted draft ("… the following draft resolution:");
 * if it is the only operative paragraph, it prints no number and is moved from the preamble.
 */
function introducesDraft(part: ResolutionPart): boolean {
	const last = part.operative.at(-1) ?? part.preamble.at(-1);
	if (last === undefined || !/:$/.test(lastTextOf(last))) return false;
	if (last.kind === 'preambular') {
		part.preamble.pop();
		part.operative.push({ ...last, kind: 'operative', number: 1 });
	}
	return true;
}

function partName(part: ResolutionPart): string {
	if (part.kind === 'resolution') return '';
	return part.kind === 'draft' ? 'draft ' : `annex ${part.index} `;
}

/** The paragraph's or item's content: any opening quotation mark, then its text with the footnote calls in it. */
function contentOf(start: OdsLineStart, calls: FootnoteCallReader): Inline[] {
	return start.label === null
		? calls.read(start.whole)
		: [...(start.quote === null ? [] : [start.quote]), ...calls.read(start.rest)];
}

/** Where reading the body has got to. */
interface BodyState {
	parts: ResolutionPart[];
	/** The resolution or annex being read. */
	outer: ResolutionPart;
	/** Where paragraphs go: the outer part, or a draft quoted in it. */
	part: ResolutionPart;
	/** The paragraph items go under. */
	paragraph: Paragraph | null;
	/** Whether the lines after an annex heading are still its title. */
	inTitle: boolean;
	plenaryMeeting: number | null;
	closingDate: IsoDate | null;
}

function leaveDraft(state: BodyState): void {
	if (state.part === state.outer) return;
	finishPart(state.part);
	state.part = state.outer;
	state.paragraph = state.outer.operative.at(-1) ?? null;
}

/** Reads a line that is not tab-indented: an annex heading, a line of its title or a closing line. */
function readUnindented(state: BodyState, line: SeedLine, file: string): void {
	leaveDraft(state);
	const text = line.text.trim();
	const run: TextRun = { kind: 'text', text, at: placeAt(line, line.text.indexOf(text)) };
	const plenary = plenaryPattern.exec(text);
	const date = isoDateOfPrinted(text);
	if (annexPattern.test(text)) {
		finishPart(state.outer);
		state.outer = state.part = emptyPart('annex', state.parts.length, run);
		state.parts.push(state.outer);
		state.paragraph = null;
		state.inTitle = true;
	} else if (state.inTitle) {
		state.part.title.push(run);
	} else if (plenary !== null || date !== null) {
		state.part.closing.push(run);
		state.plenaryMeeting ??= plenary === null ? null : Number(plenary[1]);
		state.closingDate ??= date;
	} else {
		throw new ParseError(
			file,
			line.line,
			`not in ODS shape: "${text.slice(0, 40)}" is no tab-indented paragraph, closing line, annex heading or footnote`,
		);
	}
}

/** Reads a numbered line: the next operative paragraph of the part. */
function readOperative(
	state: BodyState,
	start: OdsLineStart,
	label: Extract<OdsLabel, { kind: 'number' }>,
	context: OdsBodyContext,
): void {
	const { part } = state;
	const previous = part.operative.at(-1);
	if (label.number !== (previous?.number ?? 0) + 1) {
		const place = previous === undefined ? 'comes first; expected 1' : `follows ${previous.number}`;
		const reason = `${partName(part)}operative paragraph ${label.number} ${place}`;
		throw new ParseError(context.file, label.at.line, reason);
	}
	if (previous === undefined) takeOperativeIntro(part);
	state.paragraph = {
		kind: 'operative',
		number: label.number,
		printedLabel: label.printed,
		leadPhrase: leadPhraseOf(start.rest.text),
		content: contentOf(start, context.calls),
		items: [],
		at: label.at,
	};
	part.operative.push(state.paragraph);
}

/** Reads a tab-indented line: a paragraph, an item, an opening or the opening of a quoted draft. */
function readIndented(state: BodyState, line: SeedLine, context: OdsBodyContext): void {
	const { file, calls, warn } = context;
	state.inTitle = false;
	if (state.outer.closing.length > 0) {
		throw new ParseError(file, line.line, 'a paragraph follows the closing lines');
	}
	const start = odsLineStartOf(line);
	const { label, whole } = start;
	// A resolution that recommends a draft to another organ quotes it whole, each paragraph opening with “.
	const quoted = /^[“"]/.test(whole.text);
	if (state.part === state.outer && label === null && draftOpeningPattern.test(whole.text)) {
		if (introducesDraft(state.outer)) {
			state.part = { ...emptyPart('draft', 0), opening: whole };
			state.outer.parts.push(state.part);
			state.paragraph = null;
			return;
		}
	}
	if (!quoted) leaveDraft(state);
	const { part, paragraph } = state;
	if (label?.kind === 'number') {
		readOperative(state, start, label, context);
	} else if (label?.kind === 'item') {
		if (paragraph === null) {
			throw new ParseError(file, line.line, `item ${label.printed} stands before any paragraph`);
		}
		const item: ListItem = {
			label: label.label,
			printedLabel: label.printed,
			content: contentOf(start, calls),
			items: [],
			at: label.at,
		};
		const warning = placeItem(paragraph, item);
		if (warning !== null) warn(line.line, warning);
	} else if (part.opening === null && paragraph === null && openingPattern.test(whole.text)) {
		part.opening = whole;
	} else if (paragraph?.kind === 'operative') {
		const where = `${partName(part)}operative paragraph ${paragraph.number}`;
		warn(line.line, `unnumbered text after ${where} is kept as part of it`);
		lastContentOf(paragraph).push(...calls.read(whole));
	} else {
		if (part.kind === 'resolution' && part.opening === null && paragraph === null) {
			warn(line.line, 'the resolution has no opening line ("The General Assembly,")');
		}
		state.paragraph = {
			kind: 'preambular',
			number: part.preamble.length + 1,
			printedLabel: null,
			leadPhrase: leadPhraseOf(whole.text),
			content: contentOf(start, calls),
			items: [],
			at: whole.at,
		};
		part.preamble.push(state.paragraph);
	}
}

/**
 * Reads the body lines of an ODS resolution into its parts, in seed order.
 * @example odsBodyOf(lines, context).parts[0]?.operative[0]?.leadPhrase // 'Takes note with appreciation'
 */
export function odsBodyOf(lines: readonly SeedLine[], context: OdsBodyContext): OdsBody {
	const resolution = emptyPart('resolution', 0);
	const state: BodyState = {
		parts: [resolution],
		outer: resolution,
		part: resolution,
		paragraph: null,
		inTitle: false,
		plenaryMeeting: null,
		closingDate: null,
	};
	for (const line of lines) {
		if (isBlank(line)) continue;
		if (line.text.startsWith('\t')) readIndented(state, line, context);
		else readUnindented(state, line, context.file);
	}
	leaveDraft(state);
	finishPart(state.outer);
	const { parts, plenaryMeeting, closingDate } = state;
	return { parts, plenaryMeeting, closingDate };
}
