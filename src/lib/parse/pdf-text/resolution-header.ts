/**
 * The header of a resolution as text extracted from a PDF: "Resolution adopted by the General
 * Assembly on …", the committee line (wrapped like any other), and the number and title. All of it
 * is metadata.
 */
import type { SetAside } from '../../model.ts';
import { numberedTitleOf, resolutionSymbol } from '../printed-lines.ts';
import { pdfOpeningOf } from './opening.ts';
import { adoptionOf, committeeReportOf } from '../adoption-lines.ts';
import { ParseError } from '../error.ts';
import { joinWrappedLines, placeIn, type TextLine } from './lines.ts';
import type { MetaFromText } from '../sidecar.ts';

function metadataLine(line: TextLine, what: string): SetAside {
	return { rule: 'metadata', what, text: line.text, at: placeIn(line) };
}

/** How many lines the adoption line wraps onto: the date alone on the next ("on 26 November 2025"), or none. */
function adoptionWrap(first: TextLine, after: readonly TextLine[]): number {
	const next = after[0];
	const dated = adoptionOf(first.text)?.date ?? null;
	return dated === null && next !== undefined && /^on \d{1,2} \p{L}+ \d{4}$/u.test(next.text)
		? 1
		: 0;
}

/** What the header gives: metadata, the lines read into it, and the lines from the opening on. */
export interface ResolutionHeader {
	meta: MetaFromText;
	setAside: SetAside[];
	rest: TextLine[];
}

/**
 * The adoption line, committee line, number and title above a resolution's opening, as text
 * extracted from a PDF prints them; a ParseError naming the line where one is missing.
 * @example resolutionHeaderOf(lines, 'x.txt').meta.title // 'Preparations for the Twelfth United Nations Congress …'
 */
export function resolutionHeaderOf(lines: readonly TextLine[], file: string): ResolutionHeader {
	const [adoptionLine, ...followers] = lines;
	const wrapped = adoptionLine === undefined ? 0 : adoptionWrap(adoptionLine, followers);
	const adoptionLines = lines.slice(0, 1 + wrapped);
	const after = followers.slice(wrapped);
	const adoption =
		adoptionLine === undefined
			? null
			: adoptionOf(joinWrappedLines(adoptionLines.map((line) => line.text)));
	if (adoptionLine === undefined || adoption === null) {
		const reason = `expected "Resolution adopted by the …" above the resolution, not "${adoptionLine?.text ?? ''}"`;
		throw new ParseError(file, adoptionLine?.line ?? 1, reason);
	}
	if (adoption.body === null) {
		const reason = `not a resolution of an organ this site knows: "${adoptionLine.text}"`;
		throw new ParseError(file, adoptionLine.line, reason);
	}
	const setAside = adoptionLines.map((line) => metadataLine(line, 'adoption line'));
	const meta: MetaFromText = { documentType: 'resolution', body: adoption.body };
	if (adoption.date !== null) meta.date = adoption.date;
	let rest = after;
	// The committee line wraps like any other: it runs from "[" to "]".
	const committeeEnd =
		rest[0]?.text.startsWith('[') === true ? rest.findIndex((line) => /\]$/.test(line.text)) : -1;
	if (committeeEnd !== -1 && committeeEnd < 3) {
		const committeeLines = rest.slice(0, committeeEnd + 1);
		const committee = committeeReportOf(joinWrappedLines(committeeLines.map((line) => line.text)));
		if (committee !== null) {
			const what = committee === undefined ? 'committee reference' : 'committee report';
			setAside.push(...committeeLines.map((line) => metadataLine(line, what)));
			if (committee !== undefined) meta.committeeReport = committee;
			rest = rest.slice(committeeEnd + 1);
		}
	}
	const numberLine = rest[0];
	const numbered = numberLine === undefined ? null : numberedTitleOf(numberLine.text);
	if (numberLine === undefined || numbered === null) {
		const reason =
			'expected the resolution\'s number and title ("64/180. Title") after the adoption line';
		throw new ParseError(file, numberLine?.line ?? adoptionLine.line, reason);
	}
	const titleOffset = numberLine.text.length - numbered.title.length;
	setAside.push({
		rule: 'metadata',
		what: 'resolution number',
		text: `${numbered.resolutionNumber}.`,
		at: placeIn(numberLine),
	});
	setAside.push({
		rule: 'metadata',
		what: 'title',
		text: numbered.title,
		at: placeIn(numberLine, titleOffset),
	});
	const opening = rest.findIndex((line) => pdfOpeningOf(line.text) !== null);
	if (opening === -1 || opening > 4) {
		const reason = 'expected the opening ("The General Assembly,") after the title';
		throw new ParseError(
			file,
			rest[Math.min(opening === -1 ? 1 : opening, 4)]?.line ?? numberLine.line,
			reason,
		);
	}
	const titleLines = rest.slice(1, opening);
	setAside.push(...titleLines.map((line) => metadataLine(line, 'title')));
	meta.title = joinWrappedLines([numbered.title, ...titleLines.map((line) => line.text)]);
	meta.resolutionNumber = numbered.resolutionNumber;
	const symbol = resolutionSymbol(adoption.body, numbered.resolutionNumber);
	if (symbol !== null) meta.symbol = symbol;
	return { meta, setAside, rest: rest.slice(opening) };
}
