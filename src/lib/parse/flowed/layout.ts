/**
 * The body of a flowed resolution sorted from what the printed pages put around it: running heads,
 * rules, and footnotes (where the page ended, or gathered at the end). What is left are the body's
 * lines in order, each knowing whether a page break or a blank line stood before it.
 */
import type { Footnote, SetAside } from '../../model.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import { isRule, runningHeadOf, trailingRuleIndex } from './furniture.ts';
import {
	addNoteLine,
	endNoteOf,
	noteMarkerOf,
	pageNoteNumber,
	pageNoteOf,
	type NoteReading,
} from './footnotes.ts';
import { setAsideOf, spanOf, type SourceLine, type Span } from './lines.ts';

/** A line of the body: its text without any rule run onto it, and what stood before it. */
export interface BodyLine extends Span {
	/** Page furniture or footnotes stood between this line and the body line before. */
	pageBreak: boolean;
	/** A blank line stood right before it. */
	blankBefore: boolean;
}

/** The body's lines, the footnotes, and what was set aside between them. */
export interface Layout {
	body: BodyLine[];
	footnotes: Footnote[];
	setAside: SetAside[];
}

/** Whom the layout is read for: the document's symbol and printed title, the file, a place for warnings. */
export interface LayoutContext {
	symbol: string;
	title: string;
	file: string;
	warnings: ParseWarning[];
}

// Text run on into a Markdown note: a numbered paragraph or the closing line after a note's full stop.
const bodyInNote =
	/(?:^|\.\s)(\d{1,3}\.\s+\p{Lu}\p{Ll}+|\d{1,3}(?:st|nd|rd|th) plenary meeting)|\.\s(\p{Lu}\p{Ll}+ing\b(?: note)?)/u;

function checkNoteText(note: NoteReading, line: number, context: LayoutContext): void {
	const last = note.footnote.content.at(-1);
	const text = last?.kind === 'text' ? last.text : '';
	const run = bodyInNote.exec(text);
	const words = run?.[1] ?? run?.[2];
	if (words !== undefined) {
		const reason = `footnote ${note.footnote.number} runs on into the resolution's text ("${words}…"): the extraction put body text among the notes`;
		throw new ParseError(context.file, line, reason);
	}
}

/**
 * Sorts the lines after the title into the body, the footnotes and the page's furniture.
 * @example layoutOf(lines, { symbol: 'A/RES/80/10', title, file, warnings }).footnotes.length // 13
 */
export function layoutOf(lines: readonly SourceLine[], context: LayoutContext): Layout {
	const { symbol, title, file, warnings } = context;
	const body: BodyLine[] = [];
	const footnotes: Footnote[] = [];
	const setAside: SetAside[] = [];
	let note: NoteReading | null = null;
	let mode: 'body' | 'page notes' | 'end notes' = 'body';
	let pageBreak = false;
	let blankBefore = false;
	const finishNote = (): void => {
		if (note === null) return;
		footnotes.push(note.footnote);
		setAside.push(...note.setAside);
		note = null;
	};
	const startNote = (reading: NoteReading, line: number): void => {
		finishNote();
		note = reading;
		checkNoteText(reading, line, context);
	};
	for (const source of lines) {
		const span = spanOf(source, 0);
		if (span === null) {
			blankBefore = true;
			continue;
		}
		const wasBlank = blankBefore;
		blankBefore = false;
		const next =
			((note as NoteReading | null)?.footnote.number ?? footnotes.at(-1)?.number ?? 0) + 1;
		if (isRule(span.text)) {
			finishNote();
			const notesFollow = lines.some(
				(later) => later.line > span.line && noteMarkerOf(later) !== null,
			);
			setAside.push(
				setAsideOf(
					span,
					notesFollow ? 'markup' : 'page-furniture',
					notesFollow ? 'notes separator' : 'rule',
				),
			);
			mode = notesFollow ? 'end notes' : 'page notes';
			pageBreak = true;
			continue;
		}
		if (mode === 'end notes') {
			const marker = noteMarkerOf(source);
			const current = note as NoteReading | null;
			if (marker !== null && Number(marker.number.text) === next) {
				startNote(endNoteOf(marker), span.line);
				continue;
			}
			if (current !== null && (marker !== null || /^\s/.test(source.text))) {
				if (marker !== null) {
					const message = `"[^${marker.number.text}]:" is no footnote but a wrapped line of footnote ${current.footnote.number}: the extraction took its first number for a note's`;
					warnings.push({ file, line: span.line, message });
				}
				addNoteLine(current, source);
				checkNoteText(current, span.line, context);
				continue;
			}
			throw new ParseError(
				file,
				span.line,
				`"${span.text.slice(0, 50)}" stands among the footnotes at the end, and is none`,
			);
		}
		const head = runningHeadOf(span.text, symbol, title);
		if (head !== null) {
			finishNote();
			mode = 'body';
			pageBreak = true;
			setAside.push(setAsideOf(span, 'page-furniture', 'running head'));
			if (head === 'title only') {
				const message = `a running head ("${span.text.slice(0, 40)}") left in mid-text without its symbol; set aside as page furniture`;
				warnings.push({ file, line: span.line, message });
			}
			continue;
		}
		// The page's head run into the paragraph after it ("A/RES/80/10 International Day … Reaffirming
		// the 2030 Agenda …"): its words cannot be told from the paragraph's.
		const symbolAt = span.text.indexOf(` ${symbol} `);
		const titleFirst = symbolAt > 0 && title.startsWith(span.text.slice(0, Math.min(symbolAt, 30)));
		if (span.text.startsWith(`${symbol} `) || titleFirst) {
			throw new ParseError(
				file,
				span.line,
				`the running head "${span.text.slice(0, 50)}…" is run into the text that follows it: the extraction joined the page's head to a paragraph`,
			);
		}
		const number = pageNoteNumber(span.text, next);
		if (number !== null && (mode === 'page notes' || wasBlank)) {
			const reading = pageNoteOf(source);
			if (reading !== null) {
				mode = 'page notes';
				pageBreak = true;
				startNote(reading, span.line);
				continue;
			}
		}
		const current = note as NoteReading | null;
		if (mode === 'page notes' && current !== null && !wasBlank) {
			addNoteLine(current, source);
			continue;
		}
		finishNote();
		mode = 'body';
		const rule = trailingRuleIndex(source.text);
		const text = rule === -1 ? span : spanOf(source, 0, rule);
		if (text !== null) body.push({ ...text, pageBreak, blankBefore: wasBlank });
		pageBreak = false;
		if (rule !== -1) {
			const ruleSpan = spanOf(source, rule);
			if (ruleSpan !== null) setAside.push(setAsideOf(ruleSpan, 'page-furniture', 'rule'));
			mode = 'page notes';
			pageBreak = true;
		}
	}
	finishNote();
	return { body, footnotes, setAside };
}
