import { describe, expect, it } from 'vitest';
import { looseCallCandidates } from './loose-calls.ts';

const digitsOf = (text: string): string[] =>
	looseCallCandidates(text).map(({ digits, how }) => `${digits} ${how}`);

describe('looseCallCandidates', () => {
	it('finds a call set apart by a space after a comma', () => {
		expect(digitsOf('the International Covenant on Civil and Political Rights, 1 the')).toEqual([
			'1 spaced',
		]);
	});

	it('finds a call set apart by two spaces after a word', () => {
		expect(
			digitsOf('United Nations Convention against Transnational Organized Crime 5  and'),
		).toEqual(['5 spaced']);
	});

	it('finds a call after the full stop that ends a sentence', () => {
		expect(digitsOf('in compliance with the Paris Principles. 13 We will')).toEqual(['13 spaced']);
	});

	it('takes no number a word counts for a call', () => {
		expect(
			digitsOf('agenda item 8 entitled; in paragraph 1 (a) above; from 6 to 22 February'),
		).toEqual([]);
	});

	it('takes no day of a date for a call', () => {
		expect(digitsOf('Recognizing that 5 September is commemorated')).toEqual([]);
	});

	it('takes no number after an abbreviation for a call', () => {
		expect(digitsOf('general recommendation No. 39 (2022)')).toEqual([]);
	});

	it('finds a call glued to a year', () => {
		expect(digitsOf('the previously adopted Political Declarations of 20172 and 2021,3')).toEqual([
			'2 year',
		]);
	});

	it('takes no treaty number for a year and a call', () => {
		expect(digitsOf('Treaty Series, vol. 1249, No. 20378.')).toEqual([]);
	});
});
