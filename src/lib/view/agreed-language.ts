/**
 * What pages show of agreed language: a paragraph's history as lines to print and link, each with its
 * difference read from the older text to the newer, as readers compare texts; the runs of words a
 * difference is printed in; the sections of a changes page.
 */
import { citationFor, permalinkPath } from '../contract.ts';
import type { ParagraphChange } from '../match/changes.ts';
import { reversedDiff } from '../match/diff.ts';
import { boundedHistory, shownMatches, type History } from '../match/history.ts';
import { matchLabelParts, type MatchLabelParts } from '../match/label.ts';
import type { Match, WordDiff } from '../match/types.ts';

/** Where a match stands in time against the paragraph. */
export type Relation = 'earlier' | 'sameDate' | 'later';

/** One line of a paragraph's history. */
export interface HistoryLine {
	relation: Relation;
	match: Match;
	label: MatchLabelParts;
	/** The other paragraph's permalink. */
	permalink: string;
	/** From the older text to the newer (for one of the same date, from this paragraph to the other). */
	diff: WordDiff;
	/** The older text's name and the newer's, for the difference's legend: `this paragraph` for this one. */
	from: string;
	to: string;
}

function line(relation: Relation, match: Match, date: string): HistoryLine {
	const label = matchLabelParts(match);
	const other = `${label.citation} (${match.date.slice(0, 4)})`;
	const self = `this paragraph (${date.slice(0, 4)})`;
	const earlier = relation === 'earlier';
	return {
		relation,
		match,
		label,
		permalink: permalinkPath(match.other.symbol, match.other.address),
		// A match's diff reads from this paragraph to the other: an earlier one is read the other way.
		diff: earlier ? reversedDiff(match.diff) : match.diff,
		from: earlier ? other : self,
		to: earlier ? self : other,
	};
}

/**
 * The lines of a paragraph's history, earlier ones first, each group in date order.
 * @example historyLines(historyOf('2009-12-18', matches), '2009-12-18')[0].label.citation // 'E/RES/2007/17, draft resolution, para. 9'
 */
export function historyLines(history: History, date: string): HistoryLine[] {
	return [
		...history.earlier.map((match) => line('earlier', match, date)),
		...history.sameDate.map((match) => line('sameDate', match, date)),
		...history.later.map((match) => line('later', match, date)),
	];
}

/** The lines a page shows of a long history: its first and its last, and how many between are not shown. */
export interface ShownHistory {
	first: HistoryLine[];
	hidden: number;
	last: HistoryLine[];
}

/**
 * The lines a page shows of a paragraph's history: all of it, or where it is longer than `limit`
 * (a formula repeated in many resolutions) its oldest half and its newest half, as `boundedHistory`
 * cuts it, with the count of those between.
 * @example shownHistory(historyOf('2009-12-18', fifteenMatches), '2009-12-18') // { first: three oldest, hidden: 9, last: three newest }
 */
export function shownHistory(history: History, date: string, limit = shownMatches): ShownHistory {
	const { shown, hidden } = boundedHistory(history, limit);
	const lines = historyLines(shown, date);
	if (hidden === 0) return { first: lines, hidden, last: [] };
	const half = Math.floor(limit / 2);
	return { first: lines.slice(0, half), hidden, last: lines.slice(half) };
}

/** A section of a changes page: the preamble or the operative part, and its changes in order. */
export interface ChangesSection {
	title: 'Preamble' | 'Operative part';
	changes: ParagraphChange[];
}

/**
 * A comparison's changes cut into the preamble and the operative part, each change in the part its
 * own paragraph stands in (a dropped one, the predecessor's paragraph), reading order kept.
 * @example changesSections(changes).map((section) => section.title) // ['Preamble', 'Operative part']
 */
export function changesSections(changes: readonly ParagraphChange[]): ChangesSection[] {
	const sections: ChangesSection[] = [];
	for (const change of changes) {
		const paragraph = change.kind === 'dropped' ? change.previous : change.paragraph;
		const title = paragraph.key.address.kind === 'preambular' ? 'Preamble' : 'Operative part';
		const last = sections.at(-1);
		if (last?.title === title) last.changes.push(change);
		else sections.push({ title, changes: [change] });
	}
	return sections;
}

/**
 * Where a paragraph of a comparison stands in its document, as a citation names it after the symbol.
 * @example placeOf(paragraph) // 'draft resolution, para. 9'
 */
export function placeOf(paragraph: { key: Match['other'] }): string {
	const { symbol, address } = paragraph.key;
	return citationFor(symbol, address).slice(symbol.length + 2);
}

/**
 * Whether the predecessor's text compared is a draft it recommends (E/RES/2007/17's), not its own.
 * @example comparesDraft(changesOf(agreed, 'A/RES/64/180').changes) // true
 */
export function comparesDraft(changes: readonly ParagraphChange[]): boolean {
	return changes.some(
		(change) =>
			change.kind !== 'added' &&
			'part' in change.previous.key.address &&
			change.previous.key.address.part.kind === 'draft',
	);
}
