import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectFaithful } from '../../../../tests/fixtures/pdf-text/faithful.ts';
import { plainText } from '../../inline.ts';
import type { FootnoteCall, Inline, Paragraph, ResolutionPart, UnDocument } from '../../model.ts';
import { parseMarkdownText } from '../markdown/document.ts';
import { parseOdsText } from '../ods/document.ts';
import { ParseError } from '../error.ts';
import { parsePdfText } from './document.ts';

function fixture(name: string): { text: string; document: UnDocument; warnings: string[] } {
	const file = `tests/fixtures/pdf-text/${name}`;
	const text = readFileSync(file, 'utf8');
	const { document, warnings } = parsePdfText(text, file);
	return { text, document, warnings: warnings.map((warning) => warning.message) };
}

const odsSeed = (name: string): UnDocument =>
	parseOdsText(readFileSync(`seeds/${name}`, 'utf8'), name).document;

const textsOf = (paragraphs: readonly Paragraph[]): string[] =>
	paragraphs.map((paragraph) =>
		[
			plainText(paragraph.content),
			...paragraph.items.map((item) => `${item.printedLabel} ${plainText(item.content)}`),
		].join(' '),
	);

/** Every part's preamble and operative paragraphs as a reader reads them. */
const partTexts = (parts: readonly ResolutionPart[]) =>
	parts.map((part) => ({ preamble: textsOf(part.preamble), operative: textsOf(part.operative) }));

function callsOf(document: UnDocument): FootnoteCall[] {
	const inlines = (paragraph: Paragraph): Inline[] => [
		...paragraph.content,
		...paragraph.items.flatMap((item) => item.content),
	];
	return document.parts
		.flatMap((part) => [...part.preamble, ...part.operative])
		.flatMap(inlines)
		.filter((inline): inline is FootnoteCall => inline.kind === 'footnote-call');
}

const setAsideAs = (document: UnDocument, what: string): string[] =>
	document.setAside.filter((piece) => piece.what === what).map((piece) => piece.text);

describe('parsePdfText on A/RES/64/180 as printed in pages, laid out from seed 000', () => {
	const { text, document, warnings } = fixture('a-res-64-180-paged.txt');
	const ods = odsSeed('000_173b05c339677b1f.txt');

	it('reads from the masthead and the text the metadata the ODS seed gives', () => {
		expect(document.meta).toEqual(ods.meta);
	});

	it('reads the same 7 preambular and 19 operative paragraphs as the ODS seed, word for word', () => {
		expect(document.parts[0]?.preamble).toHaveLength(7);
		expect(document.parts[0]?.operative.map((paragraph) => paragraph.number)).toEqual(
			Array.from({ length: 19 }, (_, index) => index + 1),
		);
		expect(partTexts(document.parts)).toEqual(partTexts(ods.parts));
	});

	it('reads the lead phrases the ODS seed has', () => {
		const leads = (doc: UnDocument) =>
			doc.parts.flatMap((part) => [...part.preamble, ...part.operative].map((p) => p.leadPhrase));
		expect(leads(document)).toEqual(leads(ods));
		expect(document.parts[0]?.operative[0]?.leadPhrase).toBe('Takes note with appreciation');
	});

	it('reads the five footnotes from the feet of the pages they are called on', () => {
		expect(document.footnotes.map((footnote) => plainText(footnote.content))).toEqual(
			ods.footnotes.map((footnote) => plainText(footnote.content)),
		);
		expect(document.footnotes.map((footnote) => footnote.number)).toEqual([1, 2, 3, 4, 5]);
	});

	it('keeps the closing lines, the date at the foot of the last page included', () => {
		expect(document.parts[0]?.closing.map((run) => run.text)).toEqual([
			'65th plenary meeting',
			'18 December 2009',
		]);
	});

	it('sets running heads, page numbers, job numbers and the bar code aside as page furniture', () => {
		expect(setAsideAs(document, 'running head')).toEqual([
			'A/RES/64/180',
			'A/RES/64/180',
			'A/RES/64/180',
		]);
		expect(setAsideAs(document, 'page number')).toEqual(['2/4', '3/4', '4/4']);
		expect(setAsideAs(document, 'bar code')).toEqual(['*0947263*']);
	});

	it('holds every word, each at its place, with no warnings', () => {
		expectFaithful(document, text);
		expect(warnings).toEqual([]);
	});
});

