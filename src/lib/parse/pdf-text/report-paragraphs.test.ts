import { describe, expect, it } from 'vitest';
import { plainText } from '../../inline.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import { footnoteCallReader } from './footnotes.ts';
import { sourceLinesOf, textLinesOf } from './lines.ts';
import { reportParagraphsOf } from './report-paragraphs.ts';

/** The summary, paragraphs and warnings of a small report text with no footnotes. */
function read(text: string) {
	const warnings: ParseWarning[] = [];
	const lines = textLinesOf(sourceLinesOf(text, 'x.txt'), new Set());
	return {
		...reportParagraphsOf(lines, footnoteCallReader([], 'x.txt'), 'x.txt', warnings),
		warnings,
	};
}

function errorOf(text: string): ParseError {
	try {
		read(text);
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
	throw new Error('expected a ParseError');
}

const labels = (text: string) => read(text).paragraphs.map((paragraph) => paragraph.printedLabel);

describe('reportParagraphsOf', () => {
	it('reads the text before paragraph 1 as the summary', () => {
		const { summary, paragraphs } = read(
			'The present report contains information.\n 1. In its resolution 66/179,\nthe Assembly.',
		);
		expect(plainText(summary)).toBe('The present report contains information.');
		expect(paragraphs[0]?.at).toEqual({ line: 2, column: 2 });
		expect(plainText(paragraphs[0]?.content ?? [])).toBe('In its resolution 66/179, the Assembly.');
	});

	it('reads a label printed alone on its line', () => {
		expect(plainText(read('1.\nIn its resolution.').paragraphs[0]?.content ?? [])).toBe(
			'In its resolution.',
		);
	});

	it('refuses a paragraph that skips a number, on its line', () => {
		const error = errorOf('1. First.\n\n2. Second.\n\n4. Fourth.');
		expect([error.line, error.reason]).toEqual([5, 'paragraph 4 follows 2']);
	});

	it('refuses a paragraph number repeated', () => {
		expect(errorOf('1. First.\n\n2. Second.\n\n2. Second again.').reason).toBe(
			'paragraph 2 follows 2',
		);
	});

	it('says so when the number that skips could have been an item', () => {
		expect(errorOf('1. The agenda:\n1. Opening;\n2. Closing;\n4. Fourth.').reason).toBe(
			'paragraph 4 follows 1 (nor the next item of the list in paragraph 1)',
		);
	});

	it('reads a number that a line wrap puts at a line’s start as text', () => {
		expect(labels('1. Held in Bangkok from 15 to\n18 August 2006 and on\n2. December.')).toEqual([
			'1.',
		]);
	});

	it('reads no label after an abbreviation that a number follows', () => {
		expect(labels('1. As the report says in para.\n2. It goes on.')).toEqual(['1.']);
	});

	it('refuses a report with no paragraph 1', () => {
		expect(errorOf('Some prose.').reason).toBe(
			'no numbered paragraph "1." found: not a report as text extracted from a PDF',
		);
	});

	it('reads a numbered list that opens after a colon, then the next paragraph', () => {
		const { paragraphs } = read(
			'1. The agenda:\n\n1. Opening;\n\n2. Closing.\n\n2. The next paragraph.',
		);
		expect(paragraphs.map((paragraph) => paragraph.items.map((item) => item.printedLabel))).toEqual(
			[['1.', '2.'], []],
		);
	});

	it('reads a numbered list that goes on after a page’s footnotes and furniture', () => {
		const lines = sourceLinesOf(
			'1. The workshops:\n(a) One;\n\n2/5\n\fA/67/97\n(b) Two.\n\n2. Next.',
			'x.txt',
		);
		const warnings: ParseWarning[] = [];
		const { paragraphs } = reportParagraphsOf(
			textLinesOf(lines, new Set([4, 5])),
			footnoteCallReader([], 'x.txt'),
			'x.txt',
			warnings,
		);
		expect(paragraphs.map((paragraph) => paragraph.items.length)).toEqual([2, 0]);
	});

	it('reads roman numerals inside lettered items, and (i) as a letter where (i) comes next', () => {
		const letters = 'abcdefgh'
			.split('')
			.map((letter) => `(${letter}) Item ${letter};`)
			.join('\n');
		const { paragraphs } = read(
			`1. The list:\n${letters}\n(i) Ninth, with parts:\n(i) First part;\n(ii) Second part;\n(j) Tenth.`,
		);
		const items = paragraphs[0]?.items ?? [];
		expect(items.map((item) => item.label).join('')).toBe('abcdefghij');
		expect(items[8]?.items.map((item) => item.printedLabel)).toEqual(['(i)', '(ii)']);
	});

	it('opens a lettered list after a blank line even without a colon', () => {
		expect(
			read('1. The issues are these\n\n(a) One;\n\n(b) Two.').paragraphs[0]?.items,
		).toHaveLength(2);
	});

	it('reads an item where the item before ends with a semicolon, and warns that it could be a paragraph', () => {
		const { paragraphs, warnings } = read('1. The agenda:\n\n1. Opening;\n\n2. Closing.');
		expect(warnings.map((warning) => warning.message)).toEqual([
			'"2." could open paragraph 2 or go on the list in paragraph 1; read as an item',
		]);
		expect(paragraphs[0]?.items).toHaveLength(2);
	});

	it('reads a paragraph where the item before ends a sentence', () => {
		const { paragraphs, warnings } = read(
			'1. The agenda:\n\n1. Opening.\n\n2. The next paragraph.',
		);
		expect(warnings[0]?.message).toMatch(/read as a paragraph$/);
		expect(paragraphs.map((paragraph) => paragraph.items.length)).toEqual([1, 0]);
	});

	it('lets the column of a label settle what the punctuation cannot', () => {
		const { paragraphs } = read('1. The agenda:\n\n    1. Opening.\n\n2. The next paragraph.');
		expect(paragraphs).toHaveLength(2);
	});

	it('warns of a section heading, which stays in the text', () => {
		const { paragraphs, warnings } = read('1. First.\n\nII. Deliberations\n\n2. Second.');
		expect(warnings).toEqual([
			{
				file: 'x.txt',
				line: 3,
				message:
					'section heading "II. Deliberations" is kept in the text before it: the model has no place for a report\'s headings',
			},
		]);
		expect(paragraphs).toHaveLength(2);
	});
});
