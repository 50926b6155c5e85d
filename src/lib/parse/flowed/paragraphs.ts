/**
 * The body's lines gathered into the units a resolution is made of: a paragraph, an item, the
 * opening, a closing line, an annex's heading. Flowed text puts one paragraph on a line, but a page
 * break cuts a paragraph in two (its halves around the page's furniture and footnotes), and an
 * extraction may run two paragraphs into one line; content decides which, and where it cannot, the
 * parser refuses rather than guess.
 */
import { ParseError, type ParseWarning } from '../error.ts';
import { leadPhraseOf } from '../lead-phrase.ts';
import { closingLineOf, openingOf } from '../printed-lines.ts';
import type { BodyLine } from './layout.ts';
import { sliceSpan, type Span } from './lines.ts';

/** How a unit opens. */
export type Start =
	'numbered' | 'item' | 'opening' | 'closing' | 'annex' | 'lead' | 'lower' | 'other';

/** A unit of the body: its spans in order, how it opens. */
export interface Unit {
	spans: Span[];
	start: Start;
}

/**
 * How a line opens: a printed number, a lettered item, the opening, a closing line, an annex's
 * heading, a lead phrase, a word in lower case, or anything else.
 * @example startOf('2. Requests the Secretary-General to bring …') // 'numbered'
 */
export function startOf(text: string): Start {
	if (/^\d{1,3}\.\s/.test(text)) return 'numbered';
	if (/^\((?:[a-z]{1,2}|[ivxl]{1,5})\)\s/.test(text)) return 'item';
	if (openingOf(text) !== null || /^The General Assembly,?$/.test(text)) return 'opening';
	if (/^\d{1,3}(?:st|nd|rd|th) plenary meeting\b/.test(text) || closingLineOf(text) !== null)
		return 'closing';
	if (/^Annex\b/.test(text)) return 'annex';
	if (/^\p{Ll}/u.test(text)) return 'lower';
	// "Ever mindful", "Gravely concerned": an adverb the shared reader does not know before a head it does.
	const adverb = /^(?:Ever|\p{Lu}\p{Ll}+ly) (?=\p{Ll})/u.exec(text);
	const lead =
		leadPhraseOf(text) ??
		(adverb === null
			? null
			: leadPhraseOf(
					text.slice(adverb[0].length).replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()),
				));
	if (lead === null) return 'other';
	// A verb in -s is followed by its object, never by a comma: "Games, as a defining feature" leads with none.
	const bare = !lead.includes(' ') && /s$/.test(lead) && !/^\s/.test(text.slice(lead.length));
	return bare ? 'other' : 'lead';
}

/**
 * Whether a text ends where a paragraph can: after punctuation, a footnote call after it, or ", and".
 * @example endsParagraph('… and Development,10') // true
 */
