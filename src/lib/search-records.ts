/**
 * The search index's records: one per citable passage, whose URL is the passage's permalink, and one
 * per document for its title and metadata. Shaped as Pagefind's custom records.
 */
import { documentPath, permalinkPath, citationFor } from './contract.ts';
import { yearOf } from './dates.ts';
import { plainText } from './inline.ts';
import type { UnDocument } from './model.ts';
import { passagesOf, type Passage } from './passages.ts';

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
	url: string;
	content: string;
	language: 'en';
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/** The names of the search filters, as the search page shows them. */
export const searchFilterNames = {
	document: 'Document',
	body: 'Body',
	year: 'Year',
	part: 'Part',
	congress: 'Congress',
	lead: 'Lead phrase',
} as const;

/** Which congresses a document is about, as the search facet names them ("Twelfth Congress"). */
export type CongressesOf = (document: UnDocument) => readonly string[];

function partFilterOf(passage: Passage): string {
	switch (passage.address.kind) {
		case 'preambular':
			return passage.partName === 'resolution' ? 'preamble' : `${passage.partName}, preamble`;
		case 'operative':
			return passage.partName === 'resolution' ? 'operative part' : passage.partName;
		case 'report':
			return 'report paragraphs';
		case 'summary':
			return 'summary';
		case 'footnote':
			return 'footnotes';
	}
}

function documentFilters(document: UnDocument, congressesOf: CongressesOf): Record<string, string[]> {
	return {
		document: [document.meta.symbol],
		body: [document.meta.body],
		year: [String(yearOf(document.meta.date))],
		congress: [...congressesOf(document)],
	};
}

/** Every search record of a document: the document itself, then each passage. */
export function searchRecordsOf(document: UnDocument, congressesOf: CongressesOf = () => []): SearchRecord[] {
	const { meta } = document;
	const common = documentFilters(document, congressesOf);
	const sort = { date: meta.date };
	const documentRecord: SearchRecord = {
		url: documentPath(meta.symbol),
		content: `${meta.symbol} ${meta.title}`,
		language: 'en',
		meta: { title: `${meta.symbol}: ${meta.title}`, citation: meta.symbol, document: meta.title, symbol: meta.symbol, date: meta.date },
		filters: { ...common, part: ['whole document'] },
		sort,
	};
	const passageRecords = passagesOf(document).flatMap((passage): SearchRecord[] => {
		const content = plainText(passage.content);
		if (content === '') return [];
		const citation = citationFor(meta.symbol, passage.address);
		return [
			{
				url: permalinkPath(meta.symbol, passage.address),
				content,
				language: 'en',
				meta: { title: citation, citation, document: meta.title, symbol: meta.symbol, date: meta.date },
				filters: {
					...common,
					part: [partFilterOf(passage)],
					...(passage.leadPhrase === null ? {} : { lead: [passage.leadPhrase] }),
				},
				sort,
			},
		];
	});
	return [documentRecord, ...passageRecords];
}
