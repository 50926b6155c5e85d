/**
 * Inline content as readers see it: the text runs of a passage joined into the strings they form,
 * with the footnote calls between them.
 */
import type { FootnoteCall, Inline } from './model.ts';

/** A stretch of a passage's text between footnote calls, or a call. */
export type InlineSegment = { kind: 'text'; text: string } | FootnoteCall;

/**
 * Joins runs that parsers keep apart (one per source line, or split around a call) into the strings
 * a reader reads. A run that starts a new source line is joined with one space, because the line
 * break it stood after was a space in the text; a run that goes on on the same line is joined as is.
 */
export function inlineSegments(content: readonly Inline[]): InlineSegment[] {
	const segments: InlineSegment[] = [];
	let previousLine: number | null = null;
	for (const inline of content) {
		if (inline.kind === 'footnote-call') {
			segments.push(inline);
			previousLine = inline.at.line;
			continue;
		}
		const last = segments.at(-1);
		const newLine = previousLine !== null && inline.at.line !== previousLine;
		if (last?.kind === 'text') {
			last.text = joinAcrossLines(last.text, inline.text, newLine);
		} else {
			const separator = newLine && last !== undefined ? ' ' : '';
			segments.push({ kind: 'text', text: separator + inline.text });
		}
		previousLine = inline.at.line;
	}
	return segments;
}

function joinAcrossLines(before: string, after: string, newLine: boolean): string {
	// A word hyphenated at a line end keeps its hyphen and no space: "Secretary-" + "General", even
	// where the layout left spaces after the hyphen ("gender- " + "balanced").
	if (newLine && /\p{L}-[ \t]*$/u.test(before) && /^\p{L}/u.test(after))
		return before.trimEnd() + after;
	if (!newLine || /\s$/.test(before) || /^\s/.test(after) || before === '') return before + after;
	return `${before} ${after}`;
}

/** The plain text of inline content, footnote calls left out, spaces normalised. */
export function plainText(content: readonly Inline[]): string {
	return inlineSegments(content)
		.flatMap((segment) => (segment.kind === 'text' ? [segment.text] : []))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}
