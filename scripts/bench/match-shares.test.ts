import { describe, expect, it } from 'vitest';
import type { MatchLookup } from '../../src/lib/match/matches.ts';
import type { CorpusParagraph, Match } from '../../src/lib/match/types.ts';
import { matchShareLine, matchShareOf, matchSharesOf, type MatchShare } from './match-shares.ts';

function paragraph(symbol: string, number: number): [string, CorpusParagraph] {
	return [
		`${symbol}#op${number}`,
		{
			key: { symbol, address: { kind: 'operative', part: { kind: 'resolution' }, number } },
			date: '2030-12-01',
			text: 'Requests the Secretary-General to report',
			words: [],
		},
	];
}

function matchWith(symbol: string, number: number): Match {
	const [, other] = paragraph(symbol, number);
	return {
		kind: 'same',
		other: other.key,
		date: other.date,
		similarity: 1,
		wordsChanged: 0,
		wordsKept: 0,
		diff: [],
	};
}

// Two generated resolutions (A/RES/90/…) and a real one (A/RES/80/1): the first generated
// paragraph matches the other generated one and the real one; the real one matches it back.
const paragraphs = new Map([
	paragraph('A/RES/90/300', 1),
	paragraph('A/RES/90/300', 2),
	paragraph('A/RES/91/300', 1),
	paragraph('A/RES/80/1', 1),
	paragraph('A/RES/80/1', 2),
]);
const found = new Map<string, Match[]>([
	['A/RES/90/300#op1', [matchWith('A/RES/91/300', 1), matchWith('A/RES/80/1', 1)]],
	['A/RES/91/300#op1', [matchWith('A/RES/90/300', 1)]],
	['A/RES/80/1#op1', [matchWith('A/RES/90/300', 1)]],
]);
const matches: MatchLookup = { get: (key) => found.get(key), size: found.size };
const originOf = (symbol: string) => (symbol.startsWith('A/RES/9') ? 'generated' : 'real');

describe('matchSharesOf', () => {
	it('counts the paragraphs of each origin, those with a match and their matches', () => {
		const shares = matchSharesOf(paragraphs, matches, originOf);
		expect(shares.generated).toMatchObject({ paragraphs: 3, matched: 2, matches: 3 });
		expect(shares.real).toMatchObject({ paragraphs: 2, matched: 1, matches: 1 });
	});

	it('tells a match among documents of the same origin from one with the other origin', () => {
		const shares = matchSharesOf(paragraphs, matches, originOf);
		expect(shares.generated.matchedWithin).toBe(2);
		expect(shares.real.matchedWithin).toBe(0);
	});
});

describe('matchShareLine and matchShareOf', () => {
	const share: MatchShare = { paragraphs: 1540, matched: 238, matches: 952, matchedWithin: 230 };

	it('prints the share of paragraphs with a match as a percentage', () => {
		expect(matchShareLine('real', share)).toContain('1540 paragraphs, 238 with a match (15.5 %)');
	});

	it('reads back the figures it printed, for each origin apart', () => {
		const stdout = `${matchShareLine('generated', { ...share, matched: 7 })}\n${matchShareLine('real', share)}`;
		expect(matchShareOf(stdout, 'real')).toEqual(share);
		expect(matchShareOf(stdout, 'generated')?.matched).toBe(7);
	});

	it('reads nothing from output that has no such line', () => {
		expect(matchShareOf('agreed language: 70 documents', 'real')).toBeNull();
	});
});
