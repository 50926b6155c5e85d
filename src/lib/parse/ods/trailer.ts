/**
 * The trailer that ODS appends after a document's text: job markers (`<<ODS JOB NO>>N0947263E<<ODS
 * JOB NO>>`), the symbol, and the furniture of the printed first page, its masthead glued into runs
 * ("United NationsA/RES/64/180General AssemblyDistr.: General", "26 March 2010Sixty-fourth session").
 */
import type { IsoDate, SetAside } from '../../model.ts';
import { ordinalValue } from '../../words/ordinals.ts';
import { isoDateOfPrinted } from '../dates.ts';
import { isBlank, placeAt, type SeedLine } from './lines.ts';

/** What the trailer says, and every piece of it, set aside. */
export interface OdsTrailer {
	setAside: SetAside[];
	/** The symbol between `<<ODS DOC SYMBOL1>>` markers. */
	symbol: string | null;
	/** The symbol the masthead prints. */
	mastheadSymbol: string | null;
	/** The organ the masthead names. */
	mastheadBody: string | null;
	session: number | null;
	agendaItem: string | null;
	distributionDate: IsoDate | null;
	/** The job number as printed on the first page: `09-47263`. */
	jobNumber: string | null;
	/** The job number in ODS's own form: `N0947263E`. */
	odsJobNumber: string | null;
}

const markerPattern = /\[DU\d+\]|<<ODS ([A-Z ]+?\d*)>>/g;
const symbolPattern = /^[A-Z]{1,4}(?:\/[A-Za-z0-9.-]+)+$/;
const mastheadPattern =
	/^(United Nations)\s*([A-Z]{1,4}(?:\/[A-Za-z0-9.-]+)+?)\s*(General Assembly|Economic and Social Council|Security Council)?\s*(Distr\.:\s*\S+)?$/;

type Piece = Omit<SetAside, 'at'> & { offset: number };

/** The pieces of a line of ODS markers, and what stands between them. */
function markerPieces(text: string, trailer: OdsTrailer): Piece[] {
	const pieces: Piece[] = [];
	let open: string | null = null;
	let from = 0;
	const between = (to: number): void => {
		const value = text.slice(from, to);
		if (value.trim() === '') return;
		const offset = from + value.length - value.trimStart().length;
		if (open === 'DOC SYMBOL1') {
			trailer.symbol ??= value.trim();
			pieces.push({ rule: 'metadata', what: 'symbol', text: value.trim(), offset });
		} else if (open === 'JOB NO') {
			trailer.odsJobNumber ??= value.trim();
			pieces.push({ rule: 'ods-marker', what: 'ODS job number', text: value.trim(), offset });
		} else {
			const what = open === null ? 'unrecognised trailer text' : `ODS ${open.toLowerCase()}`;
			pieces.push({
				rule: open === null ? 'page-furniture' : 'ods-marker',
				what,
				text: value.trim(),
				offset,
			});
		}
	};
	for (const match of text.matchAll(markerPattern)) {
		between(match.index);
		const name = match[1] ?? null;
		pieces.push({
			rule: 'ods-marker',
			what: name === null ? 'document marker' : 'ODS marker',
			text: match[0],
			offset: match.index,
		});
		if (name !== null) open = open === name ? null : name;
		from = match.index + match[0].length;
	}
	between(text.length);
	return pieces;
}

/** The pieces of the masthead line, read into the trailer. */
function mastheadPieces(text: string, trailer: OdsTrailer): Piece[] | null {
	const match = mastheadPattern.exec(text);
	if (match === null) return null;
	const [, unitedNations = '', symbol = '', body, distribution] = match;
	trailer.mastheadSymbol = symbol;
	trailer.mastheadBody = body ?? null;
	let from = 0;
	const at = (part: string): number => {
		from = text.indexOf(part, from);
		return from;
	};
	const pieces: Piece[] = [
		{ rule: 'page-furniture', what: 'masthead', text: unitedNations, offset: at(unitedNations) },
		{ rule: 'metadata', what: 'symbol', text: symbol, offset: at(symbol) },
	];
	if (body !== undefined) {
		pieces.push({ rule: 'metadata', what: 'body', text: body, offset: at(body) });
	}
	if (distribution !== undefined) {
		pieces.push({
			rule: 'page-furniture',
			what: 'distribution',
			text: distribution,
			offset: at(distribution),
		});
	}
	return pieces;
}

