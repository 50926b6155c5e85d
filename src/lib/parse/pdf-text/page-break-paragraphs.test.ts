import { describe, expect, it } from 'vitest';
import { ParseError } from '../error.ts';
import type { TextLine } from './lines.ts';
import { opensAfterPageBreak } from './page-break-paragraphs.ts';

const line = (text: string, at = 80): TextLine => ({
	line: at,
	column: 1,
	text,
	newPage: false,
	breakBefore: false,
	pageBreakBefore: true,
});

describe('opensAfterPageBreak', () => {
	it('opens a paragraph where a clause ended and a lead phrase follows', () => {
		const previous = line('tolerance and understanding among peoples and nations,', 67);
		expect(
			opensAfterPageBreak(line('Recognizing also the role that sports can play'), previous, 'x.md'),
		).toBe(true);
	});

	it('opens a paragraph after a clause that ends in a footnote call', () => {
		const previous = line('Development,10', 57);
		expect(opensAfterPageBreak(line('Reaffirming the 2030 Agenda'), previous, 'x.md')).toBe(true);
	});

	it('goes on with a paragraph the page cut mid-clause', () => {
		const previous = line(
			'in the organization and implementation of the Olympic and Paralympic Winter',
			134,
		);
		expect(
			opensAfterPageBreak(
				line('Games, as a defining feature of Milano-Cortina 2026'),
				previous,
				'x.md',
			),
		).toBe(false);
	});

	it('goes on with a paragraph whose next line opens in lower case', () => {
		const previous = line('of conflict with a friendly athletic competition,', 61);
		expect(opensAfterPageBreak(line('thereby mobilizing the youth'), previous, 'x.md')).toBe(false);
	});

	it('refuses where a clause ends and a capital that is no lead phrase follows', () => {
		const previous = line('in cooperation with the United Nations,', 61);
		expect(() =>
			opensAfterPageBreak(line('Economic and Social Council resolution 1980/67'), previous, 'x.md'),
		).toThrow(ParseError);
	});
});
