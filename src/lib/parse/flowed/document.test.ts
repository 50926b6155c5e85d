import { describe, expect, it } from 'vitest';
import { expectFaithful } from '../../../../tests/support/faithful.ts';
import { plainText } from '../../inline.ts';
import { isFlowedText, parseFlowedText } from './document.ts';

const long = 'x'.repeat(200);
const text = [
	'---',
	'symbol: A/RES/80/10',
	'record_id: "4094779"',
	'title: "International Day :"',
	'date: "2025-11-26"',
	'extract_version: "1.1.0"',
	'---',
	'',
	'United Nations A/RES/80/10',
	'',
	'General Assembly Distr.: General 28 November 2025',
	'',
	'Eightieth session Agenda item 13 Integrated and coordinated implementation',
	'',
	'Resolution adopted by the General Assembly on 26 November 2025',
	'',
	'[without reference to a Main Committee (A/80/L.11)]',
	'',
	'80/10. International Day',
	'',
	'The General Assembly,',
	'',
	`Reaffirming the International Covenant on Civil and Political Rights, 1 the Convention ${long} and the`,
	'---',
	'',
	'1 See resolution 2200 A (XXI), annex.',
	'',
	'A/RES/80/10 International Day',
	'',
	`rest of the ${long} Convention,`,
	'',
	'1. Decides to proclaim 5 September of each year as the International Day;',
	'',
	'51st plenary meeting 26 November 2025',
].join('\n');

describe('isFlowedText', () => {
	it('recognises flowed text by its joined masthead and long lines', () => {
		expect(isFlowedText(text)).toBe(true);
	});

	it('does not take layout text for flowed text', () => {
		expect(isFlowedText('United Nations\nA/RES/80/10\nGeneral Assembly\nDistr.: General')).toBe(
			false,
		);
	});
});

describe('parseFlowedText', () => {
	const { document } = parseFlowedText(text, 'x.md');

	it('is faithful to the text', () => {
		expectFaithful(document, text);
	});

	it('dates the resolution by its adoption, not by the YAML block or the masthead', () => {
		expect(document.meta.date).toBe('2025-11-26');
		expect(document.meta.distributionDate).toBe('2025-11-28');
	});

	it('joins a paragraph cut by a page break into one', () => {
		const [paragraph] = document.parts[0]?.preamble ?? [];
		expect(document.parts[0]?.preamble).toHaveLength(1);
		expect(plainText(paragraph?.content ?? [])).toMatch(/and the rest of the/);
	});

	it('reads the footnote and its call', () => {
		expect(document.footnotes.map((note) => note.number)).toEqual([1]);
		const calls = document.parts[0]?.preamble[0]?.content.filter(
			(inline) => inline.kind === 'footnote-call',
		);
		expect(calls).toHaveLength(1);
	});

	it('reads the plenary meeting from the closing line', () => {
		expect(document.meta.plenaryMeeting).toBe(51);
	});

	it('keeps no committee report for a plenary resolution', () => {
		expect(document.meta.committeeReport).toBeNull();
	});
});
