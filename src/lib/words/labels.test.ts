import { describe, expect, it } from 'vitest';
import { congressName, documentKindLabel, sessionName } from './labels.ts';

describe('sessionName', () => {
	it('names a session in words, as the UN heads its resolutions', () => {
		expect(sessionName(65)).toBe('Sixty-fifth session');
		expect(sessionName(67)).toBe('Sixty-seventh session');
	});
});

describe('congressName', () => {
	it('names a congress by its ordinal in words', () => {
		expect(congressName(12)).toBe('Twelfth Congress');
		expect(congressName(13)).toBe('Thirteenth Congress');
	});
});

describe('documentKindLabel', () => {
	it('names a resolution by its number', () => {
		expect(documentKindLabel({ documentType: 'resolution', resolutionNumber: '2007/17' })).toBe(
			'Resolution 2007/17',
		);
	});

	it('names a report by its type alone', () => {
		expect(documentKindLabel({ documentType: 'report', resolutionNumber: null })).toBe('Report');
	});
});
