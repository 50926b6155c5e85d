/**
 * Dated resolutions and decisions: "its resolution 63/193 of 18 December 2008", "resolutions
 * 2008/23, 2008/24 and 2008/25 of 24 July 2008", "Commission on Crime Prevention and Criminal
 * Justice decision 17/1 of 18 April 2008". The references module finds the numbers and what they
 * stand for; this one reads the date that follows, which a list's items share.
 */
import { findReferences } from '../link/find.ts';
import type { FoundReference, Speaker } from '../link/types.ts';
import type { TimelineDate } from './types.ts';
import { findDates } from './dates.ts';

/** A resolution or decision and the date the text gives it. */
export interface DatedAct {
	/** Characters [start, end) of the text: the number, through its date. */
	start: number;
	end: number;
	/** The act as readers name it: `General Assembly resolution 63/193`, `Commission resolution 18/3`. */
	what: string;
	/** The same act, however the text words it: its symbol, or its name in lower case. */
	identity: string;
	date: TimelineDate;
}

const organs: Record<string, string> = { A: 'General Assembly', E: 'Economic and Social Council' };
const printedNumber =
	/((?:E?S-)?\d{1,4}\/\d{1,4}(?:\s+[A-Z])?|\d{1,4}(?:\s+[A-Z])?\s+\([^)]+\))(?:,\s+annex(?:\s+[IVX]+)?)?$/;
const adoptedBy =
	/^[^;]*?\badopted by (?:the )?(Commission on [A-Z][A-Za-z]*(?: (?:and|[A-Z][A-Za-z]*))*|Economic and Social Council|General Assembly)/;

/** The act a reference names, or null when it names something else (a symbol, a treaty). */
function actOf(
	found: FoundReference,
	text: string,
): Omit<DatedAct, 'start' | 'end' | 'date'> | null {
	const { reference } = found;
	const printed = printedNumber.exec(found.text)?.[1]?.replace(/\s+/g, ' ');
	if (reference.kind === 'document') {
		const symbol = /^([AE])\/(RES|DEC)\//.exec(reference.symbol);
		if (symbol === null || printed === undefined) return null;
		const [, organ = '', series] = symbol;
		const kind = series === 'RES' ? 'resolution' : 'decision';
		return { what: `${organs[organ] ?? organ} ${kind} ${printed}`, identity: reference.symbol };
	}
	if (reference.kind !== 'unsymbolled' || !/\b(?:resolution|decision) /.test(reference.work))
		return null;
	// "resolution 18/3 of 24 April 2009 entitled “…”, adopted by the Commission …": the body comes after.
	const body = /^(?:resolution|decision) /.test(reference.work)
		? adoptedBy.exec(text.slice(found.end))?.[1]
		: undefined;
	const what = body === undefined ? reference.work : `${body} ${reference.work}`;
	return { what, identity: what.toLowerCase() };
}

/** The date that follows a number as "of 18 December 2008", and where it ends. */
function dateAfter(text: string, at: number): { date: TimelineDate; end: number } | null {
	const of = /^\s+of\s+/.exec(text.slice(at));
	if (of === null) return null;
	const from = at + of[0].length;
	const first = findDates(text.slice(from))[0];
	if (first === undefined || first.start !== 0 || first.date.precision !== 'day') return null;
	return { date: first.date, end: from + first.end };
}

const listSeparator = /^(?:,\s+and\s+|,\s*|\s+and\s+)$/;

/**
 * Every resolution or decision in a string that the text dates, in order; an item of a list
 * without its own date takes the date of the next item ("63/193, 63/194 and 63/195 of 18 December
 * 2008"), as long as only the list's commas and "and" stand between them.
 * @example datedActs('its resolution 63/193 of 18 December 2008', 'General Assembly')[0]?.what
 * // 'General Assembly resolution 63/193'
 */
export function datedActs(
	text: string,
	speaker: Speaker,
	found: readonly FoundReference[] = findReferences(text, speaker),
): DatedAct[] {
	const dates = found.map((reference) => dateAfter(text, reference.end));
	const shared = (index: number): { date: TimelineDate; end: number } | null => {
		const own = dates[index];
		if (own !== null && own !== undefined) return own;
		const current = found[index];
		const next = found[index + 1];
		if (current === undefined || next === undefined || !/^\d/.test(next.text)) return null;
		return listSeparator.test(text.slice(current.end, next.start)) ? shared(index + 1) : null;
	};
	return found.flatMap((reference, index): DatedAct[] => {
		const act = actOf(reference, text);
		const dated = shared(index);
		if (act === null || dated === null) return [];
		const own = dates[index];
		return [
			{
				...act,
				start: reference.start,
				end: own === null || own === undefined ? reference.end : own.end,
				date: dated.date,
			},
		];
	});
}
