/**
 * A result's excerpt: the words of its passage around what the search matched, with the matches
 * marked word for word and "…" where the passage is cut, so a reader sees why it was found.
 */

/** A piece of an excerpt: text as is, marked when it is a searched word. */
export interface ExcerptPiece {
	text: string;
	marked: boolean;
}

interface Word {
	start: number;
	end: number;
}

function wordsWithPlaces(text: string): Word[] {
	return [...text.matchAll(/\S+/g)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
	}));
}

/** The index of the first word of the window that holds the most matched words, earliest first. */
function bestWindowStart(matched: readonly number[], wordCount: number, length: number): number {
	let best = 0;
	let bestCount = -1;
	for (const first of matched) {
		const start = Math.max(0, Math.min(first, wordCount - length));
		const count = matched.filter((index) => index >= start && index < start + length).length;
		if (count > bestCount) [best, bestCount] = [start, count];
	}
	return best;
}

/** Moves a window's start back to where its sentence or clause begins, if that is a few words back. */
function clauseStart(text: string, words: readonly Word[], start: number): number {
	for (let index = start; index > 0 && index > start - 8; index -= 1) {
		const before = words[index - 1];
		if (before !== undefined && /[.;:]$/.test(text.slice(before.start, before.end))) return index;
	}
	return start < 8 ? 0 : start;
}

/** Splits a text into pieces, marking every match of the pattern. */
export function markedPieces(text: string, pattern: RegExp | null): ExcerptPiece[] {
	if (pattern === null) return text === '' ? [] : [{ text, marked: false }];
	const pieces: ExcerptPiece[] = [];
	let position = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > position)
			pieces.push({ text: text.slice(position, match.index), marked: false });
		pieces.push({ text: match[0], marked: true });
		position = match.index + match[0].length;
	}
	if (position < text.length) pieces.push({ text: text.slice(position), marked: false });
	return pieces;
}

/**
 * The excerpt of a passage: at most `length` words, chosen to show as many searched words as can be
 * shown, begun where a sentence or clause begins when it is near, with "…" where words are left out.
 * @example excerptOf('Urges States to combat kidnapping;', /kidnapping/giu) // [{ text: 'Urges States to combat ', marked: false }, { text: 'kidnapping', marked: true }, { text: ';', marked: false }]
 */
export function excerptOf(content: string, pattern: RegExp | null, length = 40): ExcerptPiece[] {
	const text = content.trim().replace(/\s+/g, ' ');
	const words = wordsWithPlaces(text);
	if (words.length <= length) return markedPieces(text, pattern);
	const matched =
		pattern === null
			? []
			: [...text.matchAll(pattern)].map((match) =>
					words.findIndex((word) => word.end > match.index),
				);
	const windowStart = matched.length === 0 ? 0 : bestWindowStart(matched, words.length, length);
	const firstMatch = matched.find((index) => index >= windowStart) ?? windowStart;
	const start = Math.min(clauseStart(text, words, windowStart), firstMatch);
	const end = Math.min(words.length, start + length);
	const from = words[start]?.start ?? 0;
	const to = words[end - 1]?.end ?? text.length;
	const pieces = markedPieces(text.slice(from, to), pattern);
	return [
		...(start > 0 ? [{ text: '… ', marked: false }] : []),
		...pieces,
		...(end < words.length ? [{ text: ' …', marked: false }] : []),
	];
}
