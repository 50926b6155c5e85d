import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../model.ts';
import { sourceLinesOf, textLinesOf, type TextLine } from './lines.ts';
import { quotedDraftEnd, quotedDraftIndex, unquotedLines, withQuotesRestored } from './draft.ts';

const linesOf = (text: string): TextLine[] => textLinesOf(sourceLinesOf(text, 'x.txt'), new Set());

const council = linesOf(
	[
		'     Recommends the adoption of the following draft resolution:',
		'     “The General Assembly,',
		'     “Recalling its resolution 60/177,',
		'     “1.   Decides to act;',
		'the words of a wrapped line;”',
	].join('\n'),
);

describe('quotedDraftIndex', () => {
	it('finds the quoted opening of the draft, never the part’s own opening', () => {
		expect(quotedDraftIndex(council)).toBe(1);
		expect(quotedDraftIndex(linesOf('The General Assembly,\n1. Decides.'))).toBe(-1);
	});
});

describe('quotedDraftEnd', () => {
	it('ends the draft at the line its closing quotation mark ends', () => {
		expect(quotedDraftEnd(council)).toBe(4);
	});

	it('runs to the last line when no line closes the quotation', () => {
		expect(quotedDraftEnd(council.slice(0, 4))).toBe(3);
	});
});

describe('unquotedLines', () => {
	it('takes the mark off a label’s line, the label then standing where it is printed', () => {
		const { lines, quotes } = unquotedLines(council);
		expect(lines[3]).toMatchObject({ text: '1.   Decides to act;', column: 7, line: 4 });
		expect(quotes.get(4)).toEqual({ kind: 'text', text: '“', at: { line: 4, column: 6 } });
	});

	it('leaves the mark in the text of a line with no label', () => {
		const { lines, quotes } = unquotedLines(council);
		expect(lines[2]?.text).toBe('“Recalling its resolution 60/177,');
		expect(quotes.has(3)).toBe(false);
	});
});

describe('withQuotesRestored', () => {
	it('puts the mark back before the paragraph’s text, and only on the line it came from', () => {
		const paragraph: Paragraph = {
			kind: 'operative',
			number: 1,
			printedLabel: '1.',
			leadPhrase: 'Decides',
			content: [{ kind: 'text', text: 'Decides to act;', at: { line: 4, column: 12 } }],
			items: [],
			at: { line: 4, column: 7 },
		};
		const { quotes } = unquotedLines(council);
		expect(withQuotesRestored(paragraph, quotes).content.map((run) => run.at.column)).toEqual([
			6, 12,
		]);
		expect(
			withQuotesRestored({ ...paragraph, at: { line: 5, column: 1 } }, quotes).content,
		).toHaveLength(1);
	});
});
