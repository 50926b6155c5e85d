/**
 * What a paragraph says of a match, in readers' words, with the other paragraph's contract citation
 * and its year: the line the page will print and link.
 */
import { citationFor } from '../contract.ts';
import type { Match } from './types.ts';

/**
 * The line for a match: "Same wording as …" or "Close to … — n words changed".
 * @example matchLabel(match) // 'Close to A/RES/64/180, para. 13 (2009) — 5 words changed'
 */
export function matchLabel(match: Match): string {
	const where = `${citationFor(match.other.symbol, match.other.address)} (${match.date.slice(0, 4)})`;
	if (match.kind === 'same') return `Same wording as ${where}`;
	const words = match.wordsChanged === 1 ? 'word' : 'words';
	return `Close to ${where} — ${match.wordsChanged} ${words} changed`;
}
