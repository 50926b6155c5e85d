/**
 * Date phrases in UN text, at the precision the text gives: "18 December 2009", "from 12 to 19
 * April 2010", "15-18 August 2006", "May 2010", "in 2015", "the period 2008-2011".
 *
 * A bare number is never a date: a year counts only where a word announces it ("in 2015", "the
 * biennium 2008-2009"), so resolution numbers (2008/23), symbols (A/CONF.213/18), volumes
 * (vol. 2225), page numbers and the year of an Official Records citation are left alone.
 */
import { monthNames } from '../words/dates.ts';
import type { IsoDate } from '../model.ts';
import type { DatePrecision, TimelineDate } from './types.ts';

/** A date phrase found in a string: characters [start, end) are its words, without a preposition. */
export interface DateMention {
	start: number;
	end: number;
	text: string;
	date: TimelineDate;
}

const month = `(${monthNames.join('|')})`;
const day = String.raw`(\d{1,2})`;
const year = String.raw`((?:19|20)\d{2})`;
const dash = String.raw`\s?[-–]\s?`;
// A year is not a year when a stroke or another digit follows: 2008/23, 2008-2011 read as one.
const notNumber = String.raw`(?![/\d]|[-–]\d)`;

/** Each shape, longest first, with how to read its groups. */
const shapes: { pattern: RegExp; read: (groups: (string | undefined)[]) => TimelineDate | null }[] =
	[
		{
			// "30 March to 2 April 2010", "30 December 2009 - 2 January 2010"
			pattern: new RegExp(
				String.raw`\b${day} ${month}(?: ${year})?(?: to |${dash})${day} ${month} ${year}\b`,
				'g',
			),
			read: ([d1, m1, y1, d2, m2, y2]) => range(dayOf(y1 ?? y2, m1, d1), dayOf(y2, m2, d2), 'day'),
		},
		{
			// "12 to 19 April 2010", "15-18 August 2006", "23 and 24 June 2009"
			pattern: new RegExp(String.raw`\b${day}(?: to | and |${dash})${day} ${month} ${year}\b`, 'g'),
			read: ([d1, d2, m, y]) => range(dayOf(y, m, d1), dayOf(y, m, d2), 'day'),
		},
		{
			pattern: new RegExp(String.raw`\b${day} ${month} ${year}\b`, 'g'),
			read: ([d, m, y]) => single(dayOf(y, m, d), 'day'),
		},
		{
			// "March to May 2010"
			pattern: new RegExp(
				String.raw`\b${month}(?: ${year})?(?: to |${dash})${month} ${year}\b`,
				'g',
			),
			read: ([m1, y1, m2, y2]) => range(monthOf(y1 ?? y2, m1), monthOf(y2, m2), 'month'),
		},
		{
			pattern: new RegExp(String.raw`\b${month} ${year}\b`, 'g'),
			read: ([m, y]) => single(monthOf(y, m), 'month'),
		},
		{
			// "the period 2008-2011", "the biennium 2010-2011", "from 2008 to 2011", "between 2008 and 2011"
			pattern: new RegExp(
				String.raw`(?:(?<=\b(?:period|biennium|years|in|during|for) (?:the )?)${year}${dash}|(?<=\bfrom )${year} to |(?<=\bbetween )${year} and )${year}\b${notNumber}`,
				'g',
			),
			read: ([a, b, c, y2]) => range(yearOf(a ?? b ?? c), yearOf(y2), 'year'),
		},
		{
			// "in 2015", "as early as possible in 2014", "in the second quarter of 2010"
			pattern: new RegExp(
				String.raw`(?<=\b(?:in|during)(?: early| late| mid-| the (?:first|second|third|fourth|last) (?:half|quarter) of)? )${year}\b${notNumber}`,
				'g',
			),
			read: ([y]) => single(yearOf(y), 'year'),
		},
	];

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

function yearOf(y: string | undefined): string | null {
	return y === undefined ? null : y;
}

function monthOf(y: string | undefined, m: string | undefined): string | null {
	const index = monthNames.findIndex((name) => name === m);
	return y === undefined || index < 0 ? null : `${y}-${pad(index + 1)}`;
}

/** A day that exists: 31 April is no date. */
function dayOf(y: string | undefined, m: string | undefined, d: string | undefined): string | null {
	const yearMonth = monthOf(y, m);
	if (yearMonth === null || d === undefined) return null;
	const value = Number(d);
	const last = new Date(Date.UTC(Number(y), Number(yearMonth.slice(5)), 0)).getUTCDate();
	return value >= 1 && value <= last ? `${yearMonth}-${pad(value)}` : null;
}

function single(start: string | null, precision: DatePrecision): TimelineDate | null {
	return start === null ? null : { start, end: null, precision };
}

function range(
	start: string | null,
	end: string | null,
	precision: DatePrecision,
): TimelineDate | null {
	if (start === null || end === null || end <= start) return null;
	return { start, end, precision };
}

