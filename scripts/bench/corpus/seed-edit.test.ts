import { describe, expect, it } from 'vitest';
import { withOneParagraphEdited } from './seed-edit.ts';

describe('withOneParagraphEdited', () => {
	it('adds the words before the punctuation and the footnote call that close paragraph 1', () => {
		expect(
			withOneParagraphEdited(
				'\tThe General Assembly,\n\t1.\tDecides to act;12\n\t2.\tRequests a report.',
			),
		).toBe(
			'\tThe General Assembly,\n\t1.\tDecides to act, as a matter of priority;12\n\t2.\tRequests a report.',
		);
	});

	it('throws when the seed has no numbered paragraph 1', () => {
		expect(() => withOneParagraphEdited('1. In its resolution 66/179,')).toThrow(/paragraph 1/);
	});
});
