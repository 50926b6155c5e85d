import { describe, expect, it } from 'vitest';
import { leadPhraseOf } from '../../../src/lib/parse/lead-phrase.ts';
import {
	declarationWords,
	operativeWords,
	preambularWords,
	printedDate,
	sessionWords,
} from './phrases.ts';
import { seededRandom } from './random.ts';

describe('printedDate', () => {
	it('prints a date as the UN does, without a leading zero', () => {
		expect(printedDate('2009-12-08')).toBe('8 December 2009');
	});
});

describe('sessionWords', () => {
	it('names a session in words, capitalised for a masthead', () => {
		expect(sessionWords(64, true)).toBe('Sixty-fourth session');
		expect(sessionWords(80)).toBe('eightieth session');
	});
});

describe('preambularWords and operativeWords', () => {
	const random = seededRandom(6);
	const drafting = { organ: 'General Assembly', session: 80, year: 2025 } as const;
	const paragraphs = Array.from({ length: 1000 }, (_, index) =>
		index % 2 === 0 ? preambularWords(random, drafting) : operativeWords(random, drafting),
	);

	it('open every paragraph with a lead phrase the parser reads', () => {
		expect(paragraphs.filter((words) => leadPhraseOf(words) === null)).toEqual([]);
	});

	it('rarely write the same paragraph twice', () => {
		expect(new Set(paragraphs).size).toBeGreaterThan(980);
	});

	it('write paragraphs as long as real resolutions’: half of them 25 to 60 words', () => {
		const lengths = paragraphs.map((words) => words.split(' ').length).sort((a, b) => a - b);
		expect(lengths[250]).toBeGreaterThanOrEqual(20);
		expect(lengths[500]).toBeGreaterThanOrEqual(25);
		expect(lengths[500]).toBeLessThanOrEqual(60);
	});
});

describe('declarationWords', () => {
	it('speaks for the States Members: every paragraph opens with "We"', () => {
		const random = seededRandom(7);
		for (let draw = 0; draw < 200; draw++) expect(declarationWords(random)).toMatch(/^We /);
	});
});
