import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectFaithful } from '../../../../tests/fixtures/pdf-text/faithful.ts';
import { plainText } from '../../inline.ts';
import type { SidecarMeta, UnDocument } from '../../model.ts';
import { ParseError } from '../error.ts';
import { parsePdfText } from './document.ts';
import { parseSidecar } from '../sidecar.ts';

const seedFile = 'seeds/004_b0b5272844028f10.txt';
const seedText = readFileSync(seedFile, 'utf8');
const seedSidecar = parseSidecar(
	readFileSync('seeds/004_b0b5272844028f10.meta.yml', 'utf8'),
	'x.meta.yml',
);
const seed = parsePdfText(seedText, seedFile, seedSidecar);
const report = seed.document.report;

/** What a test sidecar gives when a small text has no title, symbol or date of its own. */
const given: SidecarMeta = {
	symbol: 'A/67/97',
	body: 'Secretary-General',
	title: 'A report',
	date: '2012',
};

/** The ParseError parsing a text throws. */
function parseErrorOf(text: string, sidecar: SidecarMeta = given): ParseError {
	try {
		parsePdfText(text, 'x.txt', sidecar);
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
	throw new Error('expected a ParseError');
}

function paragraphText(document: UnDocument, number: number): string {
	const paragraph = document.report?.paragraphs.find((candidate) => candidate.number === number);
	return paragraph === undefined ? '' : plainText(paragraph.content);
}

describe('parsePdfText on the Secretary-General’s report A/67/97', () => {
	it('reads the symbol, body, session and date from the sidecar', () => {
		expect(seed.document.meta).toEqual({
			symbol: 'A/67/97',
			body: 'Secretary-General',
			documentType: 'report',
			title:
				'Follow-up to the Twelfth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
			resolutionNumber: null,
			date: '2012',
			session: 67,
			agendaItem: null,
			plenaryMeeting: null,
			committeeReport: null,
			distributionDate: null,
			jobNumber: null,
		});
	});

	it('sets the title’s four lines aside as metadata', () => {
		expect(seed.document.setAside.map(({ rule, what, at }) => [rule, what, at.line])).toEqual([
			['metadata', 'title', 1],
			['metadata', 'title', 2],
			['metadata', 'title', 3],
			['metadata', 'title', 4],
		]);
	});

	it('reads the heading and the summary', () => {
		expect(report?.heading).toEqual({
			kind: 'text',
			text: 'Report of the Secretary-General',
			at: { line: 8, column: 3 },
		});
		expect(report?.summaryHeading?.text).toBe('Summary');
		expect(plainText(report?.summary ?? [])).toMatch(
			/^The present report contains information on action taken to implement General Assembly resolution 66\/179\. /,
		);
		expect(plainText(report?.summary ?? [])).toMatch(
			/, for adoption, through the Economic and Social Council, by the General Assembly\.$/,
		);
	});

	it('reads sixteen report paragraphs, numbered 1 to 16 as printed', () => {
		expect(report?.paragraphs.map((paragraph) => paragraph.printedLabel)).toEqual(
			Array.from({ length: 16 }, (_, index) => `${index + 1}.`),
		);
		expect(
			report?.paragraphs.every(
				(paragraph) => paragraph.kind === 'report' && paragraph.leadPhrase === null,
			),
		).toBe(true);
		expect(report?.paragraphs[0]?.at).toEqual({ line: 23, column: 2 });
	});

	it.each([
		[
			1,
			'the General Assembly took note of the report of the Secretary-General on the follow-up to the Twelfth United Nations Congress',
		],
		[2, 'held in Bangkok from 15 to 18 August 2006 (see E/CN.15/2007/6).'],
		[
			3,
			'and requested the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at its twenty-first session',
		],
		[4, 'the number of their agenda items and workshops be limited'],
		[
			5,
			'to approve at its twenty-first session the overall theme, the agenda items and the topics for the workshops',
		],
		[
			6,
			'It was suggested that the high-level segment be held at the beginning of the Congress to enhance the possibility of generating useful feedback.',
		],
		[
			7,
			'the Thirteenth Congress should not exceed eight days, including pre-Congress consultations',
		],
		[8, 'the Thirteenth Congress shall adopt a single declaration'],
		[9, 'approve the following provisional agenda for the Thirteenth Congress:'],
		[
			10,
			'the following issues shall be considered in workshops within the framework of the Thirteenth Congress:',
		],
		[11, 'in order to enable those meetings to be held as early as possible in 2014;'],
		[
			12,
			'The Assembly would call upon Member States to play an active role in the Thirteenth Congress by sending legal and policy experts',
		],
		[13, 'including the preparation and circulation of relevant background material.'],
		[
			14,
			'as they provide an opportunity to develop and maintain strong partnerships with the private sector and civil society organizations.',
		],
		[15, 'including, where appropriate, the establishment of national preparatory committees.'],
		[16, 'to report thereon to the Assembly through the Commission at its twenty-second session.'],
	])('reads paragraph %i whole: “…%s…”', (number, sentence) => {
		expect(paragraphText(seed.document, number)).toContain(sentence);
	});

	it('reads the provisional agenda in paragraph 9 as a list of seven items, not as paragraphs', () => {
		const items = report?.paragraphs[8]?.items ?? [];
		expect(items.map((item) => [item.label, item.printedLabel])).toEqual(
			[1, 2, 3, 4, 5, 6, 7].map((number) => [String(number), `${number}.`]),
		);
		expect(plainText(items[2]?.content ?? [])).toBe(
			'Successes and challenges in implementing comprehensive crime prevention and criminal justice policies and strategies to promote the rule of law at the national and international levels, and to support sustainable development.',
		);
		expect(plainText(items[6]?.content ?? [])).toBe('Adoption of the report of the Congress.');
	});

	it('reads the four workshops in paragraph 10 as items (a) to (d)', () => {
		const items = report?.paragraphs[9]?.items ?? [];
		expect(items.map((item) => [item.label, item.printedLabel])).toEqual([
			['a', '(a)'],
			['b', '(b)'],
			['c', '(c)'],
			['d', '(d)'],
		]);
		expect(plainText(items[1]?.content ?? [])).toBe(
			'Trafficking in persons and smuggling of migrants: successes and challenges in criminalization, in mutual legal assistance and in effective protection of witnesses and trafficking victims;',
		);
		expect(items[3]?.at).toEqual({ line: 152, column: 2 });
	});

	it('keeps a text run per source line, each where its words start', () => {
		expect(report?.paragraphs[5]?.content[14]).toEqual({
			kind: 'text',
			text: 'workshops and to benefit from ancillary meetings as vehicles for the exchange of',
			at: { line: 75, column: 2 },
		});
	});

	it('holds every word of the seed, each at its place', () => {
		expectFaithful(seed.document, seedText);
	});

	it('has nothing odd to report', () => {
		expect(seed.warnings).toEqual([]);
		expect(seed.document.footnotes).toEqual([]);
		expect(seed.document.parts).toEqual([]);
	});
});

describe('parsePdfText on what is not a report as PDF text', () => {
	it('refuses an empty file', () => {
		expect(parseErrorOf(' \n\n').reason).toBe('the file is empty');
	});

	it('refuses binary data, naming its line', () => {
		const error = parseErrorOf('1. A paragraph.\n\u0000\u0001\u0002');
		expect([error.line, error.reason]).toEqual([2, 'binary data, not text extracted from a PDF']);
	});

	it('refuses a PDF file itself', () => {
		expect(parseErrorOf('%PDF-1.5\n').reason).toBe(
			'this is a PDF file itself, not the text extracted from it',
		);
	});

	it('refuses ODS text and Markdown, which other parsers read', () => {
		expect(parseErrorOf('[DU1]\nResolution adopted by the General Assembly').reason).toMatch(/ODS/);
		expect(parseErrorOf('Title\n\n## Report of the Secretary-General\n').line).toBe(3);
	});

	it('refuses prose with no numbered paragraphs', () => {
		expect(parseErrorOf('A title\n\nSome prose, and no numbered paragraph.').reason).toBe(
			'no numbered paragraph "1." found: not a report as text extracted from a PDF',
		);
	});

	it('refuses a resolution without its number and title, on the line where they belong', () => {
		const error = parseErrorOf('Resolution adopted by the General Assembly\n\n1. Decides.');
		expect([error.line, error.reason]).toEqual([
			3,
			'expected the resolution\'s number and title ("64/180. Title") after the adoption line',
		]);
	});

	it('refuses a sidecar that calls a report a resolution', () => {
		expect(
			parseErrorOf('1. A paragraph.', { ...given, documentType: 'resolution' }).reason,
		).toMatch(/calls this a resolution/);
	});

	it('refuses a footnote call with no footnote, and a footnote never called', () => {
		expect(parseErrorOf('1. Takes note of the report of the Programme,1 with thanks.').reason).toBe(
			'footnote call 1 has no footnote',
		);
		const error = parseErrorOf(
			'1. Takes note of the Programme,1 with thanks.\n\n__________________\n1 The first note.\n2 The second note.',
		);
		expect([error.line, error.reason]).toEqual([5, 'footnote 2 is never called']);
	});

	it('refuses report paragraphs numbered out of turn', () => {
		expect(parseErrorOf('1. First.\n\n2. Second.\n\n4. Fourth.').reason).toBe(
			'paragraph 4 follows 2',
		);
	});

	it('names the seed and its sidecar when neither gives a symbol', () => {
		const error = parseErrorOf(seedText, {});
		expect([error.file, error.line]).toEqual(['x.txt', 1]);
		expect(error.reason).toBe(
			'no symbol in the text and no sidecar gives one: add "symbol:" to x.meta.yml',
		);
	});

	it('refuses a metadata block that is never closed, or holds an unknown key', () => {
		expect(parseErrorOf('---\nsymbol: A/67/97\n\n1. A paragraph.').reason).toMatch(/never closed/);
		const error = parseErrorOf('---\nsymbol: A/67/97\nsymbole: A/67/98\n---\n1. A paragraph.');
		expect([error.line, error.reason]).toEqual([
			3,
			expect.stringMatching(/^unknown key "symbole"/),
		]);
	});
});
