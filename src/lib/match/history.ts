/**
 * A paragraph's history: where its wording was agreed before and where it was repeated after, in
 * the order of the documents' dates.
 */
import type { IsoDate } from '../model.ts';
import type { Match } from './types.ts';

/** A paragraph's matches split around it in time, each list in date order. */
export interface History {
	/** Matches in documents dated before the paragraph's own, oldest first. */
	earlier: Match[];
	/** Matches in documents of the same date (another part of one document, or one day's resolutions). */
	sameDate: Match[];
	/** Matches in documents dated after it, oldest first. */
	later: Match[];
}

// Dates are as precise as the text states them (`2012`, `2010-05`, `2009-12-18`); a year alone is
// compared by its year only, so `2012` is neither before nor after `2012-05-01`.
function compareDates(a: IsoDate, b: IsoDate): number {
	const length = Math.min(a.length, b.length);
	const left = a.slice(0, length);
	const right = b.slice(0, length);
	return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The history of a paragraph dated `date`: its matches earlier, of the same date and later, each in date order.
 * @example historyOf('2010-12-21', matches).earlier[0].other.symbol // 'E/RES/2007/17'
 */
export function historyOf(date: IsoDate, matches: readonly Match[]): History {
	const ordered = [...matches].sort(
		(a, b) =>
			compareDates(a.date, b.date) ||
			a.date.localeCompare(b.date) ||
			a.other.symbol.localeCompare(b.other.symbol, 'en', { numeric: true }),
	);
	return {
		earlier: ordered.filter((match) => compareDates(match.date, date) < 0),
		sameDate: ordered.filter((match) => compareDates(match.date, date) === 0),
		later: ordered.filter((match) => compareDates(match.date, date) > 0),
	};
}

/** A history cut to what is shown of it, and how many matches between were left out. */
export interface BoundedHistory {
	/** The oldest and the newest matches, in their groups. */
	shown: History;
	/** Matches between the oldest and the newest shown, in date order, not listed. */
	hidden: number;
}

/** How many matches of a paragraph's history a page and `document.json` list: half the oldest, half the newest. */
export const shownMatches = 6;

/**
 * A history of more than `limit` matches (a formula repeated in many resolutions) cut to its oldest
 * and newest halves, earlier before same-date before later, and the count of those between. The
 * cut keeps pages and `document.json` growing with the paragraphs, not with their repetitions; a
 * search for the paragraph's words finds every one.
 * @example boundedHistory(historyOf('2009-12-18', fifteenMatches)).hidden // 9
 */
export function boundedHistory(history: History, limit = shownMatches): BoundedHistory {
	const count = history.earlier.length + history.sameDate.length + history.later.length;
	if (count <= limit) return { shown: history, hidden: 0 };
	const half = Math.floor(limit / 2);
	// Positions in the order earlier, same date, later: the first `half` and the last `half` are kept.
	const kept = (matches: readonly Match[], offset: number): Match[] =>
		matches.filter((_, index) => offset + index < half || offset + index >= count - half);
	const sameDateOffset = history.earlier.length;
	const laterOffset = sameDateOffset + history.sameDate.length;
	return {
		shown: {
			earlier: kept(history.earlier, 0),
			sameDate: kept(history.sameDate, sameDateOffset),
			later: kept(history.later, laterOffset),
		},
		hidden: count - 2 * half,
	};
}
