import { describe, expect, it } from 'vitest';
import { ordinalNumber, ordinalValue, ordinalWords } from './ordinals.ts';

describe('ordinalWords', () => {
	it('writes compound ordinals with a hyphen', () => {
		expect(ordinalWords(64)).toBe('sixty-fourth');
		expect(ordinalWords(13)).toBe('thirteenth');
		expect(ordinalWords(70)).toBe('seventieth');
	});
});

describe('ordinalValue', () => {
	it('reads a session ordinal in any case', () => {
		expect(ordinalValue('Sixty-fourth')).toBe(64);
		expect(ordinalValue('TWELFTH')).toBe(12);
	});
	it('is null for words that are no ordinal', () => {
		expect(ordinalValue('Salvador')).toBeNull();
	});
});

describe('ordinalNumber', () => {
	it('uses st, nd, rd and th as English does, with 11 to 13 as th', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 65, 71, 112].map(ordinalNumber)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'65th',
			'71st',
			'112th',
		]);
	});
});
