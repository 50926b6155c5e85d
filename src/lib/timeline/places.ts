/**
 * The place an event happened, where the text names it right beside the date: "held in Bangkok
 * from 15 to 18 August 2006", "in Salvador, Brazil, from 12 to 19 April 2010", "to be held in
 * Vienna in May 2010", "(Buenos Aires, 8-10 February 2010)".
 */
import { monthNames } from '../words/dates.ts';

/** A place found before a date: characters [start, end) of the text are its phrase ("in Vienna "). */
export interface PlaceMatch {
	start: number;
	end: number;
	place: string;
}

const word = String.raw`[A-Z][\p{L}'’.-]*`;
const name = String.raw`${word}(?: ${word})*`;
// "in Salvador, Brazil, from" — a name, a country after a comma, then the date's own preposition.
const placeBeforeDate = new RegExp(
	String.raw`\bin (${name}(?:, ${name})?),? (?:(?:from|on|in|between|during) )?$`,
	'u',
);
// "(Bangkok, " before the date of a parenthesis that gives place and date.
const placeInParenthesis = new RegExp(String.raw`\((${name}(?:, ${name})?), $`, 'u');

// Capitalised words beside a date that are never a place: institutions, titles, months.
const notPlaces = new Set([
	...monthNames,
	'Assembly',
	'Commission',
	'Committee',
	'Conference',
	'Congress',
	'Convention',
	'Council',
	'Crime',
	'Declaration',
	'Government',
	'Justice',
	'Member',
	'Nations',
	'Office',
	'Persons',
	'Programme',
	'Session',
	'States',
	'The',
]);

function isPlace(candidate: string): boolean {
	return candidate.split(/[ ,]+/).every((part) => !notPlaces.has(part));
}

/**
 * The place named right before a date, given the text up to the date's first word, or null.
 * @example placeBefore('held in Salvador, Brazil, from ') // { start: 5, end: 31, place: 'Salvador, Brazil' }
 */
export function placeBefore(lead: string): PlaceMatch | null {
	const match = placeBeforeDate.exec(lead) ?? placeInParenthesis.exec(lead);
	const place = match?.[1];
	if (match === null || place === undefined || !isPlace(place)) return null;
	return { start: match.index, end: lead.length, place };
}

/** A place as merging compares it: its first name, lower case ("Salvador, Brazil" → "salvador"). */
export function placeKey(place: string): string {
	return (place.split(',')[0] ?? place).trim().toLowerCase();
}
