/**
 * What the printed words of a resolution say about it, in the Markdown and PDF-text shapes alike:
 * the heading that names it ("ECOSOC Resolution 2007/17"), the opening line that names its organ,
 * the closing lines that date it, and lines above the opening that a UN document prints (committee
 * report, session, agenda item).
 */
import { isoDateOfPrinted } from './dates.ts';
import type { Body, CommitteeReport } from '../model.ts';
import { ordinalValue } from '../words/ordinals.ts';
import type { MetaFromText } from './sidecar.ts';

const bodyNames: [RegExp, Body][] = [
	[/^(?:ECOSOC|Economic and Social Council|E)$/i, 'Economic and Social Council'],
	[/^(?:General Assembly|GA|UNGA|A)$/i, 'General Assembly'],
];

/** The organ a name stands for ("ECOSOC"), or null if it is none the model knows. */
export function bodyOfName(name: string): Body | null {
	return bodyNames.find(([pattern]) => pattern.test(name.trim()))?.[1] ?? null;
}

/**
 * The organ and number in a heading that names a resolution; null if the heading is no such name.
 * @example resolutionHeadingOf('ECOSOC Resolution 2007/17') // { body: 'Economic and Social Council', resolutionNumber: '2007/17' }
 */
export function resolutionHeadingOf(
	text: string,
): { body: Body | null; resolutionNumber: string } | null {
	const match = /^(?:(.+?)\s+)?Resolution\s+(?:No\.\s*)?(\d{2,4}\/\d{1,3}(?: ?[A-Z])?)\.?$/i.exec(
		text,
	);
	if (match === null || match[2] === undefined) return null;
	const body = match[1] === undefined ? null : bodyOfName(match[1]);
	if (match[1] !== undefined && body === null) return null;
	return { body, resolutionNumber: match[2] };
}

/**
 * A title printed after its resolution's number, as the General Assembly prints it; null if there is no number.
 * @example numberedTitleOf('64/1. Some title') // { resolutionNumber: '64/1', title: 'Some title' }
 */
export function numberedTitleOf(text: string): { resolutionNumber: string; title: string } | null {
	const match = /^(\d{2,4}\/\d{1,3}(?: ?[A-Z])?)\.\s+(\S.*)$/.exec(text);
	return match === null || match[1] === undefined || match[2] === undefined
		? null
		: { resolutionNumber: match[1], title: match[2] };
}

/** The symbol of a resolution of an organ: `E/RES/2007/17`, `A/RES/64/1`. */
export function resolutionSymbol(body: Body, resolutionNumber: string): string | null {
	const prefix =
		body === 'General Assembly' ? 'A' : body === 'Economic and Social Council' ? 'E' : null;
	return prefix === null ? null : `${prefix}/RES/${resolutionNumber.replace(/\s+/g, '')}`;
}

/**
 * Whether a line is the opening that names who speaks ("The General Assembly,", "We, the Heads of State …,"),
 * with the organ it names, if the model knows it; null if it is no opening.
 * @example openingOf('“The General Assembly,') // { body: 'General Assembly' }
 */
export function openingOf(text: string): { body: Body | null } | null {
	const match =
		/^[“"‘]?(?:The ((?:[A-Z][\p{L}’'-]*|and|of|on|for|the)(?: (?:[A-Z][\p{L}’'-]*|and|of|on|for|the))*)|We, .{3,200}),[”"]?$/u.exec(
			text,
		);
	if (match === null) return null;
	return { body: match[1] === undefined ? null : bodyOfName(match[1]) };
}

/**
 * What a closing line tells ("45th plenary meeting", "26 July 2007"); null if it is no closing line.
 * @example closingLineOf('45th plenary meeting') // { plenaryMeeting: 45 }
 */
export function closingLineOf(text: string): MetaFromText | null {
	const meeting = /^(\d{1,4})(?:st|nd|rd|th) plenary meeting$/i.exec(text.trim());
	if (meeting !== null) return { plenaryMeeting: Number(meeting[1]) };
	const date = isoDateOfPrinted(text);
	return date === null ? null : { date };
}

/** The committee whose report a resolution was adopted on: `[on the report of the Third Committee (A/64/440)]`. */
function committeeReportOf(text: string): CommitteeReport | null {
	const match =
		/^\[?on the report of the (.+? Committee) \((([A-Z]\/[\w./-]+)(?: and (?:Corr|Add)\.\d+)*)\)\]?$/i.exec(
			text,
		);
	const [, committee, printed, symbol] = match ?? [];
	return committee === undefined || printed === undefined || symbol === undefined
		? null
		: { committee, printed, symbol };
}

/**
 * What a line above the opening tells, and what it is; null if it is none of the lines a UN
 * resolution prints there.
 * @example frontLineOf('Sixty-fourth session') // { what: 'session', meta: { session: 64 } }
 */
export function frontLineOf(text: string): { what: string; meta: MetaFromText } | null {
	const committeeReport = committeeReportOf(text);
	if (committeeReport !== null) return { what: 'committee report', meta: { committeeReport } };
	const adopted =
		/^Resolution adopted by the (General Assembly|Economic and Social Council)(?: on (\d{1,2} \p{L}+ \d{4}))?$/u.exec(
			text,
		);
	if (adopted !== null) {
		const body = bodyOfName(adopted[1] ?? '');
		const date = isoDateOfPrinted(adopted[2] ?? '');
		return {
			what: 'adoption',
			meta: { ...(body === null ? {} : { body }), ...(date === null ? {} : { date }) },
		};
	}
	const session = /^(\S+) session$/i.exec(text);
	const sessionNumber = session === null ? null : ordinalValue(session[1] ?? '');
	if (sessionNumber !== null) return { what: 'session', meta: { session: sessionNumber } };
	const agenda = /^Agenda items? (\d+(?: ?\([a-z]\))?(?:(?:, | and )\d+(?: ?\([a-z]\))?)*)$/i.exec(
		text,
	);
	if (agenda !== null && agenda[1] !== undefined)
		return { what: 'agenda item', meta: { agendaItem: agenda[1] } };
	const symbol = /^[AE]\/RES\/\d{2,4}\/\d{1,3}(?: ?[A-Z])?$/.exec(text);
	if (symbol !== null) return { what: 'symbol', meta: { symbol: symbol[0].replace(/\s+/g, '') } };
	if (/^Distr\.?:? ?(?:General|Limited|Restricted)$/i.test(text))
		return { what: 'distribution', meta: {} };
	return null;
}
