import { describe, expect, it } from 'vitest';
import { matchesFilter } from './filter.ts';

describe('matchesFilter', () => {
	const convention = 'United Nations Convention against Corruption';
	it('matches when every word typed is in the text, in any order and case', () => {
		expect(matchesFilter(convention, 'corruption CONVENTION')).toBe(true);
		expect(matchesFilter(convention, 'corruption organized')).toBe(false);
	});
	it('matches a symbol whatever its spaces and strokes', () => {
		const resolution = 'General Assembly resolution 57/270 B | A/RES/57/270 B';
		expect(matchesFilter(resolution, '57/270B')).toBe(true);
		expect(matchesFilter(resolution, 'a/res/57/270 b')).toBe(true);
		expect(matchesFilter(resolution, '57/271')).toBe(false);
	});
	it('ignores accents', () => {
		expect(matchesFilter('Declaración de Salvador', 'declaracion')).toBe(true);
	});
	it('matches everything when nothing is typed', () => {
		expect(matchesFilter(convention, '  ')).toBe(true);
	});
});
