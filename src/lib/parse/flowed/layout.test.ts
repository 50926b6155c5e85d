import { describe, expect, it } from 'vitest';
import { ParseError, type ParseWarning } from '../error.ts';
import { layoutOf } from './layout.ts';
import { sourceLinesOf } from './lines.ts';

const title = 'Some title';

function layout(text: string, warnings: ParseWarning[] = []) {
	return layoutOf(sourceLinesOf(text), { symbol: 'A/RES/80/10', title, file: 'x.md', warnings });
}

describe('layoutOf', () => {
	it('takes the footnotes under a rule out of the body, and marks the page break', () => {
		const result = layout(
			'Recalling the Declaration,1 and the\n\n---\n\n1 Resolution 217 A (III).\n\nA/RES/80/10 Some title\n\nrest of it,',
		);
		expect(result.body.map((line) => [line.text, line.pageBreak])).toEqual([
			['Recalling the Declaration,1 and the', false],
			['rest of it,', true],
		]);
		expect(result.footnotes.map((note) => note.number)).toEqual([1]);
		expect(result.setAside.map((piece) => piece.what)).toEqual(['rule', 'running head']);
	});

	it('cuts a rule run onto the end of a line', () => {
		const result = layout('Recalling the Declaration,1 ---\n\n1 Resolution 217 A (III).');
		expect(result.body[0]?.text).toBe('Recalling the Declaration,1');
		expect(result.setAside[0]).toMatchObject({ text: '---', at: { line: 1, column: 29 } });
	});

	it('reads a footnote that wraps over lines', () => {
		const result = layout(
			'Text,1\n\n1 Including resolution 60/180,\nand resolution 65/7.\n\nMore text,',
		);
		expect(result.footnotes[0]?.content).toHaveLength(2);
		expect(result.body.map((line) => line.text)).toEqual(['Text,1', 'More text,']);
	});

	it('reads Markdown notes gathered at the end, the separator as markup', () => {
		const result = layout('Text,[^1]\n\n---\n\n[^1]: Resolution 70/1.');
		expect(result.setAside.find((piece) => piece.text === '---')?.rule).toBe('markup');
		expect(result.footnotes[0]?.number).toBe(1);
	});

	it('warns of a running head left in mid-text without its symbol', () => {
		const warnings: ParseWarning[] = [];
		layout('Recalling its resolutions of 12 November\n\nSome title\n\n1996, and 52/10,', warnings);
		expect(warnings[0]?.line).toBe(3);
	});

	it('refuses a note that runs on into a numbered paragraph', () => {
		expect(() => layout('Text,[^1]\n\n---\n\n[^1]: A/79/88. 4. Decides to include')).toThrow(
			ParseError,
		);
	});
});