describe('parsePdfText on A/RES/65/230 with a metadata block, no blank lines and an annex, laid out from seed 003', () => {
	const { text, document, warnings } = fixture('a-res-65-230-metadata-block.txt');
	const ods = odsSeed('003_393f743abdb401da.txt');
	const [resolution, annex] = document.parts;

	it('reads the metadata block and the text into the metadata the ODS seed gives', () => {
		expect(document.meta).toEqual(ods.meta);
		expect(setAsideAs(document, 'metadata block')[0]).toBe('---');
	});

	it('tells paragraphs apart by their indent alone: 7 and 18, then the annex’s 8 and 55', () => {
		expect(resolution?.preamble).toHaveLength(7);
		expect(resolution?.operative).toHaveLength(18);
		expect(annex?.preamble).toHaveLength(8);
		expect(annex?.operative).toHaveLength(55);
		expect(partTexts(document.parts)).toEqual(partTexts(ods.parts));
	});

	it('reads the annex’s heading, title, opening and the line before its paragraphs', () => {
		expect(annex?.heading?.text).toBe('Annex');
		expect(plainText(annex?.title ?? [])).toBe(
			'Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development in a Changing World',
		);
		expect(annex?.opening?.text).toBe('We, the States Members of the United Nations,');
		expect(annex?.operativeIntro?.text).toBe('Declare as follows:');
	});

	it('reads the 18 footnotes, the second calls of 2 and 3 in the resolution and of 4 and 5 in the annex', () => {
		expect(document.footnotes).toHaveLength(18);
		const annexStart = annex?.opening?.at.line ?? Infinity;
		const second = callsOf(document).filter((call) => call.occurrence === 2);
		expect(second.map((call) => [call.footnote, call.at.line > annexStart])).toEqual([
			[2, false],
			[3, false],
			[4, true],
			[5, true],
		]);
	});

	it('reads a call glued to a year and its punctuation ("September 2000,1", "August 2006;6")', () => {
		const first = callsOf(document).filter((call) => [1, 6].includes(call.footnote));
		expect(
			first.map((call) => [
				call.footnote,
				text.split('\n')[call.at.line - 1]?.slice(call.at.column - 6, call.at.column - 1),
			]),
		).toEqual([
			[1, '2000,'],
			[6, '2006;'],
		]);
	});

	it('holds every word, each at its place, with no warnings', () => {
		expectFaithful(document, text);
		expect(warnings).toEqual([]);
	});
});

