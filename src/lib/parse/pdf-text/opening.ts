/**
 * The opening line of a resolution's part as a PDF prints it: "The General Assembly," before a
 * preamble, or "The General Assembly" with no comma when a single sentence follows ("Adopts …").
 */
import type { Body } from '../../model.ts';
import { bodyOfName, openingOf } from '../printed-lines.ts';

/**
 * The organ an opening line names, if the model knows it; null if the line is no opening.
 * @example pdfOpeningOf('The General Assembly') // { body: 'General Assembly' }
 */
export function pdfOpeningOf(text: string): { body: Body | null } | null {
	const opening = openingOf(text);
	if (opening !== null) return opening;
	// A resolution of one sentence ("The General Assembly / Adopts the Doha Political Declaration …")
	// prints its organ without the comma; only an organ's own name may stand so.
	const bare = /^The (General Assembly|Economic and Social Council)$/.exec(text);
	return bare?.[1] === undefined ? null : { body: bodyOfName(bare[1]) };
}
