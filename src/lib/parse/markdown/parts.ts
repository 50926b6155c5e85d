/**
 * The text of a Markdown resolution from its opening line on: preambular and operative paragraphs
 * with their items, a quoted draft it recommends, the closing lines, and annexes after them.
 */
import type { Inline, ResolutionPart, TextRun } from '../../model.ts';
import type { MarkdownBlock } from './blocks.ts';
import type { FootnoteCalls } from './footnotes.ts';
import { allEmphasised, isOpening, titleRunsOf } from './front.ts';
import { inlinesOf, plainTextOf, textTokensOf, type MarkdownToken } from './inline.ts';
import { closingLineOf, openingOf } from '../printed-lines.ts';
import { paragraphStartOf } from './paragraph-start.ts';
import {
	endsOpen,
	endsWithColon,
	lineRunOf,
	placeItem,
	placeParagraph,
	type OpenParagraph,
} from './paragraphs.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import { emptyPart } from '../resolution-part.ts';
import type { MetaFromText } from '../sidecar.ts';

/** The parts a resolution's text makes, and what its opening and closing lines say. */
export interface MarkdownParts {
	parts: ResolutionPart[];
	meta: MetaFromText;
}

const annexHeading = /^Annex(?: ([IVX]+|\d+))?$/i;
const draftHeading = /^Draft (?:resolution|decision)(?: [IVX]+)?$/i;
// A quoted draft ends where a paragraph's last sentence is followed by the closing quotation mark.
const draftEnd = /[.!?]”\s*$/;

/** Each line's words, if every line of the block is a closing line ("45th plenary meeting"). */
function closingLines(tokens: readonly MarkdownToken[]): MetaFromText[] | null {
	const lines = new Map<number, MarkdownToken[]>();
	for (const token of textTokensOf(tokens))
		lines.set(token.at.line, [...(lines.get(token.at.line) ?? []), token]);
	const read = [...lines.values()].map((line) => closingLineOf(plainTextOf(line)));
	return read.length > 0 && read.every((meta) => meta !== null)
		? read.filter((meta) => meta !== null)
		: null;
}

/** Where reading has got to: the parts open (a draft inside the resolution), the paragraph that items join. */
interface ReadingState {
	stack: { part: ResolutionPart; quoted: boolean }[];
	paragraph: OpenParagraph | null;
	/** A page break stands between the last paragraph and the next block. */
	afterBreak: boolean;
	/** The closing lines are read: only an annex may follow. */
	closed: boolean;
	/** "Draft resolution" printed above a draft's opening line. */
	draftHeading: TextRun | null;
}

