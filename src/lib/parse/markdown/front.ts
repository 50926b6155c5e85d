/**
 * What stands above a Markdown resolution's opening line: the heading that names it ("## ECOSOC
 * Resolution 2007/17"), its title (`### **Follow-up to …**`) and lines a UN resolution prints there.
 */
import type { SetAside, TextRun } from '../../model.ts';
import type { MarkdownBlock } from './blocks.ts';
import type { FootnoteCalls } from './footnotes.ts';
import { inlinesOf, plainTextOf, textTokensOf } from './inline.ts';
import {
	closingLineOf,
	frontLineOf,
	numberedTitleOf,
	openingOf,
	resolutionHeadingOf,
} from '../printed-lines.ts';
import { paragraphStartOf } from './paragraph-start.ts';
import { ParseError, type ParseWarning } from '../error.ts';
import type { MetaFromText } from '../sidecar.ts';

/** What the top of the seed gave, and the index of the block with the opening line. */
export interface Front {
	meta: MetaFromText;
	setAside: SetAside[];
	opening: number;
}

/** A block's words as runs set aside as metadata; a footnote call among them is kept as its number. */
function setAsideAs(what: string, block: MarkdownBlock, calls: FootnoteCalls): SetAside[] {
	return inlinesOf(block.tokens, (token) => calls.callOf(token)).map((inline) => ({
		rule: 'metadata',
		what: inline.kind === 'text' ? what : 'footnote call',
		text: inline.kind === 'text' ? inline.text : String(inline.footnote),
		at: inline.at,
	}));
}

/** Whether every word of a block is emphasised: how Markdown without headings sets a title apart. */
export function allEmphasised(block: MarkdownBlock): boolean {
	const words = textTokensOf(block.tokens).filter((token) => token.text.trim() !== '');
	return words.length > 0 && words.every((token) => token.emphasis);
}

/** Whether a block is an opening line ("*The Economic and Social Council,*"). */
export function isOpening(block: MarkdownBlock): boolean {
	if (block.kind !== 'text') return false;
	const lines = new Set(textTokensOf(block.tokens).map((token) => token.at.line));
	return lines.size === 1 && openingOf(plainTextOf(block.tokens)) !== null;
}

/** A heading's words as runs: an annex's title. */
export function titleRunsOf(block: MarkdownBlock, calls: FootnoteCalls): TextRun[] {
	return inlinesOf(block.tokens, (token) => calls.callOf(token)).filter(
		(inline) => inline.kind === 'text',
	);
}

/**
 * Reads the blocks above the opening line; a seed with no opening line, or with a numbered paragraph
 * above it, is not a resolution in this shape.
 * @example frontOf(blocks, calls, 'x.md', []).meta // { body: 'Economic and Social Council', resolutionNumber: '2007/17', title: 'Follow-up to …' }
 */
export function frontOf(
	blocks: readonly MarkdownBlock[],
	calls: FootnoteCalls,
	file: string,
	warnings: ParseWarning[],
): Front {
	const meta: MetaFromText = {};
	const setAside: SetAside[] = [];
	const opening = blocks.findIndex(isOpening);
	const firstWords = blocks.find((block) => block.kind === 'text' || block.kind === 'heading');
	if (opening === -1) {
		throw new ParseError(
			file,
			firstWords?.line ?? 1,
			'no opening line such as "*The General Assembly,*": not a resolution in Markdown',
		);
	}
	for (const block of blocks.slice(0, opening)) {
		if (block.kind === 'break' || block.kind === 'footnote') continue;
		const text = plainTextOf(block.tokens);
		const heading = resolutionHeadingOf(text);
		const numbered = numberedTitleOf(text);
		const line = frontLineOf(text) ?? closingLineOfFront(text);
		if (heading !== null && meta.resolutionNumber === undefined) {
			if (heading.body !== null) meta.body = heading.body;
			meta.resolutionNumber = heading.resolutionNumber;
			setAside.push(...setAsideAs('resolution number', block, calls));
		} else if (line !== null) {
			Object.assign(meta, line.meta);
			setAside.push(...setAsideAs(line.what, block, calls));
		} else if (meta.title === undefined && (block.kind === 'heading' || allEmphasised(block))) {
			if (numbered !== null) meta.resolutionNumber ??= numbered.resolutionNumber;
			meta.title = numbered?.title ?? text;
			setAside.push(...setAsideAs('title', block, calls));
		} else if (block.kind === 'text' && paragraphStartOf(block.tokens).label !== null) {
			throw new ParseError(
				file,
				block.line,
				'a numbered paragraph above the opening line ("The General Assembly,")',
			);
		} else {
			warnings.push({
				file,
				line: block.line,
				message: `text above the opening line set aside: "${text.slice(0, 60)}"`,
			});
			setAside.push(...setAsideAs('text above the opening', block, calls));
		}
	}
	return { meta, setAside, opening };
}

function closingLineOfFront(text: string): { what: string; meta: MetaFromText } | null {
	const meta = closingLineOf(text);
	return meta === null
		? null
		: { what: meta.date === undefined ? 'plenary meeting' : 'date', meta };
}
