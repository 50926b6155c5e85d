import { describe, expect, it } from 'vitest';
import { openingWords, openingWordsSearchPath } from './opening.ts';

describe('openingWords', () => {
	it('gives the first eight words as printed, in their order, without punctuation', () => {
		// A/RES/64/180 op 13.
		expect(
			openingWords(
				'Encourages the relevant specialized agencies and programmes of the United Nations system',
			),
		).toBe('Encourages the relevant specialized agencies and programmes of');
	});

	it('keeps a lead phrase’s adverb where the text prints it, as a phrase search needs', () => {
		expect(
			openingWords('Requests also the Secretary-General to report, through the Commission'),
		).toBe('Requests also the Secretary-General to report through the');
	});

	it('leaves out the quotation mark that opens a quoted draft paragraph', () => {
		expect(
			openingWords('“Emphasizing the responsibility assumed by the United Nations in the field'),
		).toBe('Emphasizing the responsibility assumed by the United Nations');
	});

	it('drops a double quote inside the words, which would end the phrase searched', () => {
		expect(openingWords('Welcomes resolution 18/3 entitled "Improving the governance"', 5)).toBe(
			'Welcomes resolution 18/3 entitled Improving',
		);
	});
});

describe('openingWordsSearchPath', () => {
	it('searches the opening words as one quoted phrase', () => {
		expect(
			openingWordsSearchPath('Invites Member States and other donors to support those activities;'),
		).toBe(
			`/search/?q=${encodeURIComponent('"Invites Member States and other donors to support"')}`,
		);
	});
});
