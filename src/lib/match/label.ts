/**
 * What a paragraph says of a match, in readers' words, with the other paragraph's contract citation
 * and its year: the line the page prints, its citation the link to the other paragraph.
 */
import { citationFor } from '../contract.ts';
import type { Match } from './types.ts';

/** A match's line in three pieces, so a page can make the citation a link. */
export interface MatchLabelParts {
	/** `Same wording as` or `Close to`. */
	lead: string;
	/** The other paragraph's citation: `E/RES/2007/17, draft resolution, para. 9`. */
	citation: string;
	/** Its year, and for a close match the words changed: ` (2007) — 5 words changed`. */
	rest: string;
}

/**
 * The pieces of a match's line.
 * @example matchLabelParts(match) // { lead: 'Close to', citation: 'A/RES/64/180, para. 13', rest: ' (2009) — 5 words changed' }
 */
export function matchLabelParts(match: Match): MatchLabelParts {
	const citation = citationFor(match.other.symbol, match.other.address);
	const year = ` (${match.date.slice(0, 4)})`;
	if (match.kind === 'same') return { lead: 'Same wording as', citation, rest: year };
	const words = match.wordsChanged === 1 ? 'word' : 'words';
	return { lead: 'Close to', citation, rest: `${year} — ${match.wordsChanged} ${words} changed` };
}

/**
 * The line for a match: "Same wording as …" or "Close to … — n words changed".
 * @example matchLabel(match) // 'Close to A/RES/64/180, para. 13 (2009) — 5 words changed'
 */
export function matchLabel(match: Match): string {
	const { lead, citation, rest } = matchLabelParts(match);
	return `${lead} ${citation}${rest}`;
}
