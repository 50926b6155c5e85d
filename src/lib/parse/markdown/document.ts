/**
 * UN resolutions in Markdown: a heading that names the resolution, its title, the opening line,
 * preambular and operative paragraphs with italic lead phrases, a quoted draft it recommends,
 * `<sup>` footnote calls with each page's footnotes under a `---` break, and the closing lines.
 */
import type { SetAside, UnDocument } from '../../model.ts';
import { markdownBlocksOf, type MarkdownBlock } from './blocks.ts';
import { footnoteCalls, footnotesOf } from './footnotes.ts';
import { frontOf } from './front.ts';
import { resolutionSymbol } from '../printed-lines.ts';
import { partsOf } from './parts.ts';
import { ParseError, type ParseResult, type ParseWarning } from '../error.ts';
import { completeMeta, type MetaFromText } from '../sidecar.ts';

// ODS exports look enough like text to be read as Markdown; their markers say they are not.
const odsMarker = /^\[DU\d+\]|<<ODS [A-Z ]+\d*>>/m;

function rejectOds(text: string, file: string): void {
	const marker = odsMarker.exec(text);
	if (marker === null) return;
	const line = text.slice(0, marker.index).split(/\r\n|\n|\r/).length;
	throw new ParseError(
		file,
		line,
		'this is text from the UN’s ODS, which the ODS parser reads, not Markdown',
	);
}

/** Every piece of Markdown syntax, set aside as markup. */
function markupOf(blocks: readonly MarkdownBlock[]): SetAside[] {
	return blocks.flatMap((block) =>
		block.tokens.flatMap((token): SetAside[] =>
			token.kind === 'markup'
				? [{ rule: 'markup', what: token.what, text: token.text, at: token.at }]
				: [],
		),
	);
}

function bySeedOrder(a: SetAside, b: SetAside): number {
	return a.at.line - b.at.line || a.at.column - b.at.column;
}

/**
 * Parses a UN resolution written in Markdown; a YAML block at the top (keys as in a sidecar) gives
 * what the text does not print and wins where both speak.
 * @example parseMarkdownText('## ECOSOC Resolution 2007/17\n\n*The Economic and Social Council,*\n\n*Recommends* …', '002.md')
 */
export function parseMarkdownText(text: string, file: string): ParseResult<UnDocument> {
	rejectOds(text, file);
	const warnings: ParseWarning[] = [];
	const source = markdownBlocksOf(text, file);
	const footnotes = footnotesOf(source.blocks, file, warnings);
	const calls = footnoteCalls(footnotes, file, warnings);
	const front = frontOf(source.blocks, calls, file, warnings);
	const body = partsOf(source.blocks.slice(front.opening), calls, file, warnings);
	calls.checkAllCalled();
	const [resolution] = body.parts;
	const openingLine = source.blocks[front.opening]?.line ?? 1;
	if (resolution === undefined || resolution.preamble.length + resolution.operative.length === 0) {
		throw new ParseError(file, openingLine, 'no paragraphs after the opening line');
	}
	const fromText: MetaFromText = { ...front.meta, ...body.meta, documentType: 'resolution' };
	if (
		front.meta.body !== undefined &&
		body.meta.body !== undefined &&
		front.meta.body !== body.meta.body
	) {
		warnings.push({
			file,
			line: openingLine,
			message: `the heading names the ${front.meta.body}, the opening line the ${body.meta.body}`,
		});
		fromText.body = front.meta.body;
	}
	const { body: organ, resolutionNumber } = {
		...fromText,
		...source.frontMatter,
		resolutionNumber: fromText.resolutionNumber,
	};
	if (organ !== undefined && resolutionNumber !== undefined && resolutionNumber !== null) {
		const symbol = resolutionSymbol(organ, resolutionNumber);
		if (symbol !== null) fromText.symbol ??= symbol;
	}
	const meta = completeMeta(fromText, source.frontMatter, file);
	if (meta.documentType !== 'resolution') {
		throw new ParseError(
			file,
			1,
			`the metadata calls this a ${meta.documentType}, but its text reads as a resolution`,
		);
	}
	const setAside = [...source.setAside, ...front.setAside, ...markupOf(source.blocks)].sort(
		bySeedOrder,
	);
	return {
		document: { file, meta, parts: body.parts, report: null, footnotes, setAside },
		warnings,
	};
}
