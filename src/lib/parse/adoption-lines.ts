/**
 * The adoption line and the committee line of a resolution, as every shape prints them above its
 * number and title ("Resolution adopted by the General Assembly on 18 December 2009").
 */
import type { Body, CommitteeReport, IsoDate } from '../model.ts';
import { isoDateOfPrinted } from './dates.ts';

const bodies: readonly Body[] = ['General Assembly', 'Economic and Social Council'];
const symbolPattern = /^[A-Z]{1,4}(?:\/[A-Za-z0-9.-]+)+/;

/**
 * The organ and date of an adoption line; null if the line is none.
 * @example adoptionOf('Resolution adopted by the General Assembly on 18 December 2009') // { body: 'General Assembly', date: '2009-12-18' }
 */
export function adoptionOf(text: string): { body: Body | null; date: IsoDate | null } | null {
	const match = /^Resolution adopted by the (.+?)(?: on (\d{1,2} \p{L}+ \d{4}))?$/u.exec(
		text.trim(),
	);
	if (match === null) return null;
	const [, organ = '', date] = match;
	return {
		body: bodies.find((body) => body === organ) ?? null,
		date: date === undefined ? null : isoDateOfPrinted(date),
	};
}

/**
 * The committee report (or commission recommendation) a resolution was adopted on; undefined if the
 * line says none ("without reference to a Main Committee"); null if the line is no committee line.
 * @example committeeReportOf('[on the report of the Third Committee (A/64/440 and Corr.1)]') // { committee: 'Third Committee', printed: 'A/64/440 and Corr.1', symbol: 'A/64/440' }
 */
export function committeeReportOf(text: string): CommitteeReport | undefined | null {
	if (/^\[without reference to a Main Committee\b.*\]$/.test(text.trim())) return undefined;
	const match = /^\[on the (?:report|recommendation) of the (.+?) \((.+)\)\]$/.exec(text.trim());
	if (match === null) return null;
	const [, committee = '', printed = ''] = match;
	const symbol = symbolPattern.exec(printed)?.[0];
	return symbol === undefined ? null : { committee, printed, symbol };
}

/**
 * The draft a resolution adopted in plenary was adopted on; null if the text is no such line.
 * @example draftOf('[without reference to a Main Committee (A/80/L.2/Rev.1)]') // 'A/80/L.2/Rev.1'
 */
export function draftOf(text: string): string | null {
	const match = /\[without reference to a Main Committee\s*\(\s*(.+?)\s*\)\s*\]/.exec(
		text.replace(/\s+/g, ' '),
	);
	return symbolPattern.exec(match?.[1] ?? '')?.[0] ?? null;
}
