/**
 * A document's table of contents: its parts, in readers' words, each with the anchor it starts at.
 */
import { anchorFor, partAnchor, sectionAnchor } from '../contract.ts';
import { plainText } from '../inline.ts';
import type { ResolutionPart, UnDocument } from '../model.ts';
import { annexCountOf, partScopeOf } from '../passages.ts';

/** One line of a table of contents, possibly with lines under it. */
export interface ContentsEntry {
	label: string;
	anchor: string;
	children: ContentsEntry[];
}

function range(first: number | undefined, last: number | undefined): string {
	return first === undefined || first === last ? `${first ?? ''}` : `${first}–${last}`;
}

function partEntry(part: ResolutionPart, annexCount: number): ContentsEntry {
	const scope = partScopeOf(part, annexCount);
	const children: ContentsEntry[] = [];
	if (part.preamble.length > 0) {
		children.push({
			label: `Preamble (${part.preamble.length} ${part.preamble.length === 1 ? 'paragraph' : 'paragraphs'})`,
			anchor: anchorFor({ kind: 'preambular', part: scope, number: 1 }),
			children: [],
		});
	}
	const first = part.operative[0];
	if (first !== undefined) {
		children.push({
			label:
				part.operative.length === 1
					? 'Operative paragraph'
					: `Operative paragraphs ${range(first.number, part.operative.at(-1)?.number)}`,
			anchor: anchorFor({ kind: 'operative', part: scope, number: first.number }),
			children: [],
		});
	}
	children.push(
		...(part.headings ?? []).map((heading, index) => ({
			label: plainText(heading.text),
			anchor: sectionAnchor(scope, index + 1),
			children: [],
		})),
		...part.parts.map((nested) => partEntry(nested, annexCount)),
	);
	const title = plainText(part.title);
	const name = {
		resolution: 'Resolution',
		annex: part.heading?.text ?? 'Annex',
		draft: 'Draft resolution',
	}[part.kind];
	return { label: title === '' ? name : `${name}: ${title}`, anchor: partAnchor(scope), children };
}

/** The table of contents of a document. */
export function tableOfContents(document: UnDocument): ContentsEntry[] {
	const annexCount = annexCountOf(document);
	const entries = document.parts.map((part) => partEntry(part, annexCount));
	const report = document.report;
	if (report !== null) {
		if (report.summary.length > 0)
			entries.push({ label: 'Summary', anchor: anchorFor({ kind: 'summary' }), children: [] });
		const first = report.paragraphs[0];
		if (first !== undefined) {
			entries.push({
				label: `Paragraphs ${range(first.number, report.paragraphs.at(-1)?.number)}`,
				anchor: anchorFor({ kind: 'report', number: first.number }),
				children: [],
			});
		}
	}
	if (document.footnotes.length > 0) {
		entries.push({
			label: `Footnotes (${document.footnotes.length})`,
			anchor: 'footnotes',
			children: [],
		});
	}
	return entries;
}
