import { describe, expect, it } from 'vitest';
import { ParseError } from '../error.ts';
import { sourceLinesOf, textLinesOf, type TextLine } from './lines.ts';
import { isHeadingAt, refuseHeadings } from './headings.ts';

const linesOf = (text: string): TextLine[] => textLinesOf(sourceLinesOf(text, 'x.md'), new Set());

// The end of paragraph 27 of the Doha declaration, its sub-heading, and paragraph 28.
const doha = linesOf(
	[
		'27. We envision a world where no one',
		'is left behind.',
		' ',
		'A call to action',
		' ',
		'28. We recommit ourselves to creating an enabling economic, political, social,',
	].join('\n'),
);

function reasonOf(lines: TextLine[]): string {
	try {
		refuseHeadings(lines, 'x.md', 'the annex');
	} catch (error) {
		if (error instanceof ParseError) return `${error.line}: ${error.reason}`;
		throw error;
	}
	throw new Error('expected a ParseError');
}

describe('isHeadingAt', () => {
	it('takes a line between a sentence and a numbered paragraph for a heading', () => {
		expect(isHeadingAt(doha, 2)).toBe(true);
	});

	it('takes a lettered item for no heading', () => {
		const lines = linesOf(
			'18. We are concerned and in this regard:\n \n(a)\nWe reaffirm our support;',
		);
		expect(lines.map((_, index) => isHeadingAt(lines, index))).toEqual([false, false, false]);
	});

	it('takes the rest of a paragraph cut by a page for no heading', () => {
		const lines = linesOf(
			'22. We recognize the role played, with the United Nations\n \nOffice on Drugs and Crime as its coordinator, and recognize',
		);
		expect(isHeadingAt(lines, 1)).toBe(false);
	});
});

describe('refuseHeadings', () => {
	it('refuses an unnumbered sub-heading, naming its line and the paragraph before it', () => {
		expect(reasonOf(doha)).toMatch(
			/^4: the heading "A call to action" after paragraph 27 of the annex: the model has no place/,
		);
	});

	it('refuses a numbered section heading', () => {
		const lines = linesOf('1. We commit ourselves.\n \nII. Commitments\n \n2. We will act.');
		expect(reasonOf(lines)).toMatch(/^3: the heading "II. Commitments" after paragraph 1/);
	});

	it('lets numbered paragraphs without headings pass', () => {
		expect(() =>
			refuseHeadings(linesOf('1. We commit.\n \n2. We act.'), 'x.md', 'the annex'),
		).not.toThrow();
	});
});
