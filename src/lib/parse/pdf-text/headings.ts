/**
 * Headings among a part's numbered paragraphs: a declaration's section headings ("I. Commitments",
 * "A. Poverty eradication") and unnumbered sub-headings ("A call to action", "Follow-up"). The model
 * has no place for them yet, and read as words they would be glued into the paragraph before them,
 * so a part that prints one is refused at the heading's line.
 */
import { ParseError } from '../error.ts';
import { labelAtStart } from './labels.ts';
import type { TextLine } from './lines.ts';

// A heading stands after the end of a sentence or clause, perhaps with a footnote call after it.
const endsBefore = /[.;:!?](?:\s{0,3}\d{1,3})?$/;

/**
 * Whether the line at `index` stands as a heading: set apart by a blank line or a page break after
 * the end of a sentence, opening with a capital, ending without punctuation, and followed by a
 * numbered paragraph, a blank line or nothing.
 * @example isHeadingAt(lines, 7) // true for "A call to action" between "… is left behind." and "28. We recommit …"
 */
export function isHeadingAt(lines: readonly TextLine[], index: number): boolean {
	const line = lines[index];
	const previous = lines[index - 1];
	if (line === undefined || previous === undefined) return false;
	if (!line.breakBefore && line.pageBreakBefore !== true) return false;
	if (labelAtStart(line.text) !== null || !endsBefore.test(previous.text)) return false;
	if (!/^(?:\p{Lu}|(?:[IVX]{1,5}|[A-Z])\.\s)/u.test(line.text) || /[.,;:]$/.test(line.text))
		return false;
	const next = lines[index + 1];
	return next === undefined || next.breakBefore || labelAtStart(next.text) !== null;
}

/**
 * Refuses the numbered paragraphs of a part if a heading stands among them, naming its line.
 * @example refuseHeadings(lines, 'x.md', 'the annex') // throws 'the heading "A call to action" after paragraph 27 of the annex: …'
 */
export function refuseHeadings(lines: readonly TextLine[], file: string, where: string): void {
	let paragraph: string | null = null;
	for (const [index, line] of lines.entries()) {
		const label = labelAtStart(line.text);
		if (label?.styles.includes('number') === true) paragraph = label.label;
		if (!isHeadingAt(lines, index)) continue;
		const after = paragraph === null ? '' : ` after paragraph ${paragraph}`;
		const reason = `the heading "${line.text}"${after} of ${where}: the model has no place for a part's headings yet, and it would be glued into the paragraph before it`;
		throw new ParseError(file, line.line, reason);
	}
}
