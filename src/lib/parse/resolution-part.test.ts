import { describe, expect, it } from 'vitest';
import { paragraph, run } from '../../../tests/support/model-builders.ts';
import { emptyPart } from './resolution-part.ts';

describe('emptyPart', () => {
	it('keeps the kind, index and printed heading it is given', () => {
		const heading = run('Annex II');
		const part = emptyPart('annex', 2, heading);
		expect([part.kind, part.index, part.heading]).toEqual(['annex', 2, heading]);
	});

	it('has no heading when none is given', () => {
		expect(emptyPart('resolution', 0).heading).toBeNull();
	});

	it('holds no text yet', () => {
		const part = emptyPart('draft', 0);
		expect([
			part.title,
			part.opening,
			part.preamble,
			part.operativeIntro,
			part.operative,
			part.closing,
			part.parts,
		]).toEqual([[], null, [], null, [], [], []]);
	});

	it('gives each part lists of its own, so reading into one leaves another untouched', () => {
		const first = emptyPart('annex', 1);
		const second = emptyPart('annex', 2);
		first.preamble.push(paragraph('preambular', 1, [run('Recalling its resolution 64/180,')]));
		expect(second.preamble).toEqual([]);
	});
});