/** Reads the blocks from the opening line on into parts. */
export function partsOf(
	blocks: readonly MarkdownBlock[],
	calls: FootnoteCalls,
	file: string,
	warnings: ParseWarning[],
): MarkdownParts {
	const meta: MetaFromText = {};
	const top: ResolutionPart[] = [];
	const state: ReadingState = {
		stack: [],
		paragraph: null,
		afterBreak: false,
		closed: false,
		draftHeading: null,
	};
	const inlines = (tokens: readonly MarkdownToken[]): Inline[] =>
		inlinesOf(tokens, (token) => calls.callOf(token));
	const current = (): { part: ResolutionPart; quoted: boolean } => {
		const level = state.stack.at(-1);
		if (level === undefined) throw new ParseError(file, 1, 'no part is open');
		return level;
	};
	const nextBlock = (index: number): MarkdownBlock | undefined =>
		blocks.slice(index + 1).find((block) => block.kind === 'text' || block.kind === 'heading');
	// A preambular paragraph that ends with a colon has items, and a preambular paragraph after them.
	const preambleGoesOn = (index: number): boolean => {
		for (const block of blocks.slice(index + 1)) {
			if (block.kind !== 'text') continue;
			const start = paragraphStartOf(block.tokens);
			if (start.label?.kind === 'item') continue;
			return (
				start.label === null && !isOpening(block) && /,[”’"]?$/.test(plainTextOf(start.tokens))
			);
		}
		return false;
	};

	for (const [index, block] of blocks.entries()) {
		if (block.kind === 'break') state.afterBreak = true;
		if (block.kind === 'break' || block.kind === 'footnote') continue;
		const text = plainTextOf(block.tokens);
		const resolved = state.closed || (state.stack[0]?.part.operative.length ?? 0) > 0;
		if (annexHeading.test(text) && resolved) {
			const annex = emptyPart('annex', top.filter((part) => part.kind === 'annex').length + 1);
			annex.heading = lineRunOf(inlines(block.tokens), 'annex heading', file, warnings);
			top.push(annex);
			state.stack = [{ part: annex, quoted: false }];
			state.closed = false;
			state.paragraph = null;
			continue;
		}
		if (top.length === 0) {
			const resolution = emptyPart('resolution', 0);
			top.push(resolution);
			state.stack = [{ part: resolution, quoted: false }];
		}
		const { part, quoted } = current();
		const fresh =
			part.opening === null && part.preamble.length === 0 && part.operative.length === 0;
		if (
			isOpening(block) &&
			(fresh || (state.paragraph !== null && endsWithColon(state.paragraph.paragraph)))
		) {
			const run = lineRunOf(inlines(block.tokens), 'opening line', file, warnings);
			const body = openingOf(text)?.body ?? null;
			if (fresh) {
				part.opening = run;
				if (top.length === 1 && body !== null) meta.body ??= body;
			} else {
				const draft = emptyPart('draft', 0);
				draft.heading = state.draftHeading;
				draft.opening = run;
				part.parts.push(draft);
				state.stack.push({ part: draft, quoted: /^[“"]/.test(text) });
				state.draftHeading = null;
			}
			state.paragraph = null;
			continue;
		}
		if (
			draftHeading.test(text) &&
			state.paragraph !== null &&
			endsWithColon(state.paragraph.paragraph)
		) {
			state.draftHeading = lineRunOf(inlines(block.tokens), 'draft heading', file, warnings);
			continue;
		}
		if (block.kind === 'heading') {
			if (part.kind === 'annex' && fresh) {
				part.title.push(...titleRunsOf(block, calls));
				continue;
			}
			throw new ParseError(
				file,
				block.line,
				`a heading inside the text of the resolution: "${text.slice(0, 60)}"`,
			);
		}
		const closing = closingLines(block.tokens);
		if (closing !== null && !state.closed) {
			const base = state.stack[0]?.part ?? part;
			base.closing.push(...inlines(block.tokens).filter((inline) => inline.kind === 'text'));
			for (const line of closing) Object.assign(meta, line);
			state.stack = state.stack.slice(0, 1);
			state.closed = true;
			state.paragraph = null;
			continue;
		}
		if (state.closed)
			throw new ParseError(
				file,
				block.line,
				`text after the closing lines that is not an annex: "${text.slice(0, 60)}"`,
			);
		const start = paragraphStartOf(block.tokens);
		const last = state.paragraph;
		if (
			start.label === null &&
			start.leadPhrase === null &&
			last !== null &&
			(/^\p{Ll}/u.test(text) || endsOpen(last.items.lastContent()))
		) {
			if (!state.afterBreak)
				warnings.push({
					file,
					line: block.line,
					message: 'a paragraph goes on after a blank line; read as one paragraph',
				});
			last.items.lastContent().push(...inlines(start.tokens));
		} else {
			if (quoted && start.label?.kind !== 'item' && !/^[“"]/.test(text) && state.stack.length > 1)
				state.stack.pop();
			if (
				part.kind === 'annex' &&
				fresh &&
				start.label === null &&
				allEmphasised(block) &&
				!/[,;:]$/.test(text)
			) {
				part.title.push(...titleRunsOf(block, calls));
				continue;
			}
			const content = inlines(start.tokens);
			if (start.label?.kind === 'item') {
				placeItem(state.paragraph, start.label, content, file);
			} else {
				const next = nextBlock(index);
				const context = {
					file,
					line: block.line,
					warnings,
					numberedNext:
						next !== undefined && paragraphStartOf(next.tokens).label?.kind === 'number',
					preambleGoesOn: preambleGoesOn(index),
				};
				state.paragraph = placeParagraph(
					current().part,
					start,
					content,
					plainTextOf(start.tokens),
					context,
				);
			}
		}
		state.afterBreak = false;
		if (state.stack.length > 1 && current().quoted && draftEnd.test(text)) {
			state.stack.pop();
			state.paragraph = null;
		}
	}
	return { parts: top, meta };
}
