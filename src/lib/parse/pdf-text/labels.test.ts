import { describe, expect, it } from 'vitest';
import { labelAtStart, labelValue, romanValue } from './labels.ts';

describe('labelAtStart', () => {
	it('reads a paragraph number and the spaces after it', () => {
		expect(labelAtStart('10.   The Assembly')).toEqual({
			printed: '10.',
			label: '10',
			styles: ['number'],
			length: 6,
		});
	});

	it('reads a letter, and (i) as a letter or a roman numeral', () => {
		expect(labelAtStart('(b) Trafficking')?.styles).toEqual(['letter']);
		expect(labelAtStart('(i) First')?.styles).toEqual(['letter', 'roman']);
		expect(labelAtStart('(iv) Fourth')).toMatchObject({
			label: 'iv',
			printed: '(iv)',
			styles: ['roman'],
		});
	});

	it('reads no label in a year, a date, a resolution number or brackets that are not a label', () => {
		expect(labelAtStart('2014. The')).toBeNull();
		expect(labelAtStart('18 August 2006')).toBeNull();
		expect(labelAtStart('66/179.')).toBeNull();
		expect(labelAtStart('(see E/CN.15/2007/6)')).toBeNull();
		expect(labelAtStart('(iiii) Wrong')).toBeNull();
	});
});

describe('romanValue', () => {
	it('reads well-formed numerals only', () => {
		expect(['i', 'iv', 'ix', 'xii', 'xl'].map(romanValue)).toEqual([1, 4, 9, 12, 40]);
		expect(romanValue('iiii')).toBeNull();
		expect(romanValue('a')).toBeNull();
	});
});

describe('labelValue', () => {
	it('gives a label’s place in its style', () => {
		expect([
			labelValue('3', 'number'),
			labelValue('c', 'letter'),
			labelValue('iii', 'roman'),
			labelValue('c', 'number'),
		]).toEqual([3, 3, 3, null]);
	});
});
