/**
 * A Markdown line read into tokens: the document's words (with whether they are emphasised),
 * footnote calls (`<sup>2</sup>`, `[^2]`) and the markup around them (`*`, `**`, `<sup>`, `\`).
 */
import type { FootnoteCall, Inline, Source } from '../../model.ts';

/** A stretch of the document's own words on one line. */
export interface TextToken {
	kind: 'text';
	text: string;
	at: Source;
	/** Inside `*…*`, `_…_` or `**…**`: how Markdown marks a lead phrase or a title. */
	emphasis: boolean;
}

/** The number of a footnote call, without the tags around it. */
export interface CallToken {
	kind: 'call';
	footnote: number;
	at: Source;
}

/** Markdown syntax: no words of the document. */
export interface MarkupToken {
	kind: 'markup';
	text: string;
	/** What the syntax is: `emphasis`, `superscript`, `heading`, `page break` … */
	what: string;
	at: Source;
}

/** What a Markdown line is made of. */
export type MarkdownToken = TextToken | CallToken | MarkupToken;

/** Which emphasis is open: it carries from line to line inside a block, and ends with it. */
export interface EmphasisState {
	em: boolean;
	strong: boolean;
}

const inlinePattern =
	/<sup>(\d{1,3}(?:, ?\d{1,3})*)<\/sup>|<\/?sup>|\[\^(\d{1,3})\]|\\[!-/:-@[-`{-~]|\*{1,3}|_{1,3}|<br\s*\/?>/g;
const punctuation = /[\p{P}\p{S}]/u;

function isSpace(char: string): boolean {
	return char === '' || /\s/.test(char);
}

// CommonMark's flanking rules, enough to tell `*Recalling*` from an asterisk that is text.
function flanking(before: string, after: string): { left: boolean; right: boolean } {
	const left =
		!isSpace(after) && (!punctuation.test(after) || isSpace(before) || punctuation.test(before));
	const right =
		!isSpace(before) && (!punctuation.test(before) || isSpace(after) || punctuation.test(after));
	return { left, right };
}

/** Opens or closes emphasis with a run of `*` or `_`; false if the run is text after all. */
function toggleEmphasis(run: string, before: string, after: string, state: EmphasisState): boolean {
	const { left, right } = flanking(before, after);
	// An underscore inside a word (snake_case) is a letter of the word, not emphasis.
	if (run.startsWith('_') && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after))
		return false;
	const strong = run.length >= 2;
	const em = run.length !== 2;
	const open = (em && state.em) || (strong && state.strong);
	if (right && open) {
		if (em) state.em = false;
		if (strong) state.strong = false;
		return true;
	}
	if (!left) return false;
	if (em) state.em = true;
	if (strong) state.strong = true;
	return true;
}

/** How to read a line: from which offset, and whether `<sup>n</sup>` is a call (not in a footnote's own text). */
export interface LineReading {
	line: number;
	from: number;
	calls: boolean;
}

/**
 * The tokens of one line of Markdown from `from`; `state` carries emphasis across a block's lines.
 * @example tokensOfLine('*Recalling also* its resolution', { line: 19, from: 0, calls: true }, { em: false, strong: false })
 */
export function tokensOfLine(
	text: string,
	reading: LineReading,
	state: EmphasisState,
): MarkdownToken[] {
	const { line, from, calls } = reading;
	const tokens: MarkdownToken[] = [];
	const at = (offset: number): Source => ({ line, column: offset + 1 });
	const pushText = (start: number, end: number): void => {
		if (end <= start) return;
		const last = tokens.at(-1);
		const emphasis = state.em || state.strong;
		// A delimiter that turned out to be text joins the text around it.
		if (
			last?.kind === 'text' &&
			last.emphasis === emphasis &&
			last.at.column - 1 + last.text.length === start
		) {
			last.text += text.slice(start, end);
		} else {
			tokens.push({ kind: 'text', text: text.slice(start, end), at: at(start), emphasis });
		}
	};
	let position = from;
	for (const match of text.matchAll(inlinePattern)) {
		if (match.index < from) continue;
		const [whole, supDigits, noteDigits] = match;
		const start = match.index;
		pushText(position, start);
		position = start + whole.length;
		const digits = supDigits ?? noteDigits;
		if (digits !== undefined) {
			const open = supDigits === undefined ? '[^' : '<sup>';
			const what = supDigits === undefined ? 'footnote reference' : 'superscript';
			tokens.push({ kind: 'markup', text: open, what, at: at(start) });
			const inner = start + open.length;
			if (calls) {
				// `<sup>2,3</sup>` calls two footnotes; the comma between them is markup.
				for (const number of digits.matchAll(/\d+|\D+/g)) {
					const offset = inner + number.index;
					tokens.push(
						/\d/.test(number[0])
							? { kind: 'call', footnote: Number(number[0]), at: at(offset) }
							: { kind: 'markup', text: number[0], what, at: at(offset) },
					);
				}
			} else {
				pushText(inner, inner + digits.length);
			}
			tokens.push({
				kind: 'markup',
				text: whole.slice(open.length + digits.length),
				what,
				at: at(inner + digits.length),
			});
		} else if (whole.startsWith('\\')) {
			tokens.push({ kind: 'markup', text: '\\', what: 'escape', at: at(start) });
			pushText(start + 1, position);
		} else if (whole.startsWith('*') || whole.startsWith('_')) {
			if (toggleEmphasis(whole, text.charAt(start - 1), text.charAt(position), state)) {
				tokens.push({
					kind: 'markup',
					text: whole,
					what: whole.length === 2 ? 'strong' : 'emphasis',
					at: at(start),
				});
			} else {
				pushText(start, position);
			}
		} else {
			tokens.push({
				kind: 'markup',
				text: whole,
				what: whole.startsWith('<br') ? 'line break' : 'superscript',
				at: at(start),
			});
		}
	}
	pushText(position, text.length);
	return tokens;
}

/** The text tokens only. */
export function textTokensOf(tokens: readonly MarkdownToken[]): TextToken[] {
	return tokens.filter((token) => token.kind === 'text');
}

/**
 * The words of tokens as a reader reads them: markup and calls left out, lines joined with a space.
 * @example plainTextOf(tokensOfLine('### **Follow-up to …**', …)) // 'Follow-up to …'
 */
export function plainTextOf(tokens: readonly MarkdownToken[]): string {
	let text = '';
	let line: number | null = null;
	for (const token of textTokensOf(tokens)) {
		text += line !== null && token.at.line !== line ? ` ${token.text}` : token.text;
		line = token.at.line;
	}
	return text.replace(/\s+/g, ' ').trim();
}

/** A text token cut to its `start`–`end` slice, or null if the slice is blank. */
export function sliceToken(
	token: TextToken,
	start: number,
	end = token.text.length,
): TextToken | null {
	const text = token.text.slice(start, end);
	if (text.trim() === '') return null;
	return { ...token, text, at: { line: token.at.line, column: token.at.column + start } };
}

/** Whether a token is words or a call (not markup) and not blank. */
function hasContent(token: MarkdownToken): boolean {
	return token.kind === 'call' || (token.kind === 'text' && token.text.trim() !== '');
}

/**
 * The runs and calls of tokens, markup left out; each line's words are trimmed at the line's ends,
 * so a run's `at` is where its words start and runs on one line join as they stand.
 * @example inlinesOf(tokensOfLine('Justice,<sup>1</sup> adopted', …), callOf) // [run 'Justice,', call 1, run ' adopted']
 */
export function inlinesOf(
	tokens: readonly MarkdownToken[],
	callOf: (token: CallToken) => FootnoteCall,
): Inline[] {
	const content = tokens.filter((token) => token.kind !== 'markup');
	const inlines: Inline[] = [];
	content.forEach((token, index) => {
		if (token.kind === 'call') {
			inlines.push(callOf(token));
			return;
		}
		const sameLine = (other: MarkdownToken): boolean =>
			other.at.line === token.at.line && hasContent(other);
		const first = !content.slice(0, index).some(sameLine);
		const last = !content.slice(index + 1).some(sameLine);
		const start = first ? token.text.length - token.text.trimStart().length : 0;
		const end = last ? token.text.trimEnd().length : token.text.length;
		if (end <= start) return;
		const at = { line: token.at.line, column: token.at.column + start };
		inlines.push({ kind: 'text', text: token.text.slice(start, end), at });
	});
	return inlines;
}
