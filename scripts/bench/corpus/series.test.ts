import { describe, expect, it } from 'vitest';
import { similarityOf, wordDiff } from '../../../src/lib/match/diff.ts';
import { closeThreshold } from '../../../src/lib/match/matches.ts';
import { wordsOf } from '../../../src/lib/match/normalise.ts';
import { operativeWords } from './phrases.ts';
import { seededRandom } from './random.ts';
import { amendedWords, sessionsMovedOn } from './series.ts';

describe('sessionsMovedOn', () => {
	it('moves every session named in words on', () => {
		expect(
			sessionsMovedOn(
				'to report at its seventy-first session and the Commission at its thirtieth session',
				2,
			),
		).toBe(
			'to report at its seventy-third session and the Commission at its thirty-second session',
		);
	});

	it('leaves a session the words cannot name, and other ordinals, as they were', () => {
		expect(sessionsMovedOn('at its ninety-eighth session, the first report', 3)).toBe(
			'at its ninety-eighth session, the first report',
		);
	});
});

describe('amendedWords', () => {
	const random = seededRandom(11);
	const drafting = { organ: 'General Assembly', session: 80, year: 2025 } as const;
	const pairs = Array.from({ length: 500 }, () => {
		const words = operativeWords(random, drafting);
		return { words, amended: amendedWords(random, words) };
	});

	it('always changes the words', () => {
		expect(pairs.filter(({ words, amended }) => words === amended)).toEqual([]);
	});

	it('mostly keeps the paragraph close to its old wording, as a series amends its text', () => {
		const close = pairs.filter(
			({ words, amended }) =>
				similarityOf(wordDiff(wordsOf(words), wordsOf(amended))) >= closeThreshold,
		);
		expect(close.length / pairs.length).toBeGreaterThan(0.8);
	});
});
