/**
 * How a Markdown paragraph opens: an opening quotation mark (a quoted draft's paragraphs have one),
 * a printed number (`1.`) or item label (`(a)`), then the lead phrase that the italics mark.
 */
import type { Source } from '../../model.ts';
import { sliceToken, type MarkdownToken } from './inline.ts';

/** A paragraph's printed number or an item's printed label, and where it stands. */
export type StartLabel =
	| { kind: 'number'; number: number; printed: string; at: Source }
	| { kind: 'item'; label: string; printed: string; at: Source };

/** What opens a paragraph, and its tokens with the label taken out. */
export interface ParagraphStart {
	label: StartLabel | null;
	leadPhrase: string | null;
	tokens: MarkdownToken[];
}

const openingQuotes = /^[“"‘]+$/;
const labelPattern = /^([“"‘]?\s*)(\d{1,3}\.|\(([a-z]{1,5})\))(?=\s|$)/;

function labelOf(printed: string, at: Source): StartLabel {
	const item = /^\(([a-z]+)\)$/.exec(printed)?.[1];
	return item === undefined
		? { kind: 'number', number: Number(printed.slice(0, -1)), printed, at }
		: { kind: 'item', label: item, printed, at };
}

/** The label at the start of tokens, and the tokens without it. */
function takeLabel(tokens: readonly MarkdownToken[]): {
	label: StartLabel | null;
	tokens: MarkdownToken[];
} {
	for (const [index, token] of tokens.entries()) {
		if (token.kind === 'markup') continue;
		if (token.kind === 'call') break;
		const trimmed = token.text.trimStart();
		if (trimmed === '' || openingQuotes.test(trimmed.trimEnd())) continue;
		const match = labelPattern.exec(trimmed);
		if (match === null || match[2] === undefined) break;
		const start = token.text.length - trimmed.length + (match[1] ?? '').length;
		const end = start + match[2].length;
		const rest = token.text.slice(end);
		const before = sliceToken(token, 0, start);
		const after = sliceToken(token, end + rest.length - rest.trimStart().length);
		const at = { line: token.at.line, column: token.at.column + start };
		const kept = [before, after].filter((piece) => piece !== null);
		return {
			label: labelOf(match[2], at),
			tokens: [...tokens.slice(0, index), ...kept, ...tokens.slice(index + 1)],
		};
	}
	return { label: null, tokens: [...tokens] };
}

/**
 * The emphasised words that open a paragraph, after any quotation mark: "Recalling also" from
 * `*“Recalling also* its resolution` or `“*Recalling also* its resolution`; null if none are emphasised.
 */
function leadPhraseOf(tokens: readonly MarkdownToken[]): string | null {
	let phrase = '';
	for (const token of tokens) {
		if (token.kind === 'markup') continue;
		if (token.kind === 'call') break;
		const blank = token.text.trim() === '';
		if (token.emphasis) phrase += token.text;
		else if (blank && phrase !== '') phrase += token.text;
		else if (!(phrase === '' && (blank || openingQuotes.test(token.text.trim())))) break;
	}
	const lead = phrase
		.replace(/^[\s“"‘]+/, '')
		.replace(/[\s,;:]+$/, '')
		.replace(/\s+/g, ' ');
	return lead === '' ? null : lead;
}

/**
 * How a paragraph's tokens open: its label, if printed, and its lead phrase, if emphasised.
 * @example paragraphStartOf(tokensOf('“1. *Takes note* of the report')) // { label: 1. at column 2, leadPhrase: 'Takes note', … }
 */
export function paragraphStartOf(tokens: readonly MarkdownToken[]): ParagraphStart {
	const taken = takeLabel(tokens);
	return { ...taken, leadPhrase: leadPhraseOf(taken.tokens) };
}

/** Whether an item label is a roman numeral (`ii`) rather than a letter; `i`, `v`, `x` alone are read in context. */
export function isRomanLabel(label: string): boolean {
	return /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/.test(label) && label !== '';
}

/** The value of a letter label (`a` → 1) or a roman one (`iv` → 4). */
export function labelValue(label: string, roman: boolean): number {
	if (!roman) return label.length === 1 ? label.charCodeAt(0) - 96 : Number.NaN;
	const values: Record<string, number> = { i: 1, v: 5, x: 10 };
	let total = 0;
	for (const [index, char] of [...label].entries()) {
		const value = values[char] ?? 0;
		const next = values[label[index + 1] ?? ''] ?? 0;
		total += value < next ? -value : value;
	}
	return total;
}
