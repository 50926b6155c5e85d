import { describe, expect, it } from 'vitest';
import { comparableText, wordsOf } from './normalise.ts';

const keys = (text: string): string[] => wordsOf(text).map((word) => word.key);

describe('comparableText', () => {
	it('drops the printed paragraph number', () => {
		expect(comparableText('13.\tEncourages the relevant specialized agencies')).toBe(
			'Encourages the relevant specialized agencies',
		);
	});

	it('drops the quotation marks around a paragraph an ECOSOC resolution quotes', () => {
		expect(comparableText('“Invites Member States to be represented;”')).toBe(
			'Invites Member States to be represented;',
		);
	});

	it('straightens curly quotes inside the text', () => {
		expect(comparableText('resolution 18/3 entitled “Improving the governance”;')).toBe(
			'resolution 18/3 entitled "Improving the governance";',
		);
	});

	it('reduces runs of spaces and line breaks to one space', () => {
		expect(comparableText('Requests  the\n\tSecretary-General')).toBe(
			'Requests the Secretary-General',
		);
	});
});

describe('wordsOf', () => {
	it('compares words without case or framing punctuation', () => {
		expect(keys('Heads of State or Government, Government ministers;')).toEqual([
			'heads',
			'of',
			'state',
			'or',
			'government',
			'government',
			'ministers',
		]);
	});

	it('keeps the punctuation inside a word', () => {
		expect(keys('attorneys-general (A/RES/64/180)')).toEqual(['attorneys-general', 'a/res/64/180']);
	});

	it('puts the adverb of "Requests also" first, as in "Also requests"', () => {
		expect(keys('Requests also the Secretary-General to report;')).toEqual(
			keys('Also requests the Secretary-General to report;'),
		);
	});

	it('keeps the words as printed for the reader', () => {
		expect(wordsOf('Requests also the Secretary-General').map((word) => word.text)).toEqual([
			'Also',
			'requests',
			'the',
			'Secretary-General',
		]);
	});
});
