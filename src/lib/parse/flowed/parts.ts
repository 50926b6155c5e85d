/**
 * The parts of a flowed resolution read from its units: the resolution itself (its opening, the
 * preambular paragraphs, the numbered operative paragraphs with their lettered items, the closing
 * lines) and each annex (its heading, title, opening and paragraphs).
 */
import { plainText } from '../../inline.ts';
import type {
	Inline,
	ListItem,
	Paragraph,
	ResolutionPart,
	SectionHeading,
	SetAside,
	TextRun,
} from '../../model.ts';
import { ParseError } from '../error.ts';
import { leadPhraseOf } from '../lead-phrase.ts';
import { closingLineOf } from '../printed-lines.ts';
import { emptyPart } from '../resolution-part.ts';
import type { MetaFromText } from '../sidecar.ts';
import type { CallReader } from './calls.ts';
import { runOf, sliceSpan, type Span } from './lines.ts';
import { isHeading, type Unit } from './paragraphs.ts';

/** What reading the parts needs: the file for errors, the reader of footnote calls, where markup goes. */
export interface PartReading {
	file: string;
	calls: CallReader;
	setAside: SetAside[];
}

/** The parts, and what their closing lines tell. */
export interface Parts {
	parts: ResolutionPart[];
	meta: MetaFromText;
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** The inlines of a unit's spans, the first span from `skip` on. */
function contentOf(spans: readonly Span[], skip: number, reading: PartReading): Inline[] {
	return spans.flatMap((span, index) => {
		const part = index === 0 ? sliceSpan(span, skip) : span;
		if (part === null) return [];
		const read = reading.calls.read(part);
		reading.setAside.push(...read.setAside);
		return read.inlines;
	});
}

/** The printed label that opens a unit ("12.", "(a)") and where its text starts. */
function labelOf(unit: Unit): { label: string; printed: string; skip: number } {
	const text = unit.spans[0]?.text ?? '';
	const match = /^(\d{1,3}\.|\(([a-z]{1,5})\))\s+/.exec(text);
	if (match?.[1] === undefined) return { label: '', printed: '', skip: 0 };
	return { label: match[2] ?? match[1].slice(0, -1), printed: match[1], skip: match[0].length };
}

function placeOf(unit: Unit): { line: number; column: number } {
	const span = unit.spans[0];
	return span === undefined ? { line: 1, column: 1 } : { line: span.line, column: span.column };
}

function paragraphOf(
	unit: Unit,
	kind: Paragraph['kind'],
	number: number,
	reading: PartReading,
): Paragraph {
	const { printed, skip } = labelOf(unit);
	const content = contentOf(unit.spans, skip, reading);
	return {
		kind,
		number,
		printedLabel: printed === '' ? null : printed,
		leadPhrase: leadPhraseOf(plainText(content)),
		content,
		items: [],
		at: placeOf(unit),
	};
}

/** Adds an item to a paragraph: a roman numeral that is not the next letter goes under the item before. */
function addItem(paragraph: Paragraph, unit: Unit, reading: PartReading): void {
	const { label, printed, skip } = labelOf(unit);
	const item: ListItem = {
		label,
		printedLabel: printed,
		content: contentOf(unit.spans, skip, reading),
		items: [],
		at: placeOf(unit),
	};
	const last = paragraph.items.at(-1);
	const nextLetter = last === undefined ? 'a' : letters[letters.indexOf(last.label) + 1];
	if (last !== undefined && label !== nextLetter && /^[ivxl]+$/.test(label)) last.items.push(item);
	else paragraph.items.push(item);
}

/** Splits a closing unit ("51st plenary meeting 26 November 2025") into its lines as printed. */
function closingRuns(unit: Unit, meta: MetaFromText, file: string): TextRun[] {
	return unit.spans.flatMap((span) => {
		const match = /^(\d{1,4}(?:st|nd|rd|th) plenary meeting)(?:\s+(.+))?$/.exec(span.text);
		const pieces =
			match === null
				? [span]
				: [
						sliceSpan(span, 0, match[1]?.length),
						match[2] === undefined ? null : sliceSpan(span, span.text.length - match[2].length),
					];
		return pieces.flatMap((piece) => {
			if (piece === null) return [];
			const said = closingLineOf(piece.text);
			if (said === null)
				throw new ParseError(
					file,
					piece.line,
					`"${piece.text}" after the closing lines is no closing line`,
				);
			if (said.plenaryMeeting !== undefined) meta.plenaryMeeting = said.plenaryMeeting;
			if (said.date !== undefined) meta.date ??= said.date;
			return [runOf(piece)];
		});
	});
}

/** A heading among the part's paragraphs, placed before the paragraph that comes next. */
function addHeading(part: ResolutionPart, unit: Unit, operative: boolean): void {
	const list: SectionHeading['before']['list'] = operative ? 'operative' : 'preamble';
	const heading: SectionHeading = {
		text: unit.spans.map(runOf),
		before: { list, index: part[list].length },
	};
	part.headings = [...(part.headings ?? []), heading];
}

/** Reads one part's units after its opening: preamble, operative paragraphs and their items, closing lines. */
function readBody(
	part: ResolutionPart,
	units: readonly Unit[],
	reading: PartReading,
	meta: MetaFromText,
): void {
	const { file } = reading;
	const where = part.kind === 'annex' ? 'in an annex' : 'in the resolution';
	let operative = false;
	for (const unit of units) {
		const current = operative ? part.operative.at(-1) : part.preamble.at(-1);
		if (part.closing.length > 0 && unit.start !== 'closing') {
			throw new ParseError(
				file,
				placeOf(unit).line,
				`"${unit.spans[0]?.text.slice(0, 40) ?? ''}…" follows the closing lines`,
			);
		}
		switch (unit.start) {
			case 'numbered': {
				const number = Number(labelOf(unit).label);
				const expected = part.operative.length + 1;
				if (number !== expected) {
					const after =
						expected === 1 ? 'as the first numbered paragraph' : `after paragraph ${expected - 1}`;
					throw new ParseError(
						file,
						placeOf(unit).line,
						`paragraph ${number} stands ${after} ${where}: the extraction lost or split a paragraph`,
					);
				}
				operative = true;
				part.operative.push(paragraphOf(unit, 'operative', number, reading));
				break;
			}
			case 'item':
				if (current === undefined)
					throw new ParseError(
						file,
						placeOf(unit).line,
						`item "${labelOf(unit).printed}" belongs to no paragraph`,
					);
				addItem(current, unit, reading);
				break;
			case 'closing':
				part.closing.push(...closingRuns(unit, meta, file));
				break;
			case 'lead':
			case 'other':
			case 'lower': {
				const text = unit.spans[0]?.text ?? '';
				if (isHeading(unit)) {
					addHeading(part, unit, operative);
					break;
				}
				if (operative) {
					throw new ParseError(
						file,
						placeOf(unit).line,
						`"${text.slice(0, 40)}…" is an unnumbered paragraph among the operative paragraphs ${where}: an item whose label the extraction lost, or a heading`,
					);
				}
				part.preamble.push(paragraphOf(unit, 'preambular', part.preamble.length + 1, reading));
				break;
			}
			default:
				throw new ParseError(
					file,
					placeOf(unit).line,
					`"${unit.spans[0]?.text.slice(0, 40) ?? ''}…" cannot stand here ${where}`,
				);
		}
	}
	if (part.operative.length > 0) return;
	// A resolution of one unnumbered paragraph ("Adopts the … Declaration …"): the last, ending with a full stop, is operative.
	const last = part.preamble.at(-1);
	if (last !== undefined && /\.$/.test(plainText(last.content))) {
		part.preamble.pop();
		part.operative = [{ ...last, kind: 'operative', number: 1 }];
	}
}

/** The annex's heading ("Annex") and the title run into its line, if any. */
function annexHeading(unit: Unit): { heading: TextRun | null; title: TextRun[] } {
	const span = unit.spans[0];
	if (span === undefined) return { heading: null, title: [] };
	const match = /^Annex(?: [IVX]{1,5}| \d{1,2})?\b/.exec(span.text);
	const headingSpan = sliceSpan(span, 0, match?.[0].length ?? 5);
	const rest = sliceSpan(span, match?.[0].length ?? 5);
	return {
		heading: headingSpan === null ? null : runOf(headingSpan),
		title: [...(rest === null ? [] : [rest]), ...unit.spans.slice(1)].map(runOf),
	};
}

/**
 * Reads the resolution and its annexes from the body's units.
 * @example partsOf(units, reading).parts[0].operative.length // 3
 */
export function partsOf(units: readonly Unit[], reading: PartReading): Parts {
	const { file } = reading;
	const meta: MetaFromText = {};
	const starts = units.flatMap((unit, index) => (unit.start === 'annex' ? [index] : []));
	const parts = [0, ...starts].map((start, index): ResolutionPart => {
		const end = starts[index] ?? units.length;
		let slice = units.slice(index === 0 ? 0 : start, end);
		const part = emptyPart(index === 0 ? 'resolution' : 'annex', index);
		if (index > 0) {
			const [headingUnit, ...rest] = slice;
			const { heading, title } =
				headingUnit === undefined ? { heading: null, title: [] } : annexHeading(headingUnit);
			part.heading = heading;
			part.title = title;
			slice = rest;
			if (part.title.length === 0) {
				const [titleUnit, ...after] = slice;
				if (
					titleUnit !== undefined &&
					titleUnit.start !== 'numbered' &&
					titleUnit.start !== 'opening'
				) {
					part.title = titleUnit.spans.map(runOf);
					slice = after;
				}
			}
		}
		const [first, ...rest] = slice;
		if (first?.start === 'opening') {
			const span = first.spans[0];
			if (first.spans.length > 1 || span === undefined)
				throw new ParseError(
					file,
					placeOf(first).line,
					'the opening runs on over more than one line',
				);
			part.opening = runOf(span);
			slice = rest;
		} else if (index === 0) {
			throw new ParseError(
				file,
				first === undefined ? 1 : placeOf(first).line,
				'the resolution does not open with "The General Assembly,"',
			);
		}
		readBody(part, slice, reading, index === 0 ? meta : {});
		return part;
	});
	return { parts, meta };
}
