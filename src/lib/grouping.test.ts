import { describe, expect, it } from 'vitest';
import { groupedBy } from './grouping.ts';

describe('groupedBy', () => {
	it('keeps the order keys first appear in, and the order within each group', () => {
		expect(groupedBy(['a1', 'b1', 'a2', 'c1', 'b2'], (item) => item.slice(0, 1))).toEqual([
			['a', ['a1', 'a2']],
			['b', ['b1', 'b2']],
			['c', ['c1']],
		]);
	});
});
