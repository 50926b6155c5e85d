import { describe, expect, it } from 'vitest';
import { sourceLinesOf, textLinesOf, type TextLine } from './lines.ts';
import { headingsAmong, isHeadingAt } from './headings.ts';

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

describe('headingsAmong', () => {
	it('takes an unnumbered sub-heading out of the lines, placed before the paragraph after it', () => {
		const { lines, headings } = headingsAmong(doha);
		expect(lines.map((line) => line.text)).not.toContain('A call to action');
		expect(headings).toEqual([
			{
				text: [{ kind: 'text', text: 'A call to action', at: { line: 4, column: 1 } }],
				before: { list: 'operative', index: 27 },
			},
		]);
	});

	it('takes a numbered section heading', () => {
		const { headings } = headingsAmong(
			linesOf('1. We commit ourselves.\n \nII. Commitments\n \n2. We will act.'),
		);
		expect(headings.map((heading) => [heading.text[0]?.text, heading.before.index])).toEqual([
			['II. Commitments', 1],
		]);
	});

	it('leaves numbered paragraphs without headings as they are', () => {
		const lines = linesOf('1. We commit.\n \n2. We act.');
		expect(headingsAmong(lines)).toEqual({ lines, headings: [] });
	});
});