/** The pieces of a line that dates the distribution and names the session: "26 March 2010Sixty-fourth session". */
function dateAndSessionPieces(text: string, trailer: OdsTrailer): Piece[] | null {
	const match = /^(\d{1,2} \p{L}+ \d{4})?\s*(\S.*\bsession\b.*)?$/u.exec(text);
	if (match === null || (match[1] === undefined && match[2] === undefined)) return null;
	const [, date, session] = match;
	const distributionDate = date === undefined ? null : isoDateOfPrinted(date);
	if (date !== undefined && distributionDate === null) return null;
	const pieces: Piece[] = [];
	if (date !== undefined) {
		trailer.distributionDate ??= distributionDate;
		pieces.push({ rule: 'metadata', what: 'distribution date', text: date, offset: 0 });
	}
	if (session !== undefined) {
		const value = ordinalValue(/^(.+?) session$/.exec(session)?.[1] ?? '');
		if (value !== null) trailer.session ??= value;
		// "Substantive session of 2007" names no numbered session: the model has no place for it.
		const rule = value === null ? 'page-furniture' : 'metadata';
		pieces.push({ rule, what: 'session', text: session, offset: text.lastIndexOf(session) });
	}
	return pieces;
}

/** What a line of page furniture is, or null if it is none that ODS prints. */
function furnitureOf(text: string, trailer: OdsTrailer): Piece | null {
	const piece = (what: string, rule: SetAside['rule'] = 'page-furniture'): Piece => ({
		rule,
		what,
		text,
		offset: 0,
	});
	if (/^\*\d{5,}\*$/.test(text)) return piece('bar code');
	if (/^[-_=]{3,}$/.test(text)) return piece('rule');
	if (/^\d{1,3}$/.test(text)) return piece('page number');
	if (symbolPattern.test(text)) return piece('running head');
	const agenda = /^Agenda items? (\S.*)$/.exec(text);
	if (agenda !== null) {
		trailer.agendaItem ??= agenda[1] ?? null;
		return piece('agenda item', 'metadata');
	}
	const job = /^\d{2}-\d{4,6}\b/.exec(text);
	if (job === null) return null;
	// The first page prints the job number; the pages after it repeat it at their foot.
	if (trailer.jobNumber !== null) return piece('job number');
	trailer.jobNumber = job[0];
	return piece('job number', 'metadata');
}

/** The pieces of one line of the trailer, or null if it is none that ODS prints. */
function linePieces(text: string, trailer: OdsTrailer): Piece[] | null {
	if (/\[DU\d+\]|<<ODS /.test(text)) return markerPieces(text, trailer);
	const pieces = mastheadPieces(text, trailer) ?? dateAndSessionPieces(text, trailer);
	if (pieces !== null) return pieces;
	const furniture = furnitureOf(text, trailer);
	return furniture === null ? null : [furniture];
}

/**
 * Reads an ODS trailer: every piece set aside by its rule, the metadata it prints read out.
 * @example odsTrailerOf(lines, warn).distributionDate // '2010-03-26'
 */
export function odsTrailerOf(
	lines: readonly SeedLine[],
	warn: (line: number, message: string) => void,
): OdsTrailer {
	const trailer: OdsTrailer = {
		setAside: [],
		symbol: null,
		mastheadSymbol: null,
		mastheadBody: null,
		session: null,
		agendaItem: null,
		distributionDate: null,
		jobNumber: null,
		odsJobNumber: null,
	};
	for (const line of lines) {
		if (isBlank(line)) continue;
		const text = line.text.trim();
		const start = line.text.indexOf(text);
		const pieces = linePieces(text, trailer);
		if (pieces === null || pieces.some((piece) => piece.what === 'unrecognised trailer text')) {
			warn(line.line, `the trailer holds text ODS does not print there: "${text.slice(0, 40)}"`);
		}
		for (const { offset, ...piece } of pieces ?? [
			{ rule: 'page-furniture', what: 'unrecognised trailer text', text, offset: 0 },
		]) {
			trailer.setAside.push({ ...piece, at: placeAt(line, start + offset) });
		}
	}
	return trailer;
}
