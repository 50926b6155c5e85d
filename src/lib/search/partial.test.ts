import { describe, expect, it } from 'vitest';
import { closestMatches, missingWords, significantWords } from './partial.ts';

describe('significantWords', () => {
	it('keeps the words that can find something, each once', () => {
		expect(significantWords('What does the Assembly say about prisons in Africa? prisons')).toEqual(
			['assembly', 'say', 'prisons', 'africa'],
		);
	});
});

describe('missingWords', () => {
	it('finds a word Pagefind shortened to find something', () => {
		expect(missingWords(['doha'], 'when requested to do so by the Commission')).toEqual(['doha']);
	});

	it('takes a word found with an ending, or begun, as there', () => {
		expect(missingWords(['combating', 'cybercr'], 'to combat cybercrime')).toEqual([]);
	});

	it('takes an acronym as there when its name is spelled out', () => {
		expect(missingWords(['unodc'], 'the United Nations Office on Drugs and Crime')).toEqual([]);
	});
});

describe('closestMatches', () => {
	it('puts first the results with the most words, then the best scored', () => {
		const matches = closestMatches([
			{
				word: 'prison',
				results: [
					{ id: 'a', score: 9, result: 'A' },
					{ id: 'b', score: 1, result: 'B' },
				],
			},
			{ word: 'africa', results: [{ id: 'b', score: 1, result: 'B' }] },
			{ word: 'overcrowding', results: [{ id: 'c', score: 5, result: 'C' }] },
		]);
		expect(matches).toEqual([
			{ result: 'B', words: ['prison', 'africa'] },
			{ result: 'A', words: ['prison'] },
			{ result: 'C', words: ['overcrowding'] },
		]);
	});
});
