import { readFileSync } from 'node:fs';
import { expectFaithful } from '../../../../tests/support/faithful.ts';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../inline.ts';
import type { Inline, Paragraph, ResolutionPart, UnDocument } from '../../model.ts';
import { parseMarkdownText } from './document.ts';
import { ParseError } from '../error.ts';

const seedFile = 'seeds/002_21c522268fe949fa.txt';
const seedText = readFileSync(seedFile, 'utf8');
const seed = parseMarkdownText(seedText, seedFile);

const fixture = (name: string): string => readFileSync(`tests/fixtures/markdown/${name}`, 'utf8');

/** A small resolution: the given blocks between an opening line and closing lines. */
function resolution(...blocks: string[]): string {
	return [
		'## General Assembly Resolution 64/9',
		'### **A title**',
		'*The General Assembly,*',
		...blocks,
		'*65th plenary meeting*  \n*18 December 2009*',
	].join('\n\n');
}

function parse(text: string): UnDocument {
	return parseMarkdownText(text, 'x.md').document;
}

/** The ParseError parsing a text throws. */
function parseErrorOf(text: string): ParseError {
	try {
		parseMarkdownText(text, 'x.md');
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
	throw new Error('expected a ParseError');
}

function partOf(document: UnDocument, ...path: number[]): ResolutionPart | undefined {
	let part = document.parts[path[0] ?? 0];
	for (const index of path.slice(1)) part = part?.parts[index];
	return part;
}

const textOf = (paragraph: Paragraph | undefined): string => plainText(paragraph?.content ?? []);
const callsIn = (content: readonly Inline[]) =>
	content.filter((inline) => inline.kind === 'footnote-call');

describe('parseMarkdownText on ECOSOC resolution 2007/17', () => {
	const { document, warnings } = seed;
	const council = partOf(document, 0);
	const draft = partOf(document, 0, 0);

	it('reads the symbol, organ, number, title, meeting and date, and no more than the text says', () => {
		expect(document.meta).toEqual({
			symbol: 'E/RES/2007/17',
			body: 'Economic and Social Council',
			documentType: 'resolution',
			title:
				'Follow-up to the Eleventh United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			resolutionNumber: '2007/17',
			date: '2007-07-26',
			session: null,
			agendaItem: null,
			plenaryMeeting: 45,
			committeeReport: null,
			distributionDate: null,
			jobNumber: null,
		});
	});

	it('sets the heading and the title aside as metadata', () => {
		expect(document.setAside.filter((piece) => piece.rule === 'metadata')).toEqual([
			{
				rule: 'metadata',
				what: 'resolution number',
				text: 'ECOSOC Resolution 2007/17',
				at: { line: 3, column: 4 },
			},
			{ rule: 'metadata', what: 'title', text: document.meta.title, at: { line: 5, column: 7 } },
		]);
	});

	it('reads the Council’s opening line and its sole, unnumbered operative paragraph', () => {
		expect(council?.kind).toBe('resolution');
		expect(council?.opening).toEqual({
			kind: 'text',
			text: 'The Economic and Social Council,',
			at: { line: 7, column: 2 },
		});
		expect(council?.preamble).toEqual([]);
		expect(
			council?.operative.map(({ number, printedLabel, leadPhrase }) => ({
				number,
				printedLabel,
				leadPhrase,
			})),
		).toEqual([{ number: 1, printedLabel: null, leadPhrase: 'Recommends' }]);
		expect(textOf(council?.operative[0])).toBe(
			'Recommends to the General Assembly the adoption of the following draft resolution:',
		);
	});

	it('keeps the closing lines with the Council’s resolution, hard breaks left out', () => {
		expect(council?.closing).toEqual([
			{ kind: 'text', text: '45th plenary meeting', at: { line: 69, column: 2 } },
			{ kind: 'text', text: '26 July 2007', at: { line: 70, column: 2 } },
		]);
		expect(draft?.closing).toEqual([]);
	});

	it('nests the draft for the General Assembly in the Council’s resolution, quotation mark kept', () => {
		expect(council?.parts).toHaveLength(1);
		expect(draft?.kind).toBe('draft');
		expect(draft?.index).toBe(0);
		expect(draft?.opening).toEqual({
			kind: 'text',
			text: '“The General Assembly,',
			at: { line: 11, column: 2 },
		});
	});

	it('reads the draft’s eight preambular paragraphs with their lead phrases', () => {
		expect(draft?.preamble.map((paragraph) => [paragraph.number, paragraph.leadPhrase])).toEqual([
			[1, 'Emphasizing'],
			[2, 'Acknowledging'],
			[3, 'Recalling'],
			[4, 'Recalling also'],
			[5, 'Recalling further'],
			[6, 'Recalling'],
			[7, 'Recalling also'],
			[8, 'Considering'],
		]);
	});

	it('reads a lead phrase whether the quotation mark stands inside the italics or before them', () => {
		expect(textOf(draft?.preamble[3])).toMatch(
			/^“Recalling also its resolution 57\/270 B of 23 June 2003,/,
		);
		expect(textOf(draft?.preamble[6])).toMatch(
			/^“Recalling also its resolution 56\/119 of 19 December 2001/,
		);
	});

	it('reads the draft’s thirteen operative paragraphs, numbered 1 to 13 as printed', () => {
		expect(draft?.operative.map((paragraph) => paragraph.printedLabel)).toEqual(
			Array.from({ length: 13 }, (_, index) => `${index + 1}.`),
		);
		expect(draft?.operative.slice(0, 2).map((paragraph) => paragraph.leadPhrase)).toEqual([
			'Takes note',
			'Reiterates its invitation',
		]);
		expect(draft?.operative[9]?.leadPhrase).toBe('Reiterates its request');
		expect(draft?.operative[0]?.at).toEqual({ line: 33, column: 2 });
	});

	it('joins draft operative paragraph 6 across the page break and its footnotes', () => {
		const six = textOf(draft?.operative[5]);
		expect(six).toContain(
			'requests the Secretary-General to initiate consultations with the Government',
		);
		expect(six).toMatch(/at its seventeenth session;$/);
		expect(draft?.operative[6]?.leadPhrase).toBe('Decides');
	});

	it('keeps "[...]" as the text says it', () => {
		expect(textOf(draft?.operative[5])).toContain(
			'the offer of the Government of [...] to act as host to the Twelfth Congress',
		);
	});

	it('reads a whole sentence of the draft', () => {
		expect(textOf(draft?.operative[6])).toBe(
			'“Decides that the duration of the Twelfth Congress should not exceed eight days, including pre-Congress consultations;',
		);
	});

	it('reads the four footnotes under the page breaks', () => {
		expect(
			document.footnotes.map((footnote) => [
				footnote.number,
				plainText(footnote.content),
				footnote.at,
			]),
		).toEqual([
			[1, 'Resolution 60/177, annex.', { line: 25, column: 6 }],
			[2, 'E/CN.15/2007/6.', { line: 47, column: 6 }],
			[3, 'Ibid., paras. 35-47.', { line: 49, column: 6 }],
			[4, 'Resolution 60/177, annex.', { line: 51, column: 6 }],
		]);
	});

	it('places each footnote call where the text makes it, each the first of its footnote', () => {
		expect(callsIn(draft?.preamble[4]?.content ?? [])).toEqual([
			{ kind: 'footnote-call', footnote: 1, occurrence: 1, at: { line: 21, column: 204 } },
		]);
		expect(
			callsIn(draft?.operative[0]?.content ?? []).map((call) => [call.footnote, call.occurrence]),
		).toEqual([
			[2, 1],
			[3, 1],
		]);
		expect(
			callsIn(draft?.operative[1]?.content ?? []).map((call) => [call.footnote, call.occurrence]),
		).toEqual([[4, 1]]);
	});

	it('sets markup aside: heading hashes, emphasis, <sup> tags and the two page breaks', () => {
		const markup = document.setAside.filter((piece) => piece.rule === 'markup');
		expect(
			markup.filter((piece) => piece.what === 'page break').map((piece) => piece.at.line),
		).toEqual([23, 45]);
		expect(markup.filter((piece) => piece.text === '<sup>')).toHaveLength(8);
		expect(markup.find((piece) => piece.what === 'heading')).toEqual({
			rule: 'markup',
			what: 'heading',
			text: '##',
			at: { line: 3, column: 1 },
		});
	});

	it('holds every word of the seed, each at its place', () => {
		expectFaithful(document, seedText);
	});

	it('has nothing odd to report', () => {
		expect(warnings).toEqual([]);
		expect(document.report).toBeNull();
	});
});

describe('parseMarkdownText on a General Assembly resolution with items, end notes and an annex', () => {
	const text = fixture('ga-64-1-annex.md');
	const { document, warnings } = parseMarkdownText(text, 'ga-64-1-annex.md');
	const assembly = partOf(document, 0);
	const annex = partOf(document, 1);

	it('reads the symbol from the heading and the committee report above the title', () => {
		expect(document.meta).toMatchObject({
			symbol: 'A/RES/64/1',
			body: 'General Assembly',
			resolutionNumber: '64/1',
			title: 'Strengthening the United Nations crime prevention programme',
			date: '2009-12-18',
			plenaryMeeting: 65,
			committeeReport: {
				committee: 'Third Committee',
				printed: 'A/64/440 and Corr.1',
				symbol: 'A/64/440',
			},
		});
	});

	it('reads items (a) to (c), with (i) and (ii) under (b)', () => {
		const items = assembly?.operative[1]?.items ?? [];
		expect(items.map((item) => item.printedLabel)).toEqual(['(a)', '(b)', '(c)']);
		expect(items[1]?.items.map((item) => [item.label, item.printedLabel])).toEqual([
			['i', '(i)'],
			['ii', '(ii)'],
		]);
		expect(plainText(items[1]?.items[0]?.content ?? [])).toBe('The regional preparatory meetings;');
		expect(items[2]?.at).toEqual({ line: 25, column: 1 });
	});

	it('reads the footnotes at the end, and counts a second call of footnote 1', () => {
		expect(document.footnotes.map((footnote) => footnote.number)).toEqual([1, 2]);
		expect(callsIn(assembly?.operative[2]?.content ?? [])).toEqual([
			{ kind: 'footnote-call', footnote: 1, occurrence: 2, at: { line: 27, column: 70 } },
		]);
	});

	it('reads the annex: heading, title, opening, preamble, the line before its operative part, and its paragraphs', () => {
		expect(annex).toMatchObject({
			kind: 'annex',
			index: 1,
			heading: { text: 'Annex', at: { line: 38, column: 4 } },
		});
		expect(annex?.title.map((run) => run.text)).toEqual([
			'Salvador Declaration on Comprehensive Strategies for Global Challenges',
		]);
		expect(annex?.opening?.text).toBe('We, the States Members of the United Nations,');
		expect(annex?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual(['Having assembled']);
		expect(annex?.operativeIntro?.text).toBe('Declare as follows:');
		expect(annex?.operative.map((paragraph) => [paragraph.number, paragraph.leadPhrase])).toEqual([
			[1, null],
			[2, null],
		]);
	});

	it('holds every word, each at its place', () => {
		expectFaithful(document, text);
		expect(warnings).toEqual([]);
	});
});

describe('parseMarkdownText on a resolution with a YAML metadata block, bold and underscores', () => {
	const text = fixture('front-matter.md');
	const { document } = parseMarkdownText(text, 'front-matter.md');
	const assembly = partOf(document, 0);

	it('reads the block as a sidecar would, and the rest from the text', () => {
		expect(document.meta).toMatchObject({
			symbol: 'A/RES/64/2',
			body: 'General Assembly',
			session: 64,
			agendaItem: '104',
			title: 'Follow-up to the Eleventh Congress',
			resolutionNumber: null,
			date: '2009-12-21',
			plenaryMeeting: 112,
		});
		expect(
			document.setAside
				.filter((piece) => piece.what === 'metadata block')
				.map((piece) => piece.at.line),
		).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('reads lead phrases in underscores and in bold', () => {
		expect(assembly?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual([
			'Bearing in mind',
			'Convinced',
		]);
	});

	it('joins a paragraph’s wrapped lines, and counts a second [^1] call', () => {
		expect(textOf(assembly?.operative[0])).toBe(
			'Recommends that Member States take the measures set out in the annex to the present resolution; and that the Secretary-General report on them.',
		);
		expect(callsIn(assembly?.operative[0]?.content ?? []).map((call) => call.occurrence)).toEqual([
			2,
		]);
		expect(plainText(document.footnotes[0]?.content ?? [])).toBe('Resolution 63/193, annex.');
	});

	it('holds every word, each at its place', () => {
		expectFaithful(document, text);
	});
});

describe('parseMarkdownText on small shapes', () => {
	it('continues a paragraph cut by a page break with no footnotes under it', () => {
		const document = parse(
			resolution(
				'1. *Requests* the Secretary-General to',
				'---',
				'report on it;',
				'2. *Decides* to act.',
			),
		);
		expect(document.parts[0]?.operative.map((paragraph) => textOf(paragraph))).toEqual([
			'Requests the Secretary-General to report on it;',
			'Decides to act.',
		]);
	});

	it('reads a paragraph that goes on after a blank line as one, with a warning', () => {
		const { document, warnings } = parseMarkdownText(
			resolution('1. *Requests* the Secretary-General to', 'report on it.'),
			'x.md',
		);
		expect(textOf(document.parts[0]?.operative[0])).toBe(
			'Requests the Secretary-General to report on it.',
		);
		expect(warnings.map((warning) => warning.line)).toEqual([9]);
	});

	it('ends a quoted draft at its closing quotation mark and goes on with the resolution', () => {
		const document = parse(
			resolution(
				'1. *Recommends* the following draft resolution:',
				'*“The General Assembly,*',
				'“1. *Decides* to act.”',
				'2. *Requests* a report.',
			),
		);
		expect(document.parts[0]?.operative.map((paragraph) => paragraph.leadPhrase)).toEqual([
			'Recommends',
			'Requests',
		]);
		expect(document.parts[0]?.parts[0]?.operative.map((paragraph) => textOf(paragraph))).toEqual([
			'“Decides to act.”',
		]);
	});

	it('keeps a quoted draft’s items in the draft', () => {
		const document = parse(
			resolution(
				'*Recommends* the following draft resolution:',
				'*“The General Assembly,*',
				'“1. *Decides*:',
				'“(a) To act;',
				'“(b) To report.”',
			),
		);
		const draft = document.parts[0]?.parts[0];
		expect(draft?.operative[0]?.items.map((item) => plainText(item.content))).toEqual([
			'“To act;',
			'“To report.”',
		]);
	});

	it('reads an escaped asterisk as text', () => {
		const document = parse(resolution('1. *Takes note* of document A/64/1\\*.'));
		expect(textOf(document.parts[0]?.operative[0])).toBe('Takes note of document A/64/1*.');
	});

	it('reads a title set in bold without a heading, and a resolution number before it', () => {
		const document = parse(
			'**64/5. A short title**\n\n*The General Assembly,*\n\n1. *Decides* to act.\n\n*65th plenary meeting*  \n*18 December 2009*',
		);
		expect(document.meta).toMatchObject({
			title: 'A short title',
			resolutionNumber: '64/5',
			symbol: 'A/RES/64/5',
		});
	});
});

describe('parseMarkdownText on a draft set as a block quote, with two calls in one superscript', () => {
	const text = fixture('ecosoc-block-quote.md');
	const { document, warnings } = parseMarkdownText(text, 'ecosoc-block-quote.md');
	const draft = partOf(document, 0, 0);

	it('reads the quoted draft inside the block quote', () => {
		expect(draft?.opening).toEqual({
			kind: 'text',
			text: '“The General Assembly,',
			at: { line: 9, column: 4 },
		});
		expect(draft?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual(['Recalling']);
		expect(draft?.operative.map((paragraph) => textOf(paragraph))).toEqual(['“Decides to act.”']);
	});

	it('reads <sup>1,2</sup> as calls of footnotes 1 and 2', () => {
		expect(
			callsIn(draft?.preamble[0]?.content ?? []).map((call) => [call.footnote, call.at.column]),
		).toEqual([
			[1, 38],
			[2, 40],
		]);
	});

	it('holds every word, each at its place', () => {
		expectFaithful(document, text);
		expect(warnings).toEqual([]);
	});
});

describe('parseMarkdownText on a resolution headed as the Assembly prints it', () => {
	const text = [
		'# Resolution adopted by the General Assembly on 18 December 2009',
		'[on the report of the Third Committee (A/64/440)]',
		'## 64/180. Strengthening the Programme',
		'*The General Assembly*,',
		'*Recalling* the following:',
		'(a) Its resolution 46/152,',
		'(b) Its resolution 60/177,',
		'*Noting* the report,',
		'**1.** *Decides* to act.',
		'*65th plenary meeting*\n*18 December 2009*',
	].join('\n\n');
	const { document, warnings } = parseMarkdownText(text, 'x.md');

	it('reads the organ and date from the first line and the number from the title', () => {
		expect(document.meta).toMatchObject({
			symbol: 'A/RES/64/180',
			resolutionNumber: '64/180',
			title: 'Strengthening the Programme',
			date: '2009-12-18',
			committeeReport: { committee: 'Third Committee', printed: 'A/64/440', symbol: 'A/64/440' },
		});
	});

	it('reads a preambular paragraph that ends with a colon and has items', () => {
		const preamble = document.parts[0]?.preamble ?? [];
		expect(
			preamble.map((paragraph) => [
				paragraph.leadPhrase,
				paragraph.items.map((item) => item.printedLabel),
			]),
		).toEqual([
			['Recalling', ['(a)', '(b)']],
			['Noting', []],
		]);
	});

	it('reads a number set in bold', () => {
		expect(
			document.parts[0]?.operative.map((paragraph) => [
				paragraph.printedLabel,
				paragraph.leadPhrase,
				paragraph.at,
			]),
		).toEqual([['1.', 'Decides', { line: 17, column: 3 }]]);
	});

	it('warns that the comma after an emphasised opening line is left out of it', () => {
		expect(document.parts[0]?.opening?.text).toBe('The General Assembly');
		expect(warnings.map((warning) => warning.line)).toEqual([7]);
	});

	it('holds every word, each at its place', () => {
		expectFaithful(document, text);
	});
});

describe('parseMarkdownText on line endings', () => {
	it('reads a seed with Windows line endings as the same text', () => {
		const document = parse(seedText.replace(/\n/g, '\r\n'));
		expect(document.parts[0]?.parts[0]?.operative.map((paragraph) => textOf(paragraph))).toEqual(
			seed.document.parts[0]?.parts[0]?.operative.map((paragraph) => textOf(paragraph)),
		);
	});
});

describe('parseMarkdownText on what is not a Markdown resolution', () => {
	it('refuses an empty file', () => {
		expect(parseErrorOf(' \n\n').message).toBe('x.md:1: the file is empty');
	});

	it('refuses binary data, naming its line', () => {
		expect(parseErrorOf('## Resolution\n\u0000\u0001').message).toBe(
			'x.md:2: binary data, not Markdown text',
		);
	});

	it('refuses ODS text, which the ODS parser reads', () => {
		expect(parseErrorOf('\n[DU1]\nResolution adopted by the General Assembly').line).toBe(2);
	});

	it('refuses a text with no opening line', () => {
		expect(
			parseErrorOf(
				'## Report of the Secretary-General\n\n1. In its resolution 64/1, the Assembly …',
			).message,
		).toBe(
			'x.md:1: no opening line such as "*The General Assembly,*": not a resolution in Markdown',
		);
	});

	it('refuses operative paragraphs numbered out of turn or twice', () => {
		expect(
			parseErrorOf(resolution('1. *Decides*;', '2. *Requests*;', '4. *Invites*.')).message,
		).toBe('x.md:11: operative paragraph 4 follows 2');
		expect(parseErrorOf(resolution('1. *Decides*;', '1. *Requests*.')).message).toBe(
			'x.md:9: operative paragraph 1 follows 1',
		);
		expect(parseErrorOf(resolution('2. *Decides*.')).reason).toBe(
			'operative paragraph 2 comes first, not 1',
		);
	});

	it('names the draft when a draft’s paragraphs are out of turn', () => {
		const text = resolution(
			'*Recommends* the following draft resolution:',
			'*“The General Assembly,*',
			'“1. *Decides*;',
			'“3. *Requests*.”',
		);
		expect(parseErrorOf(text).message).toBe('x.md:13: draft operative paragraph 3 follows 1');
	});

	it('refuses an unnumbered paragraph among numbered ones', () => {
		expect(parseErrorOf(resolution('1. *Decides*;', '*Requests* a report.')).reason).toBe(
			'an unnumbered paragraph after operative paragraph 1',
		);
	});

	it('refuses a line before operative paragraph 1 that emphasis cuts in two', () => {
		expect(parseErrorOf(resolution('*Declare* as follows:', '1. We act.')).reason).toMatch(
			/^the line before operative paragraph 1 "Declare as follows:" is not one run/,
		);
	});

	it('refuses items out of turn', () => {
		expect(parseErrorOf(resolution('1. *Decides*:', '(a) To act;', '(c) To report.')).message).toBe(
			'x.md:11: item (c) follows (a) in operative paragraph 1',
		);
	});

	it('refuses a footnote call with no footnote, and a footnote never called', () => {
		expect(parseErrorOf(resolution('1. *Decides*.<sup>1</sup>')).message).toBe(
			'x.md:7: footnote call 1 has no footnote',
		);
		expect(parseErrorOf(`${resolution('1. *Decides*.')}\n\n<sup>1</sup> A note.`).message).toBe(
			'x.md:12: footnote 1 is never called',
		);
	});

	it('refuses a footnote given twice', () => {
		const text = `${resolution('1. *Decides*.<sup>1</sup>')}\n\n<sup>1</sup> A note.\n\n<sup>1</sup> Another.`;
		expect(parseErrorOf(text).message).toBe(
			'x.md:14: footnote 1 is given twice (first on line 12)',
		);
	});

	it('refuses text after the closing lines that is not an annex', () => {
		expect(parseErrorOf(`${resolution('1. *Decides*.')}\n\nMore text.`).line).toBe(12);
	});

	it('refuses a resolution with no date anywhere', () => {
		expect(parseErrorOf('*The General Assembly,*\n\n1. *Decides*.').reason).toMatch(
			/^no symbol in the text/,
		);
		expect(
			parseErrorOf(
				'---\nsymbol: A/RES/64/9\ntitle: A title\n---\n*The General Assembly,*\n\n1. *Decides*.',
			).reason,
		).toMatch(/^no date in the text/);
	});

	it('refuses a metadata block that is never closed, or that holds an unknown key', () => {
		expect(parseErrorOf('---\nsymbol: A/RES/64/9\n\n*The General Assembly,*').message).toBe(
			'x.md:1: the metadata block that opens here is never closed with ---',
		);
		expect(parseErrorOf('---\nsymbole: A/RES/64/9\n---\n').line).toBe(2);
	});
});
