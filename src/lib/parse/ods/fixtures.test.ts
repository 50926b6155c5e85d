import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callsOf, expectFaithful } from '../../../../tests/fixtures/ods/support.ts';
import { plainText } from '../../inline.ts';
import type { ListItem } from '../../model.ts';
import { parseOdsText } from './document.ts';

/** A fixture of tests/fixtures/ods/, parsed. */
function parseFixture(name: string) {
	const file = `tests/fixtures/ods/${name}`;
	const text = readFileSync(file, 'utf8');
	return { text, ...parseOdsText(text, file) };
}

const labelsOf = (items: readonly ListItem[]): string[] => items.map((item) => item.printedLabel);

describe('parseOdsText', () => {
	describe('a resolution with items (a) to (c), and (i), (ii) under (a)', () => {
		const { document, text, warnings } = parseFixture('ga-sub-items.txt');
		const two = document.parts[0]?.operative[1];

		it('puts the lettered items under their operative paragraph and the numerals under their letter', () => {
			expect(labelsOf(two?.items ?? [])).toEqual(['(a)', '(b)', '(c)']);
			expect(two?.items.map((item) => item.label)).toEqual(['a', 'b', 'c']);
			expect(labelsOf(two?.items[0]?.items ?? [])).toEqual(['(i)', '(ii)']);
			expect(two?.items[1]?.items).toEqual([]);
		});

		it('places an item at its label and its text after the tab', () => {
			const first = two?.items[0]?.items[0];
			expect(first?.at).toEqual({ line: 14, column: 2 });
			expect(first?.content).toEqual([
				{
					kind: 'text',
					text: 'The training of police, prosecutors and judges;',
					at: { line: 14, column: 6 },
				},
			]);
		});

		it('reads footnote calls inside items, and a second call of footnote 1', () => {
			expect(
				callsOf(document).map(({ footnote, occurrence, at }) => [footnote, occurrence, at.line]),
			).toEqual([
				[1, 1, 10],
				[2, 1, 15],
				[3, 1, 17],
				[1, 2, 18],
			]);
			expect(plainText(two?.items[0]?.items[1]?.content ?? [])).toBe(
				'The review of legislation in the light of the United Nations standards and norms;',
			);
		});

		it('holds every word, each at its place, with no warnings', () => {
			expectFaithful(document, text);
			expect(warnings).toEqual([]);
		});
	});

	describe('a resolution with two annexes', () => {
		const { document, text, warnings } = parseFixture('ga-two-annexes.txt');
		const [resolution, first, second] = document.parts;

		it('numbers the annexes 1 and 2 under their headings', () => {
			expect(
				document.parts.map((part) => [part.kind, part.index, part.heading?.text ?? null]),
			).toEqual([
				['resolution', 0, null],
				['annex', 1, 'Annex I'],
				['annex', 2, 'Annex II'],
			]);
			expect(second?.title.map((run) => run.text)).toEqual([
				'Statement of the expert group meeting',
			]);
		});

		it('reads an annex with no opening: numbered paragraphs and their items', () => {
			expect(first?.opening).toBeNull();
			expect(first?.preamble).toEqual([]);
			expect(first?.operative.map((paragraph) => paragraph.number)).toEqual([1, 2]);
			expect(labelsOf(first?.operative[1]?.items ?? [])).toEqual(['(a)', '(b)']);
		});

		it('reads an annex with an opening, a preamble and a line before its numbered paragraphs', () => {
			expect(second?.opening?.text).toBe(
				'We, the experts assembled in Bangkok from 23 to 25 March 2009,',
			);
			expect(second?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual(['Mindful']);
			expect(second?.operativeIntro?.text).toBe('Agree as follows:');
			expect(second?.operative).toHaveLength(2);
		});

		it('counts calls of one footnote across the resolution and both annexes', () => {
			expect(
				callsOf(document).map(({ footnote, occurrence }) => `${footnote}.${occurrence}`),
			).toEqual(['1.1', '2.1', '3.1', '2.2', '3.2']);
			expect(resolution?.preamble[1]?.leadPhrase).toBe('Deeply concerned');
		});

		it('holds every word, each at its place, with no warnings', () => {
			expectFaithful(document, text);
			expect(warnings).toEqual([]);
		});
	});

	describe('a resolution adopted without reference to a Main Committee, with one unnumbered operative paragraph', () => {
		const { document, text, warnings } = parseFixture('ga-without-committee.txt');
		const resolution = document.parts[0];

		it('has no committee report, and sets the line aside as metadata', () => {
			expect(document.meta.committeeReport).toBeNull();
			expect(document.setAside.find((piece) => piece.what === 'committee reference')).toEqual({
				rule: 'metadata',
				what: 'committee reference',
				text: '[without reference to a Main Committee (A/64/L.5)]',
				at: { line: 3, column: 1 },
			});
		});

		it('reads its last paragraph, ending in a full stop, as its sole operative paragraph', () => {
			expect(resolution?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual([
				'Recalling',
				'Noting',
			]);
			expect(resolution?.operative).toMatchObject([
				{ kind: 'operative', number: 1, printedLabel: null, leadPhrase: 'Decides' },
			]);
		});

		it('reads no footnote call in symbols, years, ranges or quantities', () => {
			expect(document.footnotes).toEqual([]);
			expect(callsOf(document)).toEqual([]);
		});

		it('reads its metadata', () => {
			expect(document.meta).toMatchObject({
				symbol: 'A/RES/64/3',
				resolutionNumber: '64/3',
				date: '2009-10-19',
				plenaryMeeting: 26,
				agendaItem: '163',
			});
		});

		it('holds every word, each at its place, with no warnings', () => {
			expectFaithful(document, text);
			expect(warnings).toEqual([]);
		});
	});

	describe('an Economic and Social Council resolution that recommends a draft to the General Assembly', () => {
		const { document, text, warnings } = parseFixture('ecosoc-draft.txt');
		const council = document.parts[0];
		const draft = council?.parts[0];

		it('reads the Council’s metadata: no numbered session, an agenda item with a letter', () => {
			expect(document.meta).toMatchObject({
				symbol: 'E/RES/2007/17',
				body: 'Economic and Social Council',
				resolutionNumber: '2007/17',
				date: '2007-07-26',
				session: null,
				agendaItem: '14 (c)',
				plenaryMeeting: 45,
				distributionDate: '2007-08-10',
				committeeReport: {
					committee: 'Commission on Crime Prevention and Criminal Justice',
					printed: 'E/2007/30 and Corr.1',
					symbol: 'E/2007/30',
				},
			});
			expect(document.setAside.find((piece) => piece.what === 'session')?.rule).toBe(
				'page-furniture',
			);
		});

		it('reads the Council’s one unnumbered paragraph as its operative paragraph', () => {
			expect(council?.opening?.text).toBe('The Economic and Social Council,');
			expect(council?.operative).toMatchObject([
				{ number: 1, printedLabel: null, leadPhrase: 'Recommends' },
			]);
		});

		it('reads the quoted draft as a part inside the resolution', () => {
			expect(draft).toMatchObject({
				kind: 'draft',
				index: 0,
				opening: { text: '"The General Assembly,' },
			});
			expect(draft?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual([
				'Recalling',
				'Recalling also',
			]);
			expect(
				draft?.operative.map((paragraph) => [paragraph.printedLabel, paragraph.leadPhrase]),
			).toEqual([
				['1.', 'Takes note'],
				['2.', 'Decides'],
				['3.', 'Requests'],
			]);
		});

		it('keeps the opening quotation mark of a numbered draft paragraph in its text, before its number', () => {
			expect(draft?.operative[0]?.at).toEqual({ line: 13, column: 3 });
			expect(plainText(draft?.operative[0]?.content ?? [])).toBe(
				'"Takes note of the report of the Secretary-General;',
			);
		});

		it('counts a second call of footnote 1 inside the draft', () => {
			expect(
				callsOf(document).map(({ footnote, occurrence }) => `${footnote}.${occurrence}`),
			).toEqual(['1.1', '2.1', '1.2']);
		});

		it('holds every word, each at its place, with no warnings', () => {
			expectFaithful(document, text);
			expect(warnings).toEqual([]);
		});
	});
});
