/**
 * The footnotes of an ODS seed: one a line after the body's text, each opening with its number
 * ("2 E/CN.15/2009/9."), numbered from 1 across the resolution and its annexes.
 */
import type { Footnote } from '../../model.ts';
import { isBlank, placeAt, type SeedLine } from './lines.ts';
import { ParseError } from '../error.ts';

/**
 * The footnotes on a seed's footnote lines; a line without a number carries on the footnote above it.
 * @example odsFootnotesOf([{ line: 40, text: '2 E/CN.15/2009/9.' }], file) // throws: footnote 2 is the first; expected 1
 */
export function odsFootnotesOf(lines: readonly SeedLine[], file: string): Footnote[] {
	const footnotes: Footnote[] = [];
	for (const line of lines) {
		if (isBlank(line)) continue;
		if (line.text.startsWith('\t')) {
			throw new ParseError(file, line.line, 'a tab-indented paragraph stands among the footnotes');
		}
		const match = /^(\d{1,3})([ \t]+)(\S.*?)\s*$/.exec(line.text);
		const last = footnotes.at(-1);
		if (match === null) {
			if (last === undefined) {
				throw new ParseError(file, line.line, 'text stands where footnote 1 should');
			}
			const offset = line.text.length - line.text.trimStart().length;
			last.content.push({ kind: 'text', text: line.text.trim(), at: placeAt(line, offset) });
			continue;
		}
		const [, digits = '', space = '', text = ''] = match;
		const number = Number(digits);
		const expected = (last?.number ?? 0) + 1;
		if (number !== expected) {
			const place = last === undefined ? 'is the first' : `follows ${last.number}`;
			throw new ParseError(file, line.line, `footnote ${number} ${place}; expected ${expected}`);
		}
		footnotes.push({
			number,
			content: [{ kind: 'text', text, at: placeAt(line, digits.length + space.length) }],
			at: placeAt(line, 0),
		});
	}
	return footnotes;
}
