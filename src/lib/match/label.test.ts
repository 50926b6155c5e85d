import { describe, expect, it } from 'vitest';
import { matchLabel, matchLabelParts } from './label.ts';
import type { Match } from './types.ts';

const draftPp1: Match = {
	kind: 'same',
	other: {
		symbol: 'E/RES/2007/17',
		address: { kind: 'preambular', part: { kind: 'draft' }, number: 1 },
	},
	date: '2007-07-26',
	similarity: 1,
	wordsChanged: 0,
	wordsKept: 0,
	diff: [],
};

describe('matchLabel', () => {
	it('says the same wording, with the citation and the year', () => {
		expect(matchLabel(draftPp1)).toBe(
			'Same wording as E/RES/2007/17, draft resolution, preambular para. 1 (2007)',
		);
	});

	it('says how many words changed in a close match', () => {
		const close: Match = {
			...draftPp1,
			kind: 'close',
			other: {
				symbol: 'A/RES/64/180',
				address: { kind: 'operative', part: { kind: 'resolution' }, number: 13 },
			},
			date: '2009-12-18',
			wordsChanged: 5,
		};
		expect(matchLabel(close)).toBe('Close to A/RES/64/180, para. 13 (2009) — 5 words changed');
	});

	it('says "word" for one word changed', () => {
		expect(matchLabel({ ...draftPp1, kind: 'close', wordsChanged: 1 })).toBe(
			'Close to E/RES/2007/17, draft resolution, preambular para. 1 (2007) — 1 word changed',
		);
	});
});

describe('matchLabelParts', () => {
	it('sets the citation apart, to be the link to the other paragraph', () => {
		expect(matchLabelParts({ ...draftPp1, kind: 'close', wordsChanged: 3 })).toEqual({
			lead: 'Close to',
			citation: 'E/RES/2007/17, draft resolution, preambular para. 1',
			rest: ' (2007) — 3 words changed',
		});
	});
});
