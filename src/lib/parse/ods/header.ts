/**
 * The lines an ODS resolution opens with, above its first paragraph: the `[DU1]` marker, the
 * adoption line, the committee line and the resolution's number and title. All of it is metadata.
 */
import type { Body, CommitteeReport, IsoDate, SetAside } from '../../model.ts';
import { adoptionOf, committeeReportOf } from '../adoption-lines.ts';
import { isBlank, placeAt, type SeedLine } from './lines.ts';
import { ParseError } from '../error.ts';

/** What the header of an ODS resolution says. */
export interface OdsHeader {
	body: Body;
	/** The adoption date, if the adoption line prints one. */
	date: IsoDate | null;
	committeeReport: CommitteeReport | null;
	resolutionNumber: string;
	title: string;
	setAside: SetAside[];
}

function piece(
	line: SeedLine,
	offset: number,
	text: string,
	what: string,
	rule: SetAside['rule'] = 'metadata',
): SetAside {
	return { rule, what, text, at: placeAt(line, offset) };
}

/** A whole line's words, set aside as metadata. */
function linePiece(line: SeedLine, what: string): SetAside {
	const text = line.text.replace(/^\uFEFF/, '').trim();
	return piece(line, line.text.indexOf(text), text, what);
}

/**
 * The number and title of a resolution as printed on one line ("64/180.⇥Preparations for …"); null if none.
 * @example numberAndTitleOf('64/180.\tPreparations for the Twelfth Congress') // { number: '64/180', printedNumber: '64/180.', titleOffset: 8, title: 'Preparations for the Twelfth Congress' }
 */
export function numberAndTitleOf(
	text: string,
): { number: string; printedNumber: string; titleOffset: number; title: string } | null {
	const match = /^((\d{2,4}\/\d{1,3}(?: [A-Z])?)\.)([\t ]+)(\S.*?)\s*$/.exec(text);
	if (match === null) return null;
	const [, printedNumber = '', number = '', space = '', title = ''] = match;
	return { number, printedNumber, titleOffset: printedNumber.length + space.length, title };
}

/** Reads the header lines (every line above the first paragraph) of an ODS resolution. */
export function odsHeaderOf(lines: readonly SeedLine[], file: string): OdsHeader {
	const setAside: SetAside[] = [];
	const rest = lines.filter((line) => !isBlank(line));
	let next = rest.shift();
	const marker = next === undefined ? null : /^(\uFEFF?)(\[DU\d+\])$/.exec(next.text.trimEnd());
	if (next !== undefined && marker !== null) {
		setAside.push(
			piece(next, marker[1]?.length ?? 0, marker[2] ?? '', 'document marker', 'ods-marker'),
		);
		next = rest.shift();
	}
	const adoption = next === undefined ? null : adoptionOf(next.text.replace(/^\uFEFF/, ''));
	if (next === undefined || adoption === null) {
		throw new ParseError(
			file,
			next?.line ?? 1,
			'not in ODS shape: expected "Resolution adopted by the …" at the top',
		);
	}
	if (adoption.body === null) {
		throw new ParseError(
			file,
			next.line,
			`not a resolution of an organ this site knows: "${next.text.trim()}"`,
		);
	}
	setAside.push(linePiece(next, 'adoption line'));
	next = rest.shift();
	const committee = next === undefined ? null : committeeReportOf(next.text);
	if (next !== undefined && committee !== null) {
		setAside.push(
			linePiece(next, committee === undefined ? 'committee reference' : 'committee report'),
		);
		next = rest.shift();
	}
	const numbered = next === undefined ? null : numberAndTitleOf(next.text);
	if (next === undefined || numbered === null) {
		throw new ParseError(
			file,
			next?.line ?? lines.at(-1)?.line ?? 1,
			'not in ODS shape: expected the resolution\'s number and title ("64/180.⇥Title")',
		);
	}
	setAside.push(piece(next, 0, numbered.printedNumber, 'resolution number'));
	setAside.push(piece(next, numbered.titleOffset, numbered.title, 'title'));
	const title = [numbered.title];
	// A long title wraps onto a line or two below it, above the first paragraph.
	for (const line of rest) {
		if (title.length > 3) {
			const reason = 'not in ODS shape: expected a tab-indented paragraph after the title';
			throw new ParseError(file, line.line, reason);
		}
		title.push(line.text.trim());
		setAside.push(linePiece(line, 'title'));
	}
	return {
		body: adoption.body,
		date: adoption.date,
		committeeReport: committee ?? null,
		resolutionNumber: numbered.number,
		title: title.join(' '),
		setAside,
	};
}
