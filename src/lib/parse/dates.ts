/**
 * Reading dates: as the UN prints them ("18 December 2009") and as a sidecar writes them
 * ("2012-06-22"). One reader for every parser, so the three seed shapes cannot disagree on a date.
 */
import { monthNames } from '../words/dates.ts';
import type { IsoDate } from '../model.ts';

const printedDate = new RegExp(`^(\\d{1,2}) (${monthNames.join('|')}) (\\d{4})$`);

/**
 * A date as the UN prints it, as an ISO date; null if the text (spaces around it aside) is no such date.
 * @example isoDateOfPrinted('18 December 2009') // '2009-12-18'
 */
export function isoDateOfPrinted(text: string): IsoDate | null {
	const match = printedDate.exec(text.trim());
	if (match === null) return null;
	const [, day = '', month = '', year = ''] = match;
	const monthNumber = monthNames.findIndex((name) => name === month) + 1;
	return `${year}-${String(monthNumber).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Whether a date is a real calendar date at one of the precisions the model keeps.
 * @example isIsoDate('2012-02-30') // false
 */
export function isIsoDate(text: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (match === null) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const monthNumber = Number(month);
	if (monthNumber < 1 || monthNumber > 12) return false;
	if (day === undefined) return true;
	const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
	return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === Number(day);
}
