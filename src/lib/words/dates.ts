/**
 * Dates as the UN writes them ("18 December 2009"), at the precision the text gives.
 */
import type { IsoDate } from '../model.ts';

/** English month names, January first. */
export const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/**
 * A date as the UN prints it, no more precise than it is: `2012`, `May 2010`, `18 December 2009`.
 * @example formatIsoDate('2009-12-18') // '18 December 2009'
 */
export function formatIsoDate(date: IsoDate): string {
	const [year, month, day] = date.split('-');
	const monthName = month === undefined ? undefined : monthNames[Number(month) - 1];
	if (monthName === undefined) return year ?? date;
	return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** The year of a date. */
export function yearOf(date: IsoDate): number {
	return Number(date.slice(0, 4));
}
