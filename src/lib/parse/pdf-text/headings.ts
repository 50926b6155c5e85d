/**
 * Headings among a part's numbered paragraphs: a declaration's section headings ("I. Commitments",
 * "A. Poverty eradication") and unnumbered sub-headings ("A call to action", "Follow-up"). Read as
 * words they would be glued into the paragraph before them, so they are taken out of the lines and
 * kept as headings, each before the paragraph that follows it.
 */
import type { SectionHeading } from '../../model.ts';
import { labelAtStart } from './labels.ts';
import { runOf, type TextLine } from './lines.ts';

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
 * The lines of a part's numbered paragraphs without their headings, and the headings, each placed
 * before the operative paragraph that follows it.
 * @example headingsAmong(lines).headings[0] // { text: [A call to action], before: { list: 'operative', index: 27 } }
 */
export function headingsAmong(lines: readonly TextLine[]): {
	lines: TextLine[];
	headings: SectionHeading[];
} {
	const kept: TextLine[] = [];
	const headings: SectionHeading[] = [];
	let paragraphs = 0;
	for (const [index, line] of lines.entries()) {
		const label = labelAtStart(line.text);
		if (label?.styles.includes('number') === true) paragraphs = Number(label.label);
		if (!isHeadingAt(lines, index)) {
			kept.push(line);
			continue;
		}
		const run = runOf(line);
		if (run !== null)
			headings.push({ text: [run], before: { list: 'operative', index: paragraphs } });
	}
	return { lines: kept, headings };
}
