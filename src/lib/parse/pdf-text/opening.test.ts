import { describe, expect, it } from 'vitest';
import { pdfOpeningOf } from './opening.ts';

describe('pdfOpeningOf', () => {
	it('reads the opening with its comma', () => {
		expect(pdfOpeningOf('The General Assembly,')).toEqual({ body: 'General Assembly' });
	});

	it('reads an organ named without a comma before a one-sentence resolution', () => {
		expect(pdfOpeningOf('The General Assembly')).toEqual({ body: 'General Assembly' });
	});

	it('does not take any other bare line for an opening', () => {
		expect(pdfOpeningOf('The State of Palestine')).toBeNull();
	});
});
