import { describe, expect, it } from 'vitest';
import { highlightTermsOf, queryPattern, searchTermPattern, termStem } from './terms.ts';

describe('termStem', () => {
	it('takes off an English ending', () => {
		expect(termStem('Combating')).toBe('combat');
		expect(termStem('prisoners')).toBe('prison');
	});

	it('keeps at least four letters', () => {
		expect(termStem('uses')).toBe('uses');
		expect(termStem('pact')).toBe('pact');
	});
});

describe('highlightTermsOf', () => {
	it('splits each highlight value into words and keeps each once', () => {
		const params = new URLSearchParams('highlight=money-laundering&highlight=Money&highlight=a');
		expect(highlightTermsOf(params)).toEqual(['money', 'laundering']);
	});
});

describe('searchTermPattern', () => {
	it('finds the words that start with a term’s stem, whole words only', () => {
		const pattern = searchTermPattern(['combating', 'pact']);
		const text = 'to combat the impact of the Santo Domingo Pact and pacts';
		expect(text.match(pattern ?? /$^/)).toEqual(['combat', 'Pact', 'pacts']);
	});

	it('treats a term as text, not as a pattern', () => {
		expect('a.b axb'.match(searchTermPattern(['a.b']) ?? /$^/)).toEqual(['a.b']);
	});

	it('is null without terms', () => {
		expect(searchTermPattern([])).toBeNull();
	});
});

describe('searchTermPattern, word for word', () => {
	it('marks no stopword and no word that merely starts with a searched word', () => {
		const pattern = searchTermPattern(['victims', 'of', 'trafficking']);
		const text =
			'the prosecution of offenders by the Office and the protection of victims of trafficking,';
		expect(text.match(pattern ?? /$^/)).toEqual(['victims', 'trafficking']);
	});

	it('marks a word without its trailing punctuation', () => {
		const pattern = searchTermPattern(['cybercrime', 'pact']);
		expect('such as cybercrime; the Pact,'.match(pattern ?? /$^/)).toEqual(['cybercrime', 'Pact']);
	});

	it('marks the name an acronym stands for', () => {
		const pattern = searchTermPattern(['unodc']);
		const text = 'the United Nations Office on Drugs and Crime and the Office';
		expect(text.match(pattern ?? /$^/)).toEqual(['United Nations Office on Drugs and Crime']);
	});

	it('is null when only stopwords were searched', () => {
		expect(searchTermPattern(['of', 'the'])).toBeNull();
	});
});

describe('queryPattern', () => {
	it('finds a phrase in quotes as a whole, its words in their order', () => {
		const pattern = queryPattern('"strengthen international cooperation"');
		const text =
			'to strengthen international cooperation and international law, strengthening international cooperation;';
		expect(text.match(pattern ?? /$^/)).toEqual([
			'strengthen international cooperation',
			'strengthening international cooperation',
		]);
	});

	it('finds a phrase whose words repeat, each in its place (A/RES/65/230 pp 1)', () => {
		const pattern = queryPattern('"Emphasizing the responsibility assumed by the United Nations"');
		expect(
			pattern?.test('Emphasizing the responsibility assumed by the United Nations in the field'),
		).toBe(true);
	});

	it('finds a phrase with a word of one letter in it', () => {
		expect(queryPattern('"to take a leading role"')?.test('States to take a leading role')).toBe(
			true,
		);
	});

	it('finds each word of a query without quotes', () => {
		expect('combat kidnapping'.match(queryPattern('combating kidnapping') ?? /$^/)).toEqual([
			'combat',
			'kidnapping',
		]);
	});
});
