import { describe, expect, it } from 'vitest';
import type { Footnote } from '../../model.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import { footnoteCallReader, footnotesOf } from './footnotes.ts';
import { sourceLinesOf } from './lines.ts';

const rule = '__________________';

/** The footnotes of a text whose rules are on the given lines, with the furniture lines given. */
function notesOf(text: string, rules: number[], furniture: number[] = []) {
	return footnotesOf(sourceLinesOf(text, 'x.txt'), rules, new Set(furniture));
}

const note = (number: number, line: number): Footnote => ({
	number,
	content: [],
	at: { line, column: 1 },
});

/** The runs and calls a reader makes of one line. */
function inlinesOf(text: string, footnotes: Footnote[], offset = 0) {
	const [line] = sourceLinesOf(text, 'x.txt');
	return line === undefined ? [] : footnoteCallReader(footnotes, 'x.txt').inlinesOf(line, offset);
}

describe('footnotesOf', () => {
	it('reads the notes under a rule, a note going on over lines', () => {
		const { footnotes, lines } = notesOf(
			`Text.\n${rule}\n1 General Assembly resolution 65/230,\nannex.\n2 See E/CN.15/2012/25.`,
			[2],
		);
		expect(
			footnotes.map((footnote) => [
				footnote.number,
				footnote.content.map((inline) => (inline.kind === 'text' ? inline.text : '')),
			]),
		).toEqual([
			[1, ['General Assembly resolution 65/230,', 'annex.']],
			[2, ['See E/CN.15/2012/25.']],
		]);
		expect(footnotes[1]?.at).toEqual({ line: 5, column: 1 });
		expect([...lines]).toEqual([3, 4, 5]);
	});

	it('numbers notes on from one page to the next', () => {
		const text = `A.\n${rule}\n1 First.\n\fB.\n${rule}\n2 Second.`;
		expect(notesOf(text, [2, 5]).footnotes.map((footnote) => footnote.number)).toEqual([1, 2]);
	});

	it('reads a line that starts with another number as the note going on', () => {
		const { footnotes } = notesOf(
			`A.\n${rule}\n1 Adopted on 21 December\n2010 by the Assembly.`,
			[2],
		);
		expect(footnotes.map((footnote) => footnote.number)).toEqual([1]);
	});

	it('stops at page furniture, and where the page’s text resumes after a blank line', () => {
		const { lines } = notesOf(`A.\n${rule}\n1 First.\n\n2/5\nthe text goes on.`, [2], [5]);
		expect([...lines]).toEqual([3]);
		expect([...notesOf(`A.\n${rule}\n1 First.\n\nthe text goes on.`, [2]).lines]).toEqual([3]);
	});

	it('sets an asterisk note aside as metadata', () => {
		const { footnotes, setAside } = notesOf(`A.\n${rule}\n* A/67/50.`, [2]);
		expect(footnotes).toEqual([]);
		expect(setAside).toEqual([
			{ rule: 'metadata', what: 'note', text: '* A/67/50.', at: { line: 3, column: 1 } },
		]);
	});

	it('reads a rule with no note under it as only a rule', () => {
		expect(notesOf(`A.\n${rule}\nThe text goes on.`, [2]).lines.size).toBe(0);
	});
});

