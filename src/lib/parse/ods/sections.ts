/**
 * The four stretches of an ODS seed, in the order they come: the header above the first paragraph,
 * the body (the resolution, its closing lines and any annexes), the footnotes, and the trailer of
 * ODS job markers and page furniture.
 */
import { isoDateOfPrinted } from '../dates.ts';
import { type SeedLine } from './lines.ts';

/** A seed's lines by the stretch they stand in. */
export interface OdsSections {
	header: SeedLine[];
	body: SeedLine[];
	footnotes: SeedLine[];
	trailer: SeedLine[];
}

/** Whether a line opens the trailer: ODS job markers (`[DU1]<<ODS JOB NO>>N0947263E<<ODS JOB NO>>`). */
function opensTrailer(text: string): boolean {
	return /^(?:\[DU\d+\])?<<ODS [A-Z ]+\d*>>/.test(text);
}

// ODS prints each footnote on a line of its own, its number first, after all the body's text.
function opensFootnotes(line: SeedLine): boolean {
	return /^1[ \t]+\S/.test(line.text) && isoDateOfPrinted(line.text) === null;
}

/**
 * Splits a seed's lines into header, body, footnotes and trailer; with no tab-indented line, all
 * lines before the trailer are header, for the header's reader to say what is wrong with them.
 * @example odsSectionsOf(seedLinesOf(text, file)).footnotes[0]?.text // '1 Resolution 46/152, annex.'
 */
export function odsSectionsOf(lines: readonly SeedLine[]): OdsSections {
	const trailerStart = lines.findIndex((line, index) => index > 0 && opensTrailer(line.text));
	const end = trailerStart === -1 ? lines.length : trailerStart;
	const found = lines.findIndex((line, index) => index < end && line.text.startsWith('\t'));
	const bodyStart = found === -1 ? end : found;
	const footnotesFound = lines.findIndex(
		(line, index) => index > bodyStart && index < end && opensFootnotes(line),
	);
	const footnotesStart = footnotesFound === -1 ? end : footnotesFound;
	return {
		header: lines.slice(0, bodyStart),
		body: lines.slice(bodyStart, footnotesStart),
		footnotes: lines.slice(footnotesStart, end),
		trailer: trailerStart === -1 ? [] : lines.slice(trailerStart),
	};
}