/**
 * Every date phrase in a string, in order; where shapes overlap, the one that starts first (then
 * the longest) wins, so "12 to 19 April 2010" is one range, not a day. A phrase shaped like a
 * date that is none ("31 April 2010", "from 19 to 12 April 2010") gives no date, not a shorter one.
 * @example findDates('held in Bangkok from 15 to 18 August 2006')
 * // [{ start: 24, end: 42, text: '15 to 18 August 2006', date: { start: '2006-08-15', end: '2006-08-18', precision: 'day' } }]
 */
export function findDates(text: string): DateMention[] {
	const candidates = shapes.flatMap(({ pattern, read }) =>
		[...text.matchAll(pattern)].map((match) => ({
			start: match.index,
			end: match.index + match[0].length,
			text: match[0],
			date: read(match.slice(1)),
		})),
	);
	candidates.sort((a, b) => a.start - b.start || b.end - a.end);
	const found: DateMention[] = [];
	let position = 0;
	for (const { date, ...candidate } of candidates) {
		if (candidate.start < position) continue;
		if (date !== null) found.push({ ...candidate, date });
		position = candidate.end;
	}
	return found;
}

const precisionRank: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** Whether `a` is stated less precisely than `b`. */
export function coarserThan(a: DatePrecision, b: DatePrecision): boolean {
	return precisionRank[a] > precisionRank[b];
}

/** Whether a single coarse date ("2010", "April 2010") contains a finer one ("12–19 April 2010"). */
export function dateContains(outer: TimelineDate, inner: TimelineDate): boolean {
	return (
		outer.end === null &&
		coarserThan(outer.precision, inner.precision) &&
		inner.start.startsWith(outer.start) &&
		(inner.end === null || inner.end.startsWith(outer.start))
	);
}

/** Whether two dates are the same statement: same start, end and precision. */
export function sameDate(a: TimelineDate, b: TimelineDate): boolean {
	return a.start === b.start && a.end === b.end && a.precision === b.precision;
}

/**
 * Orders dates by where they start, a coarser date before the finer dates it contains, then by
 * where they end (a single date before a range that starts with it). A year or a month the text
 * gives without a day says only that the event falls somewhere in it: it heads that year or month
 * rather than trailing it, for placing "the seventeenth session, in 2008" after "18 December 2008"
 * would say it came later, which no text says.
 */
export function compareTimelineDates(a: TimelineDate, b: TimelineDate): number {
	// An ISO date sorts before every finer date it is a prefix of: "2008" < "2008-04-18".
	if (a.start !== b.start) return a.start < b.start ? -1 : 1;
	const endA = a.end ?? '';
	const endB = b.end ?? '';
	return endA === endB ? 0 : endA < endB ? -1 : 1;
}

function dayText(date: string, withYear: boolean, withMonth = true): string {
	const [y, m, d] = date.split('-');
	const name = monthNames[Number(m) - 1] ?? '';
	const parts = [String(Number(d)), ...(withMonth ? [name] : []), ...(withYear ? [y ?? ''] : [])];
	return parts.join(' ');
}

function monthText(date: string, withYear: boolean): string {
	const [y, m] = date.split('-');
	const name = monthNames[Number(m) - 1] ?? '';
	return withYear ? `${name} ${y ?? ''}` : name;
}

/**
 * A piece of a written date: words with the ISO date they stand for (a `<time datetime>`), or
 * the dash between the two ends of a range (`datetime` null).
 */
export interface DatePart {
	text: string;
	datetime: IsoDate | null;
}

/**
 * A date as the UN writes it, in pieces for `<time datetime>`: each end of a range is its own
 * piece with its own ISO date, so a range is never marked up as the single day it starts on.
 * @example timelineDateParts({ start: '2010-04-12', end: '2010-04-19', precision: 'day' })
 * // [{ text: '12', datetime: '2010-04-12' }, { text: '–', datetime: null }, { text: '19 April 2010', datetime: '2010-04-19' }]
 */
export function timelineDateParts(date: TimelineDate): DatePart[] {
	const { start, end, precision } = date;
	const range = (first: string, dash: string, last: string, lastDate: IsoDate): DatePart[] => [
		{ text: first, datetime: start },
		{ text: dash, datetime: null },
		{ text: last, datetime: lastDate },
	];
	if (end === null) {
		const text =
			precision === 'year'
				? start
				: precision === 'month'
					? monthText(start, true)
					: dayText(start, true);
		return [{ text, datetime: start }];
	}
	const sameYear = start.slice(0, 4) === end.slice(0, 4);
	if (precision === 'year') return range(start, '–', end, end);
	if (precision === 'month')
		return range(monthText(start, !sameYear), '–', monthText(end, true), end);
	if (start.slice(0, 7) === end.slice(0, 7))
		return range(dayText(start, false, false), '–', dayText(end, true), end);
	return range(dayText(start, !sameYear), ' – ', dayText(end, true), end);
}

/**
 * A date as the UN writes it, no more precise than it is: `18 December 2009`, `12–19 April 2010`,
 * `30 March – 2 April 2010`, `May 2010`, `2015`, `2008–2011`.
 */
export function formatTimelineDate(date: TimelineDate): string {
	return timelineDateParts(date)
		.map((part) => part.text)
		.join('');
}
