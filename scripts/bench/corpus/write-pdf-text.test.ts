import { describe, expect, it } from 'vitest';
import { pdfSidecar, wrapWords } from './write-pdf-text.ts';

describe('wrapWords', () => {
	it('breaks between words so that no line is wider than asked', () => {
		expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
	});

	it('never starts a line with a figure or a bracket, carrying the word before it along', () => {
		expect(wrapWords('held in Bangkok from 15 to 18 August', 20)).toEqual([
			'held in Bangkok',
			'from 15 to 18 August',
		]);
		expect(wrapWords('the workshops (see annex)', 15)).toEqual(['the', 'workshops (see', 'annex)']);
	});
});

describe('pdfSidecar', () => {
	it('holds the symbol, body, type, session and year the text does not print', () => {
		const sidecar = pdfSidecar({
			kind: 'report',
			shape: 'pdf-text',
			symbol: 'A/71/500',
			title: 'A title',
			session: 71,
			year: 2016,
			summary: 'A summary.',
			paragraphs: [],
		});
		expect(sidecar).toContain(
			"symbol: A/71/500\nbody: Secretary-General\ndocumentType: report\nsession: 71\ndate: '2016'\n",
		);
	});
});
