/**
 * Footnotes in flowed text, in their two forms: where the page ended ("1 See resolution 2200 A
 * (XXI), annex."), a note's wrapped lines under it; and gathered at the end as Markdown notes
 * ("[^1]: See resolution …"), a wrapped line indented under its note.
 */
import type { Footnote, SetAside } from '../../model.ts';
import { runOf, setAsideOf, sliceSpan, spanOf, type SourceLine, type Span } from './lines.ts';

/** A footnote being read, and what of its lines was markup. */
export interface NoteReading {
	footnote: Footnote;
	setAside: SetAside[];
}

/**
 * The number of a page footnote's first line, if it opens the note that comes next; null if not.
 * @example pageNoteNumber('4 Ibid., vol. 1577, No. 27531.', 4) // 4
 */
export function pageNoteNumber(text: string, expected: number): number | null {
	const match = /^(\d{1,3})\s+\S/.exec(text);
	return match !== null && Number(match[1]) === expected ? expected : null;
}

/**
 * A page footnote read from its first line: its number, then its text.
 * @example pageNoteOf({ line: 32, text: '1 See resolution 2200 A (XXI), annex.' }).footnote.number // 1
 */
export function pageNoteOf(source: SourceLine): NoteReading | null {
	const span = spanOf(source, 0);
	const match = span === null ? null : /^(\d{1,3})\s/.exec(span.text);
	if (span === null || match?.[1] === undefined) return null;
	const content = sliceSpan(span, match[1].length);
	return {
		footnote: {
			number: Number(match[1]),
			content: content === null ? [] : [runOf(content)],
			at: { line: span.line, column: span.column },
		},
		setAside: [],
	};
}

/** A Markdown note's marker split into its pieces: `[^`, the number, `]:` and the text after. */
export interface NoteMarker {
	open: Span;
	number: Span;
	close: Span;
	content: Span | null;
}

/**
 * The pieces of a line that opens with a Markdown note's marker ("[^12]: CEDAW/C/GC/39."); null if none.
 * @example noteMarkerOf({ line: 80, text: '[^13]: CEDAW/C/GC/40.' })?.number.text // '13'
 */
export function noteMarkerOf(source: SourceLine): NoteMarker | null {
	const match = /^(\s*)\[\^(\d{1,5})\]:/.exec(source.text);
	if (match?.[2] === undefined) return null;
	const at = (match[1] ?? '').length;
	const digits = match[2].length;
	const open = spanOf(source, at, at + 2);
	const number = spanOf(source, at + 2, at + 2 + digits);
	const close = spanOf(source, at + 2 + digits, at + 4 + digits);
	if (open === null || number === null || close === null) return null;
	return { open, number, close, content: spanOf(source, at + 4 + digits) };
}

/**
 * A Markdown note read from its marker line, the marker set aside as markup.
 * @example endNoteOf(noteMarkerOf({ line: 80, text: '[^13]: CEDAW/C/GC/40.' })).footnote.number // 13
 */
export function endNoteOf(marker: NoteMarker): NoteReading {
	return {
		footnote: {
			number: Number(marker.number.text),
			content: marker.content === null ? [] : [runOf(marker.content)],
			at: { line: marker.number.line, column: marker.number.column },
		},
		setAside: [
			setAsideOf(marker.open, 'markup', 'footnote marker'),
			setAsideOf(marker.close, 'markup', 'footnote marker'),
		],
	};
}

/**
 * Adds a wrapped line to the note it goes on; a marker the extraction made of the line's first
 * number (`[^1994]:`) stays as text, its brackets set aside.
 * @example addNoteLine(note, { line: 81, text: '[^1994]: (United Nations publication, …' })
 */
export function addNoteLine(note: NoteReading, source: SourceLine): void {
	const marker = noteMarkerOf(source);
	if (marker === null) {
		const span = spanOf(source, 0);
		if (span !== null) note.footnote.content.push(runOf(span));
		return;
	}
	note.footnote.content.push(runOf(marker.number));
	if (marker.content !== null) {
		// The space the marker's "]:" stood before is the space between the wrapped line's number
		// and its words ("1994 (United Nations publication"): keep it, or the words run together.
		const content = runOf(marker.content);
		const before = source.text[content.at.column - 2];
		note.footnote.content.push(
			before === ' '
				? {
						...content,
						text: ` ${content.text}`,
						at: { ...content.at, column: content.at.column - 1 },
					}
				: content,
		);
	}
	note.setAside.push(
		setAsideOf(marker.open, 'markup', 'footnote marker'),
		setAsideOf(marker.close, 'markup', 'footnote marker'),
	);
}
