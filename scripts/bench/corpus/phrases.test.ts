import { describe, expect, it } from 'vitest';
import { printedDate, sessionWords } from './phrases.ts';

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
