/**
 * The citable passages of a document, each with its contract address.
 *
 * Pages, share pages, search records and cross-references all walk a document the same way,
 * so they walk it here.
 */
import type { PartScope, PassageAddress } from './contract.ts';
import type { Inline, ListItem, Paragraph, ResolutionPart, UnDocument } from './model.ts';

/** A passage of a document that readers can link to and cite. */
export interface Passage {
	address: PassageAddress;
	/** The part of the document it stands in, in readers' words: "preamble", "annex", "draft resolution". */
	partName: string;
	/** The passage's own text (without the text of its sub-items). */
	content: readonly Inline[];
	/** The printed number or label (`12.`, `(a)`), or null. */
	printedLabel: string | null;
	leadPhrase: string | null;
}

/** The scope of a part for anchors and citations. */
export function partScopeOf(part: ResolutionPart, annexCount: number): PartScope {
	switch (part.kind) {
		case 'resolution':
			return { kind: 'resolution' };
		case 'draft':
			return { kind: 'draft' };
		case 'annex':
			return { kind: 'annex', index: part.index, count: annexCount };
	}
}

/** How many annexes a document has: annex anchors depend on it (`annex-op1` or `annex2-op1`). */
export function annexCountOf(document: Pick<UnDocument, 'parts'>): number {
	return document.parts.filter((part) => part.kind === 'annex').length;
}

function partNameOf(part: ResolutionPart): string {
	switch (part.kind) {
		case 'resolution':
			return 'resolution';
		case 'draft':
			return 'draft resolution';
		case 'annex':
			return 'annex';
	}
}

function itemPassages(
	item: ListItem,
	labels: readonly string[],
	toAddress: (items: readonly string[]) => PassageAddress,
	partName: string,
): Passage[] {
	const path = [...labels, item.label];
	return [
		{
			address: toAddress(path),
			partName,
			content: item.content,
			printedLabel: item.printedLabel,
			leadPhrase: null,
		},
		...item.items.flatMap((child) => itemPassages(child, path, toAddress, partName)),
	];
}

function paragraphPassages(
	paragraph: Paragraph,
	toAddress: (items: readonly string[]) => PassageAddress,
	partName: string,
): Passage[] {
	return [
		{
			address: toAddress([]),
			partName,
			content: paragraph.content,
			printedLabel: paragraph.printedLabel,
			leadPhrase: paragraph.leadPhrase,
		},
		...paragraph.items.flatMap((item) => itemPassages(item, [], toAddress, partName)),
	];
}

/** The address of a resolution paragraph, with the labels of a list item inside it. */
export function resolutionParagraphAddress(
	paragraph: Paragraph,
	scope: PartScope,
	items: readonly string[] = [],
): PassageAddress {
	const kind = paragraph.kind === 'preambular' ? 'preambular' : 'operative';
	return items.length === 0
		? { kind, part: scope, number: paragraph.number }
		: { kind, part: scope, number: paragraph.number, items };
}

/** The address of a report paragraph, with the labels of a list item inside it. */
export function reportParagraphAddress(
	paragraph: Paragraph,
	items: readonly string[] = [],
): PassageAddress {
	return items.length === 0
		? { kind: 'report', number: paragraph.number }
		: { kind: 'report', number: paragraph.number, items };
}

function partPassages(part: ResolutionPart, annexCount: number): Passage[] {
	const scope = partScopeOf(part, annexCount);
	const name = partNameOf(part);
	return [
		...part.preamble.flatMap((paragraph) =>
			paragraphPassages(
				paragraph,
				(items) => resolutionParagraphAddress(paragraph, scope, items),
				name,
			),
		),
		...part.operative.flatMap((paragraph) =>
			paragraphPassages(
				paragraph,
				(items) => resolutionParagraphAddress(paragraph, scope, items),
				name,
			),
		),
		...part.parts.flatMap((nested) => partPassages(nested, annexCount)),
	];
}

/** Every citable passage of a document in reading order, footnotes last. */
export function passagesOf(document: UnDocument): Passage[] {
	const annexCount = annexCountOf(document);
	const report = document.report;
	return [
		...document.parts.flatMap((part) => partPassages(part, annexCount)),
		...(report === null
			? []
			: [
					...(report.summary.length === 0
						? []
						: [
								{
									address: { kind: 'summary' } as const,
									partName: 'summary',
									content: report.summary,
									printedLabel: null,
									leadPhrase: null,
								},
							]),
					...report.paragraphs.flatMap((paragraph) =>
						paragraphPassages(
							paragraph,
							(items) => reportParagraphAddress(paragraph, items),
							'report',
						),
					),
				]),
		...document.footnotes.map((footnote) => ({
			address: { kind: 'footnote', number: footnote.number } as const,
			partName: 'footnotes',
			content: footnote.content,
			printedLabel: String(footnote.number),
			leadPhrase: null,
		})),
	];
}
