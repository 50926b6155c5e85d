/**
 * Seeds exported as plain text from the UN Official Document System (ODS): a resolution of the
 * General Assembly or the Economic and Social Council, with any annexes, its footnotes after all its
 * text and a trailer of job markers and page furniture. Every line ends up in the model's body or
 * set aside by a named rule, each piece at the line and column it came from.
 */
import type { DocumentMeta, SetAside, UnDocument } from '../../model.ts';
import { footnoteCallReader } from '../footnote-calls.ts';
import { odsFootnotesOf } from './footnotes.ts';
import { odsHeaderOf, type OdsHeader } from './header.ts';
import { seedLinesOf } from './lines.ts';
import { odsBodyOf, type OdsBody } from './parts.ts';
import { odsSectionsOf } from './sections.ts';
import { odsTrailerOf, type OdsTrailer } from './trailer.ts';
import { ParseError, type ParseResult, type ParseWarning } from '../error.ts';

type Warn = (line: number, message: string) => void;

/**
 * The job number as the first page prints it (`09-47263`) from ODS's form of it (`N0947263E`); null if it is not in that form.
 * @example jobNumberOfOds('N0947263E') // '09-47263'
 */
export function jobNumberOfOds(odsJobNumber: string): string | null {
	const match = /^[A-Z](\d{2})(\d{4,6})[A-Z]$/.exec(odsJobNumber);
	return match === null ? null : `${match[1]}-${match[2]}`;
}

function lineOf(setAside: readonly SetAside[], what: string, fallback: number): number {
	return setAside.find((piece) => piece.what === what)?.at.line ?? fallback;
}

/** The document's symbol: as ODS records it, else as the masthead prints it, else from the resolution's number. */
function symbolOf(header: OdsHeader, trailer: OdsTrailer, warn: Warn): string {
	const prefix = header.body === 'General Assembly' ? 'A' : 'E';
	const fromNumber = `${prefix}/RES/${header.resolutionNumber.replace(/\s+/g, '')}`;
	const symbol = trailer.symbol ?? trailer.mastheadSymbol ?? fromNumber;
	const where = lineOf(trailer.setAside, 'symbol', lineOf(header.setAside, 'resolution number', 1));
	if (trailer.symbol === null && trailer.mastheadSymbol === null) {
		warn(where, `no symbol in the ODS trailer; ${symbol} is made from the resolution's number`);
	}
	for (const other of [trailer.mastheadSymbol, fromNumber]) {
		if (other === null || other === symbol) continue;
		warn(where, `the symbol is ${symbol}, but the seed also prints ${other}`);
	}
	return symbol;
}

/** Warns where the header, the body and the trailer disagree about the document. */
function checkAgreement(header: OdsHeader, body: OdsBody, trailer: OdsTrailer, warn: Warn): void {
	const adoptionLine = lineOf(header.setAside, 'adoption line', 1);
	if (header.date !== null && body.closingDate !== null && body.closingDate !== header.date) {
		const dates = `${header.date} by the adoption line, on ${body.closingDate} by the closing lines`;
		warn(adoptionLine, `adopted on ${dates}`);
	}
	if (trailer.mastheadBody !== null && trailer.mastheadBody !== header.body) {
		const organs = `the ${header.body}, but the masthead names the ${trailer.mastheadBody}`;
		warn(lineOf(trailer.setAside, 'body', adoptionLine), `adopted by ${organs}`);
	}
	const opening = body.parts[0]?.opening ?? null;
	if (opening !== null && opening.text !== `The ${header.body},`) {
		warn(
			opening.at.line,
			`adopted by the ${header.body}, but the opening line is "${opening.text}"`,
		);
	}
	const fromOds = trailer.odsJobNumber === null ? null : jobNumberOfOds(trailer.odsJobNumber);
	if (trailer.jobNumber !== null && fromOds !== null && trailer.jobNumber !== fromOds) {
		const jobs = `${trailer.jobNumber} is not ODS job ${trailer.odsJobNumber ?? ''}`;
		warn(lineOf(trailer.setAside, 'job number', 1), `job number ${jobs}`);
	}
}

/** What the header, the body and the trailer say about the document. */
function metaOf(
	header: OdsHeader,
	body: OdsBody,
	trailer: OdsTrailer,
	file: string,
	warn: Warn,
): DocumentMeta {
	const date = header.date ?? body.closingDate;
	if (date === null) {
		const reason = 'no date of adoption: neither the adoption line nor the closing lines print one';
		throw new ParseError(file, lineOf(header.setAside, 'adoption line', 1), reason);
	}
	checkAgreement(header, body, trailer, warn);
	const fromOds = trailer.odsJobNumber === null ? null : jobNumberOfOds(trailer.odsJobNumber);
	return {
		symbol: symbolOf(header, trailer, warn),
		body: header.body,
		documentType: 'resolution',
		title: header.title,
		resolutionNumber: header.resolutionNumber,
		date,
		session: trailer.session,
		agendaItem: trailer.agendaItem,
		plenaryMeeting: body.plenaryMeeting,
		committeeReport: header.committeeReport,
		distributionDate: trailer.distributionDate,
		// The first page prints the job number; ODS keeps it too, in its own form.
		jobNumber: trailer.jobNumber ?? fromOds,
	};
}

/**
 * Parses a resolution exported from ODS as plain text; throws a ParseError naming file and line if it cannot be read faithfully.
 * @example parseOdsText('[DU1]\nResolution adopted by the General Assembly on 18 December 2009\n…', 'seeds/000.txt').document.meta.date // '2009-12-18'
 */
export function parseOdsText(text: string, file: string): ParseResult<UnDocument> {
	const lines = seedLinesOf(text, file);
	const warnings: ParseWarning[] = [];
	const warn: Warn = (line, message) => {
		warnings.push({ file, line, message });
	};
	const sections = odsSectionsOf(lines);
	const header = odsHeaderOf(sections.header, file);
	if (sections.body.length === 0) {
		const last = sections.header.at(-1)?.line ?? 1;
		throw new ParseError(file, last, 'not in ODS shape: no tab-indented paragraph after the title');
	}
	const footnotes = odsFootnotesOf(sections.footnotes, file);
	const calls = footnoteCallReader(footnotes, file);
	const body = odsBodyOf(sections.body, { file, calls, warn });
	calls.finish();
	if (sections.trailer.length === 0) {
		warn(lines.length, 'no ODS trailer: no symbol, session, agenda item or distribution date');
	}
	const trailer = odsTrailerOf(sections.trailer, warn);
	const document: UnDocument = {
		file,
		meta: metaOf(header, body, trailer, file, warn),
		parts: body.parts,
		report: null,
		footnotes,
		setAside: [...header.setAside, ...trailer.setAside],
	};
	return { document, warnings };
}
