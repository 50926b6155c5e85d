/**
 * Whether a preambular paragraph begins at the top of a page. Preambular paragraphs carry no number
 * and a page break erases the blank line between two of them, so only the words on either side of
 * the break tell a new paragraph from the rest of the one the page cut.
 */
import { leadPhraseOf } from '../lead-phrase.ts';
import { ParseError } from '../error.ts';
import type { TextLine } from './lines.ts';

// A clause ends in punctuation, perhaps with a footnote call after it, glued or set apart.
const clauseEnd = /[,;:.](?:\s{0,3}\d{1,3})?$/;

/**
 * Whether the first line after a page break opens a new preambular paragraph: the line before ends
 * a clause and this one opens with a lead phrase; a paragraph cut mid-clause goes on. Where the words
 * do not tell (a clause ends, and a capitalised word that is no lead phrase follows), a ParseError.
 * @example opensAfterPageBreak(line('Recognizing also the role that sports can play'), line('tolerance and understanding among peoples and nations,'), 'x.md') // true
 */
export function opensAfterPageBreak(line: TextLine, previous: TextLine, file: string): boolean {
	if (!clauseEnd.test(previous.text)) return false;
	if (leadPhraseOf(line.text) !== null) return true;
	if (/^\p{Ll}/u.test(line.text)) return false;
	const reason = `after the page break, "${line.text}" may open a new preambular paragraph or go on with the one that ends "${previous.text}" on line ${previous.line}: the text does not tell`;
	throw new ParseError(file, line.line, reason);
}
