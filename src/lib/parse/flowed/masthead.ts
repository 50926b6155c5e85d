/**
 * The top of a flowed resolution, under the YAML block: the masthead with its lines joined
 * ("General Assembly Distr.: General 26 November 2025"), the session and agenda item, the adoption
 * line, the committee line and the number and title. All of it is metadata, read into `meta`.
 */
import type { SetAside } from '../../model.ts';
import { adoptionOf, committeeReportOf } from '../adoption-lines.ts';
import { isoDateOfPrinted } from '../dates.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import { numberedTitleOf } from '../printed-lines.ts';
import type { MetaFromText } from '../sidecar.ts';
import { ordinalValue } from '../../words/ordinals.ts';
import { setAsideOf, sliceSpan, spanOf, type SourceLine, type Span } from './lines.ts';

/** What the top of a flowed resolution gave. */
export interface Masthead {
	meta: MetaFromText;
	/** The printed title's span, which a running head may repeat. */
	title: Span;
	setAside: SetAside[];
	/** Index (into the lines given) of the first line after the title. */
	end: number;
}

const agendaPattern = /Agenda items? (\d+(?: ?\([a-z]+\))?(?:(?:, | and )\d+(?: ?\([a-z]+\))?)*)/;
// The words a title cannot end on: a title that does was cut in two by the extraction.
const danglingEnd = /\b(?:of|and|the|to|into|in|for|on|with|a|an|by|from|at|or)$|,$/;

/**
 * Reads one masthead line ("United Nations A/RES/80/10") into the metadata; false if it is none.
 * @example mastheadLineOf('General Assembly Distr.: General 26 November 2025', meta) // true, meta.distributionDate '2025-11-26'
 */
export function mastheadLineOf(text: string, meta: MetaFromText): boolean {
	const nations = /^United Nations(?: ([A-Z]\/RES\/\d+\/\d+(?: ?[A-Z])?))?$/.exec(text);
	if (nations !== null) {
		if (nations[1] !== undefined) meta.symbol = nations[1];
		return true;
	}
	const distribution = /^(General Assembly) Distr\.: General(?: (.+))?$/.exec(text);
	if (distribution !== null) {
		meta.body = 'General Assembly';
		const date = isoDateOfPrinted(distribution[2] ?? '');
		if (date !== null) meta.distributionDate = date;
		return distribution[2] === undefined || date !== null;
	}
	const session = /^(\S+) session\b/.exec(text);
	const number = session === null ? null : ordinalValue(session[1] ?? '');
	if (number !== null) {
		meta.session = number;
		const agenda = agendaPattern.exec(text);
		if (agenda?.[1] !== undefined) meta.agendaItem = agenda[1];
		return true;
	}
	return false;
}

/** A masthead line set aside as metadata, its symbol ("United Nations A/RES/80/10") as a piece of its own, so what is said of the symbol can name its line. */
function mastheadPieces(span: Span): SetAside[] {
	const symbol = /^United Nations (\S+)$/.exec(span.text)?.[1];
	if (symbol === undefined) return [setAsideOf(span, 'metadata', 'masthead')];
	const start = span.text.length - symbol.length;
	return [
		[sliceSpan(span, 0, start), 'masthead'] as const,
		[sliceSpan(span, start), 'symbol'] as const,
	].flatMap(([piece, what]) => (piece === null ? [] : [setAsideOf(piece, 'metadata', what)]));
}

/**
 * Reads the masthead, adoption line, committee line and numbered title that open a flowed resolution.
 * @example mastheadOf(lines, 'A_RES_80_10.v1.1.0.md', warnings).meta.resolutionNumber // '80/10'
 */
export function mastheadOf(
	lines: readonly SourceLine[],
	file: string,
	warnings: ParseWarning[],
): Masthead {
	const meta: MetaFromText = { documentType: 'resolution' };
	const setAside: SetAside[] = [];
	let adopted = false;
	let agendaLine: Span | null = null;
	for (const [index, source] of lines.entries()) {
		const span = spanOf(source, 0);
		if (span === null) continue;
		const numbered = numberedTitleOf(span.text);
		if (numbered !== null && adopted) {
			meta.resolutionNumber = numbered.resolutionNumber;
			meta.title = numbered.title;
			const start = span.text.length - numbered.title.length;
			const number = sliceSpan(span, 0, start);
			const title = sliceSpan(span, start);
			if (number === null || title === null) break;
			setAside.push(
				setAsideOf(number, 'metadata', 'resolution number'),
				setAsideOf(title, 'metadata', 'title'),
			);
			let end = index + 1;
			// A title wrapped onto the next line, with no blank line between, goes on there.
			for (let next = lines[end]; next !== undefined; next = lines[end]) {
				const more = spanOf(next, 0);
				if (more === null || /^The General Assembly/.test(more.text)) break;
				meta.title = `${meta.title} ${more.text}`;
				setAside.push(setAsideOf(more, 'metadata', 'title'));
				warnings.push({
					file,
					line: more.line,
					message: `the title goes on over a second line ("${more.text.slice(0, 30)}…"): the extraction cut it in two; read as one`,
				});
				end += 1;
			}
			if (end > index + 1) return { meta, title, setAside, end };
			const agendaTitle =
				agendaLine?.text.replace(/^.*?Agenda items? \S+(?: \([a-z]+\))? ?/, '') ?? '';
			if (
				agendaTitle.startsWith(title.text) &&
				/^ \p{L}/u.test(agendaTitle.slice(title.text.length))
			) {
				const message = `the title stops at "…${title.text.slice(-25)}", but the agenda item's title (line ${agendaLine?.line ?? 0}) goes on "${agendaTitle.slice(title.text.length, title.text.length + 30)}…": the extraction cut the title in two`;
				warnings.push({ file, line: title.line, message });
			} else if (danglingEnd.test(title.text)) {
				const message = `the title ends "${title.text.slice(-30)}": the extraction cut it in two (its end may be in the agenda item's line${agendaLine === null ? '' : `, line ${agendaLine.line}`})`;
				warnings.push({ file, line: title.line, message });
			}
			return { meta, title, setAside, end: index + 1 };
		}
		const adoption = adoptionOf(span.text);
		if (adoption !== null) {
			if (adoption.body !== null) meta.body = adoption.body;
			if (adoption.date !== null) meta.date = adoption.date;
			adopted = true;
			setAside.push(setAsideOf(span, 'metadata', 'adoption'));
			continue;
		}
		if (adopted) {
			// The committee line; a plenary resolution's draft (A/80/L.11) is read from it by parseSeed.
			const report = committeeReportOf(span.text);
			if (report === null)
				throw new ParseError(file, span.line, `"${span.text}" is no committee line`);
			if (report !== undefined) meta.committeeReport = report;
			setAside.push(
				setAsideOf(span, 'metadata', report === undefined ? 'committee line' : 'committee report'),
			);
			continue;
		}
		if (mastheadLineOf(span.text, meta)) {
			if (/\bAgenda item/.test(span.text)) agendaLine = span;
			setAside.push(...mastheadPieces(span));
			continue;
		}
		// The agenda item's title, wrapped onto a line of its own ("prevention of an arms race in outer space").
		if (agendaLine !== null) {
			setAside.push(setAsideOf(span, 'metadata', 'agenda item title'));
			continue;
		}
		throw new ParseError(
			file,
			span.line,
			`"${span.text.slice(0, 60)}" is no line of a resolution's masthead`,
		);
	}
	throw new ParseError(
		file,
		lines[0]?.line ?? 1,
		'no adoption line and numbered title ("80/10. …") under the masthead',
	);
}
