/**
 * The lines of flowed text and the spans of them the parser reads: each span keeps the exact place
 * (1-based line and column) its text stands at, so the model plus what is set aside is the file.
 */
import type { SetAside, SetAsideRule, TextRun } from '../../model.ts';

/** A line of the file as written, with its 1-based number. */
export interface SourceLine {
	line: number;
	text: string;
}

/** A stretch of one line: its text exactly as written and where it starts. */
export interface Span {
	line: number;
	/** 1-based column of the first character. */
	column: number;
	text: string;
}

/**
 * The lines of a text, numbered from 1, whatever its line endings.
 * @example sourceLinesOf('United Nations A/RES/80/10\n\nGeneral Assembly')[2] // { line: 3, text: 'General Assembly' }
 */
export function sourceLinesOf(text: string): SourceLine[] {
	return text.split(/\r\n|\n|\r/).map((line, index) => ({ line: index + 1, text: line }));
}

/**
 * The span of a line between two indices, without the spaces at either end; null if only spaces.
 * @example spanOf({ line: 5, text: '  Recalling ' }, 0) // { line: 5, column: 3, text: 'Recalling' }
 */
export function spanOf(source: SourceLine, start: number, end = source.text.length): Span | null {
	const slice = source.text.slice(start, end);
	const from = slice.search(/\S/);
	if (from === -1) return null;
	return { line: source.line, column: start + from + 1, text: slice.trim() };
}

/**
 * A span cut at indices of its own text, trimmed; null if only spaces.
 * @example sliceSpan({ line: 3, column: 1, text: '80/10. International Day' }, 7) // { line: 3, column: 8, text: 'International Day' }
 */
export function sliceSpan(span: Span, start: number, end = span.text.length): Span | null {
	return spanOf(
		{ line: span.line, text: ' '.repeat(span.column - 1) + span.text },
		span.column - 1 + start,
		span.column - 1 + end,
	);
}

/**
 * A span as a text run of the model.
 * @example runOf({ line: 21, column: 1, text: 'The General Assembly,' }).kind // 'text'
 */
export function runOf(span: Span): TextRun {
	return { kind: 'text', text: span.text, at: { line: span.line, column: span.column } };
}

/**
 * A span set aside by a named rule.
 * @example setAsideOf({ line: 13, column: 1, text: 'United Nations' }, 'metadata', 'masthead').rule // 'metadata'
 */
export function setAsideOf(span: Span, rule: SetAsideRule, what: string): SetAside {
	return { rule, what, text: span.text, at: { line: span.line, column: span.column } };
}
