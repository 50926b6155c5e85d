import { describe, expect, it } from 'vitest';
import { capitalizedFirst, congressName, documentKindLabel, sessionName } from './labels.ts';

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

describe('capitalizedFirst', () => {
	it('capitalises a label’s first letter and changes nothing else', () => {
		expect(capitalizedFirst('meeting of the Intergovernmental Group of Experts')).toBe(
			'Meeting of the Intergovernmental Group of Experts',
		);
		expect(capitalizedFirst('expert group on improving the collection of crime data')).toBe(
			'Expert group on improving the collection of crime data',
		);
		expect(capitalizedFirst('General Assembly resolution 63/193')).toBe(
			'General Assembly resolution 63/193',
		);
	});
	it('leaves a label that opens with a quotation as quoted', () => {
		expect(capitalizedFirst('“improving the governance”')).toBe('“improving the governance”');
	});
});
