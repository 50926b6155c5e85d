import { describe, expect, it } from 'vitest';
import { highlightTermsOf, searchTermPattern, termStem } from './terms.ts';

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