describe('footnoteCallReader', () => {
	it('reads a call glued to punctuation, and keeps the space after it', () => {
		expect(inlinesOf('Takes note of the Programme,1 and of its plan', [note(1, 9)])).toEqual([
			{ kind: 'text', text: 'Takes note of the Programme,', at: { line: 1, column: 1 } },
			{ kind: 'footnote-call', footnote: 1, occurrence: 1, at: { line: 1, column: 29 } },
			{ kind: 'text', text: ' and of its plan', at: { line: 1, column: 30 } },
		]);
	});

	it('reads the line from after a label', () => {
		expect(inlinesOf('1. Takes note', [], 3)).toEqual([
			{ kind: 'text', text: 'Takes note', at: { line: 1, column: 4 } },
		]);
	});

	it('counts the second call of a note', () => {
		const reader = footnoteCallReader([note(1, 9)], 'x.txt');
		const lines = sourceLinesOf('the Programme,1 and\nthe Programme,1 again', 'x.txt');
		const found = lines
			.flatMap((line) => reader.inlinesOf(line))
			.filter((inline) => inline.kind === 'footnote-call');
		expect(found.map((call) => call.occurrence)).toEqual([1, 2]);
	});

	it('reads no call in a symbol, after "Add." or in a number', () => {
		const notes = [note(1, 9), note(2, 10)];
		const inlines = inlinesOf(
			'See E/CN.15/2011/1 and A/64/123/Add.1, 1.5 per cent of the report.1 Then this.2',
			notes,
		);
		expect(
			inlines.filter((inline) => inline.kind === 'footnote-call').map((call) => call.at.column),
		).toEqual([67, 79]);
	});

	it('reads a call after a closing bracket or quotation mark', () => {
		const notes = [note(1, 9), note(2, 10), note(3, 11)];
		const text = '(resolution 65/230, annex)1 and “Salvador Declaration”2 (see E/CN.15/2007/6).3';
		expect(inlinesOf(text, notes).filter((inline) => inline.kind === 'footnote-call')).toHaveLength(
			3,
		);
	});

	it('reads a number glued to a capital as text when no note is due', () => {
		expect(inlinesOf('The Group of G77 met.', [])).toHaveLength(1);
	});

	it('refuses a call of a note the document lacks', () => {
		expect(() => inlinesOf('the Programme,1 should', [])).toThrow(
			new ParseError('x.txt', 1, 'footnote call 1 has no footnote'),
		);
	});

	it('refuses a note never called, on the note’s line', () => {
		const reader = footnoteCallReader([note(1, 7)], 'x.txt');
		expect(() => reader.checkAllCalled()).toThrow(
			new ParseError('x.txt', 7, 'footnote 1 is never called'),
		);
	});
});

describe('footnoteCallReader where pages are known', () => {
	// Lines 1–3 are page 1, lines from 4 on page 2.
	const pageOf = (line: number): number => (line < 4 ? 1 : 2);

	/** The lines of each call a reader reads in the text, against the footnotes given. */
	function callLines(text: string, footnotes: Footnote[]): number[] {
		const reader = footnoteCallReader(footnotes, 'x.md', { pageOf });
		return sourceLinesOf(text, 'x.md').flatMap((line) =>
			reader
				.inlinesOf(line)
				.flatMap((inline) => (inline.kind === 'footnote-call' ? [inline.at.line] : [])),
		);
	}

	it('reads a call set apart by a space on its footnote’s page', () => {
		const text = 'the Covenant on Civil and Political Rights, 1 the International Covenant';
		expect(callLines(text, [note(1, 3)])).toEqual([1]);
	});

	it('reads no first call on a page other than its footnote’s', () => {
		const text = [
			'GC(69)/RES/9 A.1, entitled “Support”,',
			'',
			'',
			'held from 15 to 19 September 2025;1 and of the statements',
		].join('\n');
		expect(callLines(text, [note(1, 5)])).toEqual([4]);
	});

	it('names the digits set apart by a space when they cannot be the call', () => {
		const reader = footnoteCallReader([note(1, 5)], 'x.md', { pageOf });
		const text = 'the Covenant on Civil and Political Rights, 1 the International Covenant';
		for (const line of sourceLinesOf(text, 'x.md')) reader.inlinesOf(line);
		expect(() => reader.checkAllCalled()).toThrow(
			/x\.md:1: footnote call `1` set apart by a space after `Rights,`/,
		);
	});

	it('reports a call glued to a year', () => {
		const warnings: ParseWarning[] = [];
		const reader = footnoteCallReader([note(1, 1)], 'x.md', { pageOf, warnings });
		for (const line of sourceLinesOf('the Political Declarations of 20171 and 2021', 'x.md'))
			reader.inlinesOf(line);
		expect(warnings.map((warning) => warning.message)).toEqual([
			'footnote call 1 glued to the year 2017 ("20171"): read as the year and a call',
		]);
	});
});
