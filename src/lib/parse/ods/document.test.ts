import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callsOf, expectFaithful } from '../../../../tests/fixtures/ods/support.ts';
import { plainText } from '../../inline.ts';
import type { Paragraph, UnDocument } from '../../model.ts';
import { jobNumberOfOds, parseOdsText } from './document.ts';

const seedFiles = {
	'A/RES/64/180': 'seeds/000_173b05c339677b1f.txt',
	'A/RES/64/179': 'seeds/001_c08265ac8f7350db.txt',
	'A/RES/65/230': 'seeds/003_393f743abdb401da.txt',
} as const;

function parseSeed(symbol: keyof typeof seedFiles): {
	document: UnDocument;
	text: string;
	warnings: unknown[];
} {
	const text = readFileSync(seedFiles[symbol], 'utf8');
	const { document, warnings } = parseOdsText(text, seedFiles[symbol]);
	return { document, text, warnings };
}

const textOf = (paragraph: Paragraph | undefined): string => plainText(paragraph?.content ?? []);

describe('parseOdsText', () => {
	describe('A/RES/64/180', () => {
		const { document, text, warnings } = parseSeed('A/RES/64/180');
		const resolution = document.parts[0];

		it('reads the metadata the seed prints, from its header, closing lines and trailer', () => {
			expect(document.meta).toEqual({
				symbol: 'A/RES/64/180',
				body: 'General Assembly',
				documentType: 'resolution',
				title:
					'Preparations for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
				resolutionNumber: '64/180',
				date: '2009-12-18',
				session: 64,
				agendaItem: '104',
				plenaryMeeting: 65,
				committeeReport: {
					committee: 'Third Committee',
					printed: 'A/64/440 and Corr.1',
					symbol: 'A/64/440',
				},
				distributionDate: '2010-03-26',
				jobNumber: '09-47263',
			});
		});

		it('counts 7 preambular and 19 operative paragraphs, and 5 footnotes', () => {
			expect(document.parts).toHaveLength(1);
			expect(resolution?.preamble).toHaveLength(7);
			expect(resolution?.operative.map((paragraph) => paragraph.number)).toEqual(
				Array.from({ length: 19 }, (_, index) => index + 1),
			);
			expect(document.footnotes.map((footnote) => footnote.number)).toEqual([1, 2, 3, 4, 5]);
		});

		it('keeps the opening and the closing lines as printed', () => {
			expect(resolution?.opening).toEqual({
				kind: 'text',
				text: 'The General Assembly,',
				at: { line: 7, column: 2 },
			});
			expect(resolution?.closing.map((run) => run.text)).toEqual([
				'65th plenary meeting',
				'18 December 2009',
			]);
		});

		it('reads operative paragraph 5 as printed, its lead phrase still part of its text', () => {
			const five = resolution?.operative[4];
			expect(five).toMatchObject({
				printedLabel: '5.',
				leadPhrase: 'Reiterates its decision',
				at: { line: 19, column: 2 },
			});
			expect(textOf(five)).toBe(
				'Reiterates its decision, contained in its resolution 63/193, that the high-level segment of the Twelfth Congress shall be held during the last two days of the Congress in order to allow Heads of State or Government or government ministers to focus on the main substantive agenda items of the Congress;',
			);
		});

		it('reads the lead phrases of the preamble', () => {
			expect(resolution?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual([
				'Recalling',
				'Recalling also',
				'Recalling further',
				'Recalling',
				'Recognizing',
				'Recognizing also',
				'Stressing',
			]);
		});

		it('splits the text around a footnote call glued to a comma', () => {
			const content = resolution?.preamble[0]?.content ?? [];
			expect(content).toHaveLength(3);
			expect(content[0]).toMatchObject({ kind: 'text', at: { line: 8, column: 2 } });
			expect(
				content[0]?.kind === 'text' && content[0].text.endsWith('Criminal Justice Programme,'),
			).toBe(true);
			expect(content[1]).toEqual({
				kind: 'footnote-call',
				footnote: 1,
				occurrence: 1,
				at: { line: 8, column: 451 },
			});
			expect(content[2]).toEqual({
				kind: 'text',
				text: ' should be held,',
				at: { line: 8, column: 452 },
			});
		});

		it('reads a footnote call at the end of a paragraph, after a semicolon', () => {
			expect(resolution?.operative[0]?.content.at(-1)).toEqual({
				kind: 'footnote-call',
				footnote: 2,
				occurrence: 1,
				at: { line: 15, column: 73 },
			});
		});

		it('sets the trailer aside by named rules, reading its metadata', () => {
			const aside = (what: string): string[] =>
				document.setAside
					.filter((piece) => piece.what === what)
					.map((piece) => `${piece.rule}:${piece.text}`);
			expect(aside('ODS job number')).toEqual(['ods-marker:N0947263E']);
			expect(aside('symbol')).toEqual(['metadata:A/RES/64/180', 'metadata:A/RES/64/180']);
			expect(aside('session')).toEqual(['metadata:Sixty-fourth session']);
			expect(aside('distribution date')).toEqual(['metadata:26 March 2010']);
			expect(aside('agenda item')).toEqual(['metadata:Agenda item 104']);
			expect(aside('job number')).toEqual(['metadata:09-47263']);
			expect(aside('bar code')).toEqual(['page-furniture:*0947263*']);
			expect(aside('masthead')).toEqual(['page-furniture:United Nations']);
		});

		it('holds every word, each at its place, with no warnings', () => {
			expectFaithful(document, text);
			expect(warnings).toEqual([]);
		});
	});

	describe('A/RES/64/179', () => {
		const { document, text, warnings } = parseSeed('A/RES/64/179');
		const resolution = document.parts[0];

		it('counts 19 preambular and 33 operative paragraphs, and 18 footnotes, adopted the same day as 64/180', () => {
			expect(resolution?.preamble).toHaveLength(19);
			expect(resolution?.operative).toHaveLength(33);
			expect(document.footnotes).toHaveLength(18);
			expect(document.meta).toMatchObject({
				symbol: 'A/RES/64/179',
				date: '2009-12-18',
				plenaryMeeting: 65,
				session: 64,
			});
		});

		it('reads the calls of footnotes 2 and 3 twice each, counting their occurrences', () => {
			const calls = callsOf(document);
			expect(
				calls
					.filter((call) => call.footnote === 2)
					.map(({ occurrence, at }) => [occurrence, at.line]),
			).toEqual([
				[1, 10],
				[2, 29],
			]);
			expect(
				calls
					.filter((call) => call.footnote === 3)
					.map(({ occurrence, at }) => [occurrence, at.line]),
			).toEqual([
				[1, 10],
				[2, 44],
			]);
		});

		it('reads a call glued to a word ("Protocols thereto2 as")', () => {
			expect(resolution?.operative[2]?.content.slice(0, 3)).toEqual([
				{
					kind: 'text',
					text: 'Reaffirms the importance of the United Nations Convention against Transnational Organized Crime and the Protocols thereto',
					at: { line: 29, column: 5 },
				},
				{ kind: 'footnote-call', footnote: 2, occurrence: 2, at: { line: 29, column: 126 } },
				{
					kind: 'text',
					text: ' as the main tools of the international community to fight transnational organized crime;',
					at: { line: 29, column: 127 },
				},
			]);
		});

		it('reads no call in years, ranges and resolution numbers ("2008-2011,", "2008/23")', () => {
			expect(
				resolution?.preamble[1]?.content.filter((inline) => inline.kind === 'footnote-call'),
			).toEqual([
				{ kind: 'footnote-call', footnote: 1, occurrence: 1, at: { line: 9, column: 173 } },
			]);
			expect(resolution?.preamble[6]?.content).toHaveLength(1);
		});

		it('reads a new footnote called after a year and a comma ("September 2008,5")', () => {
			const calls = resolution?.preamble[3]?.content.filter(
				(inline) => inline.kind === 'footnote-call',
			);
			expect(calls?.map((call) => call.footnote)).toEqual([4, 5]);
		});

		it('holds every word, each at its place, with no warnings', () => {
			expectFaithful(document, text);
			expect(warnings).toEqual([]);
		});
	});

	describe('A/RES/65/230', () => {
		const { document, text, warnings } = parseSeed('A/RES/65/230');
		const [resolution, annex] = document.parts;

		it('reads its metadata: adopted 21 December 2010 at the 71st plenary meeting, on A/65/457', () => {
			expect(document.meta).toMatchObject({
				symbol: 'A/RES/65/230',
				date: '2010-12-21',
				plenaryMeeting: 71,
				committeeReport: { committee: 'Third Committee', printed: 'A/65/457', symbol: 'A/65/457' },
				distributionDate: '2011-04-01',
				session: 65,
				agendaItem: '105',
				jobNumber: '10-52634',
			});
		});

		it('counts 7 preambular and 18 operative paragraphs in the resolution, and 18 footnotes', () => {
			expect(resolution?.preamble).toHaveLength(7);
			expect(resolution?.operative).toHaveLength(18);
			expect(document.footnotes).toHaveLength(18);
		});

		it('reads the annex: heading, title over two lines, opening, preamble, intro and 55 paragraphs', () => {
			expect(annex).toMatchObject({
				kind: 'annex',
				index: 1,
				heading: { text: 'Annex', at: { line: 37, column: 1 } },
			});
			expect(annex?.title.map((run) => run.text)).toEqual([
				'Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development',
				'in a Changing World',
			]);
			expect(annex?.opening?.text).toBe('We, the States Members of the United Nations,');
			expect(annex?.preamble).toHaveLength(8);
			expect(annex?.preamble.map((paragraph) => paragraph.leadPhrase).slice(0, 6)).toEqual([
				'Having assembled',
				'Recalling',
				'Reaffirming',
				'Recognizing',
				'Noting with concern',
				'Greatly concerned',
			]);
			expect(annex?.operativeIntro).toEqual({
				kind: 'text',
				text: 'Declare as follows:',
				at: { line: 49, column: 2 },
			});
			expect(annex?.operative.map((paragraph) => paragraph.number)).toEqual(
				Array.from({ length: 55 }, (_, index) => index + 1),
			);
			expect(annex?.closing).toEqual([]);
		});

		it('numbers footnotes across the resolution and its annex, and counts the second calls of 4 and 5', () => {
			const calls = callsOf(document);
			expect(
				calls
					.filter((call) => call.footnote === 4)
					.map(({ occurrence, at }) => [occurrence, at.line]),
			).toEqual([
				[1, 21],
				[2, 61],
			]);
			expect(
				calls
					.filter((call) => call.footnote === 5)
					.map(({ occurrence, at }) => [occurrence, at.line]),
			).toEqual([
				[1, 21],
				[2, 66],
			]);
			expect(calls.at(-1)).toMatchObject({ footnote: 18, occurrence: 1 });
		});

		it('reads a call after a full stop ("Women Offenders.17 Taking")', () => {
			expect(callsOf(document).find((call) => call.footnote === 17)?.at).toEqual({
				line: 99,
				column: 132,
			});
		});

		it('gives annex paragraphs that open with "We" no lead phrase', () => {
			expect(annex?.operative[0]?.leadPhrase).toBeNull();
			expect(annex?.operative[3]?.leadPhrase).toBe('Bearing in mind');
		});

		it('holds every word, each at its place, with no warnings', () => {
			expectFaithful(document, text);
			expect(warnings).toEqual([]);
		});
	});

	it('keeps each lead phrase as the start of its paragraph’s text, in every seed', () => {
		for (const symbol of Object.keys(seedFiles) as (keyof typeof seedFiles)[]) {
			const { document } = parseSeed(symbol);
			for (const part of document.parts) {
				for (const paragraph of [...part.preamble, ...part.operative]) {
					if (paragraph.leadPhrase !== null)
						expect(textOf(paragraph).startsWith(paragraph.leadPhrase)).toBe(true);
				}
			}
		}
	});
});

describe('jobNumberOfOds', () => {
	it('reads the printed job number from the ODS form', () => {
		expect(jobNumberOfOds('N0947263E')).toBe('09-47263');
	});

	it('returns null for anything else', () => {
		expect(jobNumberOfOds('09-47263')).toBeNull();
	});
});
