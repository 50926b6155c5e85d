import { describe, expect, it } from 'vitest';
import { ParseError, type ParseWarning } from '../error.ts';
import type { BodyLine } from './layout.ts';
import { endsParagraph, startOf, unitsOf } from './paragraphs.ts';

function bodyOf(...texts: string[]): BodyLine[] {
	return texts.map((text, index) => ({
		line: index * 2 + 1,
		column: 1,
		text,
		pageBreak: text.startsWith('|'),
		blankBefore: true,
	}));
}

function texts(lines: BodyLine[], warnings: ParseWarning[] = []): string[][] {
	return unitsOf(lines, 'x.md', warnings).map((unit) => unit.spans.map((span) => span.text));
}

describe('startOf', () => {
	it('reads a printed number', () => {
		expect(startOf('2. Requests the Secretary-General')).toBe('numbered');
	});

	it('reads a lead phrase', () => {
		expect(startOf('Noting with concern the report')).toBe('lead');
	});

	it('reads a lettered item', () => {
		expect(startOf('(a) To support the efforts')).toBe('item');
	});
});

describe('endsParagraph', () => {
	it('ends after punctuation and a footnote call', () => {
		expect(endsParagraph('and Development,10')).toBe(true);
	});

	it('does not end after a word', () => {
		expect(endsParagraph('including the')).toBe(false);
	});
});

describe('unitsOf', () => {
	it('joins the halves of a paragraph cut by a page break', () => {
		expect(
			texts(bodyOf('Recalling its resolutions of 12 November', '1996, 52/10 of 5 November,')),
		).toEqual([['Recalling its resolutions of 12 November', '1996, 52/10 of 5 November,']]);
	});

	it('never merges two paragraphs', () => {
		expect(texts(bodyOf('Recalling its resolution 70/1,', 'Noting the report,'))).toHaveLength(2);
	});

	it('splits two paragraphs an extraction ran into one line, and warns', () => {
		const warnings: ParseWarning[] = [];
		const units = texts(
			bodyOf('Recalling the Programme of Action,10 Reaffirming the 2030 Agenda,'),
			warnings,
		);
		expect(units).toEqual([
			['Recalling the Programme of Action,10'],
			['Reaffirming the 2030 Agenda,'],
		]);
		expect(warnings).toHaveLength(1);
	});

	it('refuses a line it cannot place', () => {
		expect(() =>
			texts(bodyOf('Recalling its resolution 70/1,', 'May consider the advice,')),
		).toThrow(ParseError);
	});
});
