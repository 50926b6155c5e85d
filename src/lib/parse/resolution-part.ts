/**
 * The part every resolution parser starts from before it reads any text into it.
 */
import type { ResolutionPart, TextRun } from '../model.ts';

/** A part of the given kind with nothing read into it yet: no title, opening, paragraphs or closing lines. */
export function emptyPart(
	kind: ResolutionPart['kind'],
	index: number,
	heading: TextRun | null = null,
): ResolutionPart {
	return {
		kind,
		index,
		heading,
		title: [],
		opening: null,
		preamble: [],
		operativeIntro: null,
		operative: [],
		closing: [],
		parts: [],
	};
}