describe('parsePdfText on A/RES/64/3: no committee, one unnumbered operative paragraph', () => {
	const { text, document, warnings } = fixture('a-res-64-3-one-page.txt');

	it('reads its last paragraph, ending with a full stop, as its sole operative paragraph', () => {
		const [resolution] = document.parts;
		expect(resolution?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual([
			'Recalling',
			'Noting',
		]);
		expect(resolution?.operative).toMatchObject([
			{ kind: 'operative', number: 1, printedLabel: null, leadPhrase: 'Decides' },
		]);
	});

	it('lets a sidecar fill what the text lacks and win where both speak', () => {
		const given = { agendaItem: '164', jobNumber: '09-99999' };
		const { meta } = parsePdfText(text, 'x.txt', given).document;
		expect([meta.agendaItem, meta.jobNumber, meta.session]).toEqual(['164', '09-99999', 64]);
	});

	it('has no committee report and reads no call in "2008/23", "2008-2011", "E/CN.15/2011/15" or "1,200"', () => {
		expect(document.meta.committeeReport).toBeNull();
		expect(setAsideAs(document, 'committee reference')).toEqual([
			'[without reference to a Main Committee (A/64/L.5)]',
		]);
		expect(callsOf(document)).toEqual([]);
	});

	it('holds every word, each at its place, with no warnings', () => {
		expectFaithful(document, text);
		expect(warnings).toEqual([]);
	});
});

describe('parsePdfText on an Economic and Social Council resolution laid out in columns', () => {
	const { text, document, warnings } = fixture('e-res-2007-19-layout.txt');
	const [resolution] = document.parts;

	it('reads the Council’s metadata: a session of a year, an agenda item with a letter, a recommendation over two lines', () => {
		expect(document.meta).toMatchObject({
			symbol: 'E/RES/2007/19',
			body: 'Economic and Social Council',
			resolutionNumber: '2007/19',
			date: '2007-07-26',
			session: null,
			agendaItem: '14 (c)',
			plenaryMeeting: 45,
			committeeReport: {
				committee: 'Commission on Crime Prevention and Criminal Justice',
				printed: 'E/2007/30 and Corr.1',
				symbol: 'E/2007/30',
			},
			distributionDate: '2007-08-02',
			jobNumber: '07-12345',
		});
	});

	it('reads items (a) to (c) inside operative paragraph 1, not as paragraphs', () => {
		expect(resolution?.operative.map((paragraph) => paragraph.number)).toEqual([1, 2, 3, 4]);
		expect(resolution?.operative[0]?.items.map((item) => item.printedLabel)).toEqual([
			'(a)',
			'(b)',
			'(c)',
		]);
	});

	it('joins operative paragraph 2 across the page break and its footnotes', () => {
		expect(plainText(resolution?.operative[1]?.content ?? [])).toBe(
			'Requests the Secretary-General to facilitate the organization of regional preparatory meetings for the Twelfth Congress and to make available the necessary resources for the participation of the least developed countries in those meetings and in the Congress itself, in accordance with past practice;',
		);
	});

	it('reads footnote 2 called again in paragraph 3, from the page before its own', () => {
		expect(callsOf(document).map((call) => [call.footnote, call.occurrence])).toEqual([
			[1, 1],
			[2, 1],
			[3, 1],
			[2, 2],
		]);
	});

	it('holds every word, each at its place, with no warnings', () => {
		expectFaithful(document, text);
		expect(warnings).toEqual([]);
	});
});

describe('parsePdfText on E/RES/2007/17 and the draft it recommends, laid out from seed 002', () => {
	const { text, document, warnings } = fixture('e-res-2007-17-draft.txt');
	const markdown = parseMarkdownText(
		readFileSync('seeds/002_21c522268fe949fa.txt', 'utf8'),
		'002.txt',
	).document;
	const council = document.parts[0];
	const draft = council?.parts[0];

	it('reads the Council’s one paragraph, which recommends the draft, as its operative paragraph', () => {
		expect(council?.opening?.text).toBe('The Economic and Social Council,');
		expect(council?.preamble).toEqual([]);
		expect(council?.operative).toMatchObject([
			{ number: 1, printedLabel: null, leadPhrase: 'Recommends' },
		]);
	});

	it('keeps both levels: the draft’s 8 preambular and 13 operative paragraphs inside the Council’s resolution', () => {
		expect(draft).toMatchObject({ kind: 'draft', opening: { text: '“The General Assembly,' } });
		expect(draft?.preamble).toHaveLength(8);
		expect(draft?.operative.map((paragraph) => paragraph.printedLabel)).toEqual(
			Array.from({ length: 13 }, (_, index) => `${index + 1}.`),
		);
	});

	it('reads the same words in each paragraph as the Markdown seed, quotation marks included', () => {
		expect(partTexts(document.parts)).toEqual(partTexts(markdown.parts));
		expect(partTexts(council?.parts ?? [])).toEqual(partTexts(markdown.parts[0]?.parts ?? []));
	});

	it('joins draft operative paragraph 6 across the page break and footnotes 2 to 4, "[...]" kept', () => {
		const six = plainText(draft?.operative[5]?.content ?? []);
		expect(six).toContain('the offer of the Government of [...] to act as host');
		expect(six).toContain(
			'requests the Secretary-General to initiate consultations with the Government',
		);
	});

	it('reads the four footnotes the Markdown seed has, from under its page breaks', () => {
		expect(document.footnotes.map((footnote) => plainText(footnote.content))).toEqual(
			markdown.footnotes.map((footnote) => plainText(footnote.content)),
		);
	});

	it('holds every word, each at its place, with no warnings', () => {
		expectFaithful(document, text);
		expect(warnings).toEqual([]);
	});
});

/** A small resolution as text extracted from a PDF: its header, the given lines, its closing lines. */
function resolution(...lines: string[]): string {
	return [
		'Resolution adopted by the General Assembly on 18 December 2009',
		'',
		'64/9. A title',
		'',
		'      The General Assembly,',
		...lines,
		'',
		'                    65th plenary meeting',
		'                    18 December 2009',
	].join('\n');
}

function parseErrorOf(text: string): string {
	try {
		parsePdfText(text, 'x.txt');
	} catch (error) {
		if (error instanceof ParseError) return error.message;
		throw error;
	}
	throw new Error('expected a ParseError');
}

describe('parsePdfText on a resolution it cannot read faithfully', () => {
	it('refuses operative numbering that skips or repeats, naming file and line', () => {
		expect(
			parseErrorOf(
				resolution('      1. Decides one;', '      2. Decides two;', '      4. Decides four.'),
			),
		).toBe('x.txt:8: operative paragraph 4 follows 2');
		expect(parseErrorOf(resolution('      1. Decides one;', '      1. Decides one again.'))).toBe(
			'x.txt:7: operative paragraph 1 follows 1',
		);
	});

	it('refuses a footnote call with no footnote, and a footnote never called', () => {
		expect(
			parseErrorOf(resolution('      1. Takes note of the report of the Programme,1 with thanks.')),
		).toBe('x.txt:6: footnote call 1 has no footnote');
		const uncalled = `${resolution('      1. Takes note of the report.')}\n__________________\n1 A/64/123.`;
		expect(parseErrorOf(uncalled)).toBe('x.txt:11: footnote 1 is never called');
	});

	it('refuses an adoption line of an organ the site does not know', () => {
		expect(
			parseErrorOf(
				resolution('      1. Decides.').replace('General Assembly on', 'Security Council on'),
			),
		).toMatch(/^x\.txt:1: not a resolution of an organ this site knows/);
	});

	it('refuses a resolution with no opening after its title', () => {
		expect(
			parseErrorOf(
				resolution('      1. Decides.').replace('      The General Assembly,', 'Some words'),
			),
		).toMatch(/^x\.txt:\d+: expected the opening \("The General Assembly,"\) after the title$/);
	});

	it('refuses text after a quoted draft’s closing quotation mark, which it cannot place', () => {
		const text = resolution(
			'      Recommends the following draft resolution:',
			'      “The General Assembly,',
			'      “1. Decides to act.”',
			'      Requests a report.',
		).replace(/General Assembly on/, 'Economic and Social Council on');
		expect(parseErrorOf(text)).toBe(
			'x.txt:9: text after the quoted draft\'s closing quotation mark: "Requests a report."',
		);
	});

	it('refuses a sidecar that calls a resolution a report', () => {
		expect(() =>
			parsePdfText(resolution('      1. Decides.'), 'x.txt', { documentType: 'report' }),
		).toThrow('x.txt:1: the sidecar calls this a report, but its text reads as a resolution');
	});
});

describe('parsePdfText on a resolution that is odd but safe', () => {
	const warningsOf = (text: string): string[] =>
		parsePdfText(text, 'x.txt').warnings.map((warning) => `${warning.line}: ${warning.message}`);

	it('warns where the closing date is not the date of adoption', () => {
		const text = resolution('      1. Decides.').replace(/18 December 2009$/, '19 December 2009');
		expect(warningsOf(text)).toEqual([
			'9: adopted on 2009-12-18 by the adoption line, on 2009-12-19 by the closing lines',
		]);
	});

	it('warns where the masthead’s symbol is not the one the resolution’s number makes', () => {
		const text = `United Nations      A/RES/64/10\n\n${resolution('      1. Decides.')}`;
		const { document, warnings } = parsePdfText(text, 'x.txt');
		expect(document.meta.symbol).toBe('A/RES/64/10');
		expect(warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
			"1: the symbol is A/RES/64/10, but the resolution's number makes A/RES/64/9",
		]);
	});
});