export function endsParagraph(text: string): boolean {
	return (
		/(?:[,;:.!?][”’")\]]?|[,;] and)\s*(?:\d{1,3}|\[\^\d{1,3}\])?\s*$/.test(text) ||
		/[”’")\]]\s*(?:\d{1,3}|\[\^\d{1,3}\])?[,;:.]$/.test(text)
	);
}

// Words a paragraph cut by a page break may end on before a capitalised word goes on ("including the / Doha Programme").
const openEnd =
	/\b(?:the|of|and|to|in|a|an|for|with|by|on|at|from|as|its|their|that|which|or|under|entitled)$/;

// Two paragraphs run into one line where the page between them was taken out: "…Development,10 Reaffirming the 2030 Agenda …".
const runTogether =
	/(?<=[,;:](?: ?\d{1,3})?)\s+(?=\p{Lu}\p{Ll}+(?:ing|ed)\b)|(?<=[.;:]\d{0,3})\s+(?=\d{1,3}\.\s+\p{Lu})/gu;

/** The spans a line is made of: one, or more where an extraction ran paragraphs together. */
function spansOf(line: BodyLine, file: string, warnings: ParseWarning[]): Span[] {
	const cuts = [...line.text.matchAll(runTogether)]
		.map((match) => match.index + match[0].length)
		.filter((index) => {
			const rest = line.text.slice(index);
			return (
				startOf(rest) === 'numbered' ||
				(startOf(rest) === 'lead' && /\d\s*$/.test(line.text.slice(0, index).trim()))
			);
		});
	if (cuts.length === 0) return [line];
	for (const cut of cuts) {
		const words = line.text.slice(cut, cut + 30);
		warnings.push({
			file,
			line: line.line,
			message: `two paragraphs run into one line at column ${line.column + cut} ("${words}…"): the extraction joined them where a page ended; read as two`,
		});
	}
	return [0, ...cuts].flatMap((start, index) => sliceSpan(line, start, cuts[index]) ?? []);
}

/**
 * Whether a unit reads as a heading ("Peacebuilding Commission", "A call to action"): one short
 * line that opens with a capital and ends with no punctuation, as no paragraph does.
 * @example isHeading({ spans: [{ line: 68, column: 1, text: 'Peacebuilding Commission' }], start: 'lead' }) // true
 */
export function isHeading(unit: Unit): boolean {
	const [span, ...more] = unit.spans;
	if (span === undefined || more.length > 0 || unit.start === 'closing' || unit.start === 'annex')
		return false;
	return (
		/^\p{Lu}/u.test(span.text) &&
		!endsParagraph(span.text) &&
		span.text.length < 160 &&
		!/^The General Assembly/.test(span.text)
	);
}

function looksLikeHeading(text: string): boolean {
	return isHeading({ spans: [{ line: 0, column: 1, text }], start: 'other' });
}

/**
 * Gathers the body's lines into units: a line goes on the unit before it when it continues it (a
 * page's second half in lower case, or after words cut mid-phrase), and opens a unit when it starts
 * one after a paragraph's end; where neither is clear, a ParseError names the line.
 * @example unitsOf(body, 'A_RES_80_10.v1.1.0.md', warnings)[0].start // 'opening'
 */
export function unitsOf(
	lines: readonly BodyLine[],
	file: string,
	warnings: ParseWarning[],
): Unit[] {
	const units: Unit[] = [];
	const pieces = lines.flatMap((line) =>
		spansOf(line, file, warnings).map((span, index) => ({ span, line, first: index === 0 })),
	);
	for (const [index, { span, line, first }] of pieces.entries()) {
		const start = startOf(span.text);
		const unit = units.at(-1);
		const previous = unit?.spans.at(-1);
		if (unit === undefined || previous === undefined || !first) {
			units.push({ spans: [span], start });
			continue;
		}
		// The opening, a closing line and an annex's heading stand on lines of their own.
		if (unit.start === 'opening' || unit.start === 'closing' || unit.start === 'annex') {
			units.push({ spans: [span], start });
			continue;
		}
		const ended = endsParagraph(previous.text);
		// A paragraph (not a heading) that ends with no punctuation was cut, and goes on whatever word follows.
		const heading = isHeading(unit);
		const cut = !ended && !heading;
		const wrapped = !line.blankBefore && !line.pageBreak;
		// Flowed text sets a blank line between paragraphs: a line that follows its line directly was
		// wrapped, whatever word it starts with ("Production, / Stockpiling and Use of …").
		const goesOn =
			start === 'lower' ||
			(wrapped && (start === 'other' || start === 'lead')) ||
			(!ended && start === 'other') ||
			(!ended && start === 'lead' && openEnd.test(previous.text)) ||
			(cut && (start === 'lead' || start === 'other')) ||
			// What looked like a heading goes on in words that begin no paragraph: it was a paragraph cut short.
			(heading && start === 'other');
		if (goesOn) {
			unit.spans.push(span);
			continue;
		}
		if (ended || heading) {
			if (start === 'other' && !wrapped) {
				const after = pieces[index + 1]?.span.text ?? '';
				if (
					looksLikeHeading(span.text) &&
					['numbered', 'lead', 'item', 'opening'].includes(startOf(after))
				) {
					units.push({ spans: [span], start });
					continue;
				}
				const reason = /:\s*$/.test(previous.text)
					? `"${span.text.slice(0, 40)}…" follows a line that opens a list (line ${previous.line}, "…${previous.text.slice(-25)}") but has no item letter: the extraction lost the labels of the list's items, or this begins a paragraph; cannot tell which`
					: `cannot tell whether "${span.text.slice(0, 40)}…" begins a paragraph or goes on with the one before (line ${previous.line}, which ends "…${previous.text.slice(-25)}")`;
				throw new ParseError(file, span.line, reason);
			}
			if (start === 'other' && wrapped) {
				unit.spans.push(span);
				continue;
			}
			units.push({ spans: [span], start });
			continue;
		}
		const what =
			start === 'numbered'
				? `paragraph ${span.text.split('.')[0] ?? ''}`
				: start === 'lead'
					? 'a paragraph'
					: `the ${start}`;
		const reason = `${what} starts here, but the paragraph before (line ${previous.line}) ends mid-sentence ("…${previous.text.slice(-25)}"): the extraction lost its end, or cut it with no sign of the page break`;
		throw new ParseError(file, span.line, reason);
	}
	return units;
}
