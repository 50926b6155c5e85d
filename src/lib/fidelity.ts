/**
 * Every piece of a seed's text as the model holds it, with its place and what holds it: what the
 * word-for-word tests and the checks every parse passes both walk.
 */
import type { Inline, ListItem, Paragraph, ResolutionPart, Source, UnDocument } from './model.ts';

/** A piece of seed text as the model keeps it, with the place it came from and what holds it. */
export interface TextPiece {
	at: Source;
	text: string;
	/** A paragraph's or item's printed label, its words (or a heading's, a title's …), a footnote's, or what a rule set aside. */
	role: 'label' | 'text' | 'footnote' | 'set-aside';
}

function inlinePieces(content: readonly Inline[], role: TextPiece['role']): TextPiece[] {
	return content.map((inline) => ({
		at: inline.at,
		text: inline.kind === 'text' ? inline.text : String(inline.footnote),
		role,
	}));
}

function itemPieces(item: ListItem): TextPiece[] {
	return [
		{ at: item.at, text: item.printedLabel, role: 'label' },
		...inlinePieces(item.content, 'text'),
		...item.items.flatMap(itemPieces),
	];
}

function paragraphPieces(paragraph: Paragraph): TextPiece[] {
	const label: TextPiece[] =
		paragraph.printedLabel === null
			? []
			: [{ at: paragraph.at, text: paragraph.printedLabel, role: 'label' }];
	return [
		...label,
		...inlinePieces(paragraph.content, 'text'),
		...paragraph.items.flatMap(itemPieces),
	];
}

function partPieces(part: ResolutionPart): TextPiece[] {
	const runs = [
		part.heading,
		...part.title,
		part.opening,
		part.operativeIntro,
		...part.closing,
		...(part.headings ?? []).flatMap((heading) => heading.text),
	];
	return [
		...runs.flatMap((run): TextPiece[] =>
			run === null ? [] : [{ at: run.at, text: run.text, role: 'text' }],
		),
		...part.preamble.flatMap(paragraphPieces),
		...part.operative.flatMap(paragraphPieces),
		...part.parts.flatMap(partPieces),
	];
}

/**
 * Every piece of seed text the document holds, in the body or set aside by a named rule,
 * in the order it stands in the seed.
 */
export function documentPiecesInSeedOrder(document: UnDocument): TextPiece[] {
	const report = document.report;
	const pieces: TextPiece[] = [
		...document.parts.flatMap(partPieces),
		...(report === null
			? []
			: [
					...[report.heading, report.summaryHeading].flatMap((run): TextPiece[] =>
						run === null ? [] : [{ at: run.at, text: run.text, role: 'text' }],
					),
					...inlinePieces(report.summary, 'text'),
					...report.paragraphs.flatMap(paragraphPieces),
				]),
		...document.footnotes.flatMap((footnote): TextPiece[] => [
			{ at: footnote.at, text: String(footnote.number), role: 'footnote' },
			...inlinePieces(footnote.content, 'footnote'),
		]),
		...document.setAside.map(({ at, text }): TextPiece => ({ at, text, role: 'set-aside' })),
	];
	return pieces.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

/** The letters and digits of a text, in order: what "word for word" compares. */
export function lettersAndDigits(text: string): string {
	return text.replace(/[^\p{L}\p{N}]/gu, '');
}
