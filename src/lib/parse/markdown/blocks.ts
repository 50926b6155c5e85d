/**
 * A Markdown seed cut into blocks: an optional YAML metadata block at the top, then headings,
 * page breaks (`---`), footnotes (`<sup>1</sup> Resolution 60/177, annex.`) and paragraphs of text.
 */
import type { SetAside, SidecarMeta, Source } from '../../model.ts';
import { tokensOfLine, type EmphasisState, type MarkdownToken } from './inline.ts';
import { ParseError } from '../error.ts';
import { headerBlockOf } from '../header-block.ts';

/** A heading line: `## ECOSOC Resolution 2007/17`. */
export interface HeadingBlock {
	kind: 'heading';
	level: number;
	line: number;
	tokens: MarkdownToken[];
}

/** A thematic break, which a Markdown rendering of a printed page uses for the page's end. */
export interface BreakBlock {
	kind: 'break';
	line: number;
	tokens: MarkdownToken[];
}

/** A footnote's own text, after its number (`<sup>2</sup>` or `[^2]:` at the start of a line). */
export interface FootnoteBlock {
	kind: 'footnote';
	number: number;
	/** Where the number is printed. */
	at: Source;
	line: number;
	tokens: MarkdownToken[];
}

/** Lines of text up to a blank line, a heading, a break or a line that starts a numbered paragraph. */
export interface TextBlock {
	kind: 'text';
	line: number;
	tokens: MarkdownToken[];
}

/** A block of a Markdown seed. */
export type MarkdownBlock = HeadingBlock | BreakBlock | FootnoteBlock | TextBlock;

/** A Markdown seed's metadata block (if any) and its blocks. */
export interface MarkdownSource {
	/** The YAML block's values, keys as in a sidecar. */
	frontMatter: SidecarMeta;
	/** The YAML block's lines, set aside as metadata. */
	setAside: SetAside[];
	blocks: MarkdownBlock[];
}

// Tab, line feed and carriage return are text; other control characters mean the bytes were not.
const notText = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f\ufffd]/;
const thematicBreak = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const headingStart = /^ {0,3}(#{1,6})(?=\s|$)/;
const footnoteStart = /^(\s*)(?:<sup>(\d{1,3})<\/sup>|\[\^(\d{1,3})\]:)/;
const containerPrefix = /^ {0,3}(?:>[ \t]?|[-+*][ \t]+)/;
// A numbered paragraph or a lettered item starts a new block even without a blank line before it.
const labelledStart =
	/^\s*[“"‘]?\s*(?:[*_]{1,3})?[“"‘]?\s*(?:\d{1,3}\.|\([a-z]{1,5}\))(?:[*_]{1,3})?\s/;

function markup(text: string, what: string, line: number, offset: number): MarkdownToken {
	return { kind: 'markup', text, what, at: { line, column: offset + 1 } };
}

/** The markup that opens a line inside a block quote or a list item, and where the line's own text starts. */
function prefixOf(text: string, line: number): { tokens: MarkdownToken[]; from: number } {
	const tokens: MarkdownToken[] = [];
	let from = 0;
	for (
		let match = containerPrefix.exec(text);
		match !== null;
		match = containerPrefix.exec(text.slice(from))
	) {
		if (thematicBreak.test(text.slice(from))) break;
		const start = from + match[0].search(/\S/);
		const marker = match[0].trim();
		tokens.push(markup(marker, marker === '>' ? 'block quote' : 'list marker', line, start));
		from += match[0].length;
	}
	return { tokens, from };
}

/**
 * The blocks of a Markdown seed, with its metadata block; an empty or binary seed is an error.
 * @example markdownBlocksOf('## ECOSOC Resolution 2007/17\n\n*The Economic and Social Council,*', 'x.md').blocks.length // 2
 */
export function markdownBlocksOf(text: string, file: string): MarkdownSource {
	if (text.trim() === '') throw new ParseError(file, 1, 'the file is empty');
	const lines = text.split(/\r\n|\n|\r/);
	const binary = lines.findIndex((line) => notText.test(line));
	if (binary !== -1) throw new ParseError(file, binary + 1, 'binary data, not Markdown text');
	const front = headerBlockOf(lines, file);
	const blocks: MarkdownBlock[] = [];
	let open: TextBlock | FootnoteBlock | null = null;
	let state: EmphasisState = { em: false, strong: false };
	const close = (): void => {
		open = null;
		state = { em: false, strong: false };
	};
	for (let index = front.end; index < lines.length; index += 1) {
		const raw = lines[index] ?? '';
		const line = index + 1;
		if (raw.trim() === '') {
			close();
			continue;
		}
		if (thematicBreak.test(raw)) {
			close();
			blocks.push({
				kind: 'break',
				line,
				tokens: [markup(raw.trim(), 'page break', line, raw.search(/\S/))],
			});
			continue;
		}
		const prefix = prefixOf(raw, line);
		const rest = raw.slice(prefix.from);
		if (rest.trim() === '') {
			// A block quote's blank line (`>`) ends a paragraph as a blank line does; its marker has no words.
			blocks.at(-1)?.tokens.push(...prefix.tokens);
			close();
			continue;
		}
		const heading = headingStart.exec(rest);
		if (heading !== null) {
			close();
			const hashes = heading[1] ?? '#';
			const start = prefix.from + heading[0].length - hashes.length;
			const tokens = [
				...prefix.tokens,
				markup(hashes, 'heading', line, start),
				...tokensOfLine(raw, { line, from: prefix.from + heading[0].length, calls: true }, state),
			];
			blocks.push({ kind: 'heading', level: hashes.length, line, tokens });
			close();
			continue;
		}
		const note = footnoteStart.exec(rest);
		if (note !== null) {
			close();
			const [whole, space = '', supDigits, refDigits] = note;
			const digits = supDigits ?? refDigits ?? '';
			const opener = supDigits === undefined ? '[^' : '<sup>';
			const numberOffset = prefix.from + space.length + opener.length;
			const closer = whole.slice(space.length + opener.length + digits.length);
			const tokens = [
				...prefix.tokens,
				markup(opener, 'footnote', line, prefix.from + space.length),
				markup(closer, 'footnote', line, numberOffset + digits.length),
				...tokensOfLine(raw, { line, from: prefix.from + whole.length, calls: false }, state),
			];
			const at = { line, column: numberOffset + 1 };
			const block: FootnoteBlock = { kind: 'footnote', number: Number(digits), at, line, tokens };
			blocks.push(block);
			open = block;
			continue;
		}
		if (open !== null && open.kind === 'text' && labelledStart.test(rest)) close();
		const tokens = [
			...prefix.tokens,
			...tokensOfLine(raw, { line, from: prefix.from, calls: open?.kind !== 'footnote' }, state),
		];
		if (open === null) {
			const block: TextBlock = { kind: 'text', line, tokens };
			blocks.push(block);
			open = block;
		} else {
			open.tokens.push(...tokens);
		}
	}
	return { frontMatter: front.meta, setAside: front.setAside, blocks };
}
