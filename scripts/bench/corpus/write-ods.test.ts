import { describe, expect, it } from 'vitest';
import { odsSentence } from './write-ods.ts';

describe('odsSentence', () => {
	it('glues a footnote call to the punctuation before it, as ODS text prints it', () => {
		expect(odsSentence({ words: 'Takes note of the report', end: ';', call: 2 })).toBe(
			'Takes note of the report;2',
		);
	});

	it('ends with the punctuation when there is no call', () => {
		expect(
			odsSentence({ words: 'Decides to remain seized of the matter', end: '.', call: null }),
		).toBe('Decides to remain seized of the matter.');
	});
});
