import type { Inline, ListItem, Paragraph, ResolutionPart, Source, UnDocument } from './model.ts';

/** A piece of seed text as the model keeps it, with the place it came from. */
export interface TextPiece {
	at: Source;
	text: string;
}

function inlinePieces(content: readonly Inline[]): TextPiece[] {
	return content.map((inline) =>
		inline.kind === 'text'
			? { at: inline.at, text: inline.text }
			: { at: inline.at, text: String(inline.footnote) },
	);
}

function itemPieces(item: ListItem): TextPiece[] {
	return [
		{ at: item.at, text: item.printedLabel },
		...inlinePieces(item.content),
		...item.items.flatMap(itemPieces),
	];
}

function paragraphPieces(paragraph: Paragraph): TextPiece[] {
	const label =
		paragraph.printedLabel === null ? [] : [{ at: paragraph.at, text: paragraph.printedLabel }];
	return [...label, ...inlinePieces(paragraph.content), ...paragraph.items.flatMap(itemPieces)];
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
		...runs.flatMap((run) => (run === null ? [] : [{ at: run.at, text: run.text }])),
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
					...[report.heading, report.summaryHeading].flatMap((run) =>
						run === null ? [] : [{ at: run.at, text: run.text }],
					),
					...inlinePieces(report.summary),
					...report.paragraphs.flatMap(paragraphPieces),
				]),
		...document.footnotes.flatMap((footnote) => [
			{ at: footnote.at, text: String(footnote.number) },
			...inlinePieces(footnote.content),
		]),
		...document.setAside.map(({ at, text }) => ({ at, text })),
	];
	return pieces.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

/** The letters and digits of a text, in order: what "word for word" compares. */
export function lettersAndDigits(text: string): string {
	return text.replace(/[^\p{L}\p{N}]/gu, '');
}