describe('pdfResolutionOf on PDF layout text', () => {
	const layout = (body: string[]): UnDocument =>
		parsePdfText(
			[
				'Resolution adopted by the General Assembly on 19 September 2025 ',
				' ',
				'80/1. Participation by the State of Palestine ',
				' ',
				...body,
			].join('\n'),
			'x.md',
		).document;

	it('reads a paragraph number on a line of its own as the paragraph’s label', () => {
		const document = layout([
			'The General Assembly, ',
			' ',
			'Recalling also the Headquarters Agreement, ',
			' ',
			'1. ',
			'Decides that: ',
			' ',
			'(a) ',
			'The State of Palestine may submit a statement; ',
			' ',
			'2. ',
			'Also decides that these procedures shall apply. ',
		]);
		const [resolution] = document.parts;
		expect([
			resolution?.preamble.length,
			resolution?.operative.map((paragraph) => paragraph.printedLabel),
			resolution?.operative[0]?.items.map((item) => item.printedLabel),
		]).toEqual([1, ['1.', '2.'], ['(a)']]);
	});

	it('reports a plenary meeting printed without its date', () => {
		const text = [
			'Resolution adopted by the General Assembly on 19 September 2025 ',
			' ',
			'80/1. Participation by the State of Palestine ',
			' ',
			'The General Assembly, ',
			' ',
			'Decides that these procedures shall apply. ',
			' ',
			'3rd plenary meeting ',
		].join('\n');
		expect(parsePdfText(text, 'x.md').warnings).toEqual([
			{
				file: 'x.md',
				line: 9,
				message:
					'the closing lines name the "3rd plenary meeting" but no date under it: the extraction may have lost it',
			},
		]);
	});

	it('reads a resolution of one sentence under its organ named without a comma', () => {
		const document = layout([
			'The General Assembly ',
			' ',
			'Adopts the Political Declaration annexed to the present resolution. ',
		]);
		expect(partTexts(document.parts)).toEqual([
			{
				preamble: [],
				operative: ['Adopts the Political Declaration annexed to the present resolution.'],
			},
		]);
	});
});
