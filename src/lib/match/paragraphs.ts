/**
 * A document's paragraphs as agreed language is compared: each numbered or counted paragraph of the
 * resolution, its annexes, the draft it recommends and a report, with the words of its list items,
 * because a paragraph and its items are adopted and repeated as one.
 */
import { plainText } from '../inline.ts';
import type { IsoDate, ListItem, Paragraph, ResolutionPart, UnDocument } from '../model.ts';
import {
	annexCountOf,
	partScopeOf,
	reportParagraphAddress,
	resolutionParagraphAddress,
} from '../passages.ts';
import { wordsOf } from './normalise.ts';
import type { CorpusParagraph, ParagraphKey } from './types.ts';

function itemText(item: ListItem): string {
	return [plainText(item.content), ...item.items.map(itemText)].join(' ');
}

/**
 * A paragraph's whole text, its items' text after its own.
 * @example paragraphText(decidesWithItems) // 'Decides: That the theme of the Twelfth Congress shall be …'
 */
export function paragraphText(paragraph: Paragraph): string {
	return [plainText(paragraph.content), ...paragraph.items.map(itemText)].join(' ');
}

// The words are read from the text each time they are asked, not kept: a corpus's paragraphs held
// as word objects were most of the memory agreed language took (180 MB at 1,000 documents), and
// only the matching, once, and the few paragraphs a page compares need them.
function corpusParagraph(key: ParagraphKey, date: IsoDate, text: string): CorpusParagraph {
	return {
		key,
		date,
		text,
		get words() {
			return wordsOf(text);
		},
	};
}

function partParagraphs(
	document: UnDocument,
	part: ResolutionPart,
	annexCount: number,
): CorpusParagraph[] {
	const scope = partScopeOf(part, annexCount);
	return [
		...[...part.preamble, ...part.operative].map((paragraph) =>
			corpusParagraph(
				{ symbol: document.meta.symbol, address: resolutionParagraphAddress(paragraph, scope) },
				document.meta.date,
				paragraphText(paragraph),
			),
		),
		...part.parts.flatMap((nested) => partParagraphs(document, nested, annexCount)),
	];
}

/**
 * The paragraphs of a document in reading order, with their keys, date and words.
 * @example paragraphsOf(resolution65230)[0].key // { symbol: 'A/RES/65/230', address: { kind: 'preambular', part: { kind: 'resolution' }, number: 1 } }
 */
export function paragraphsOf(document: UnDocument): CorpusParagraph[] {
	const annexCount = annexCountOf(document);
	return [
		...document.parts.flatMap((part) => partParagraphs(document, part, annexCount)),
		...(document.report?.paragraphs ?? []).map((paragraph) =>
			corpusParagraph(
				{ symbol: document.meta.symbol, address: reportParagraphAddress(paragraph) },
				document.meta.date,
				paragraphText(paragraph),
			),
		),
	];
}
