/**
 * The search index's record of a document: one Pagefind page per document, its passages in reading
 * order, each opened by an empty element whose id carries the passage's own data (anchor, citation,
 * filter values). One record per passage made Pagefind's indexing time grow with the square of the
 * corpus and its metadata with every passage (see BENCHMARKS.md); one per document keeps both
 * linear, and the search page finds the paragraphs in the page's fragment (`passage-results.ts`).
 */
import type { UnDocument } from '../model.ts';
import { searchRecordsOf, type SearchFilterName, type SearchRecord } from './records.ts';

/** The filters a passage has of its own; the others (`document`, `body`, `year`) are its document's. */
export type PassageFilterName = Extract<
	SearchFilterName,
	'congress' | 'part' | 'lead' | 'addressee'
>;

const passageFilterNames: readonly PassageFilterName[] = ['congress', 'part', 'lead', 'addressee'];

/** What the search page needs to know of a passage beyond its words. */
export interface PassageData {
	/** The passage's anchor (`op7`), or '' for the whole document, whose address is the page's. */
	anchor: string;
	/** Its citation (`A/RES/64/179, para. 7`), or the document's symbol for the whole document. */
	citation: string;
	/** For a list item, the anchor of the paragraph or item it stands in. */
	parent?: string;
	/** The acronyms of the names it spells out, which find it as the names do. */
	acronyms?: string[];
	/** Its own values of the filters that differ from passage to passage. */
	filters: Partial<Record<PassageFilterName, string[]>>;
}

/** A document's record as Pagefind's `addHTMLFile` takes it. */
export interface SearchPage {
	url: string;
	content: string;
}

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

function anchorOf(record: SearchRecord): string {
	const hash = record.url.indexOf('#');
	return hash === -1 ? '' : record.url.slice(hash + 1);
}

/** The anchor of the paragraph an item stands in, from the items' shared anchor scheme (`op5-a-ii` → `op5-a`). */
function parentAnchorOf(anchor: string, anchors: ReadonlySet<string>): string | undefined {
	const cut = anchor.lastIndexOf('-');
	if (cut === -1) return undefined;
	const parent = anchor.slice(0, cut);
	return anchors.has(parent) ? parent : parentAnchorOf(parent, anchors);
}

/** The data of one passage record, as the search page reads it back. */
function passageDataOf(record: SearchRecord, anchors: ReadonlySet<string>): PassageData {
	const anchor = anchorOf(record);
	const filters: PassageData['filters'] = {};
	for (const name of passageFilterNames) {
		const values = record.filters[name] ?? [];
		if (values.length > 0) filters[name] = values;
	}
	const parent = record.meta.context === undefined ? undefined : parentAnchorOf(anchor, anchors);
	const acronyms = record.meta.acronyms?.split(' ') ?? [];
	return {
		anchor,
		citation: record.meta.citation,
		...(parent === undefined ? {} : { parent }),
		...(acronyms.length === 0 ? {} : { acronyms }),
		filters,
	};
}

/**
 * A passage's data as an element's id: JSON, percent-encoded, since Pagefind keeps an id without
 * its white space ("para. 7" would come back "para.7").
 */
export function passageDataId(data: PassageData): string {
	return encodeURIComponent(JSON.stringify(data));
}

/**
 * Reads back the data of a passage from the id Pagefind kept, or null for an id that is not one.
 * @example passageDataFromId(passageDataId({ anchor: 'op7', citation: 'A/RES/64/179, para. 7', filters: {} }))?.anchor // 'op7'
 */
export function passageDataFromId(id: string): PassageData | null {
	if (!id.startsWith('%7B')) return null;
	try {
		const data = JSON.parse(decodeURIComponent(id)) as Partial<PassageData>;
		if (typeof data.anchor !== 'string' || typeof data.citation !== 'string') return null;
		return { filters: {}, ...data } as PassageData;
	} catch {
		return null;
	}
}

/** The union of the values of one filter over records, in first-seen order. */
function valuesOf(records: readonly SearchRecord[], name: SearchFilterName): string[] {
	return [...new Set(records.flatMap((record) => record.filters[name] ?? []))];
}

/**
 * The record of a document: its whole-document passage (symbol, title, date) and each passage with
 * text, each in a `<p>` opened by an empty `<span>` whose id is its data as JSON. Pagefind keeps an
 * element's id in the fragment's anchors with the word it stands before, and indexes none of it;
 * metadata it would index as words, which is why the passages' data is not metadata. The page is
 * filtered by every value any of its passages has, so that a filter finds every page that may hold
 * a passage with it; the search page then keeps the passages that have it.
 */
export function searchPageOf(document: UnDocument): SearchPage {
	const records = searchRecordsOf(document);
	const [whole] = records;
	if (whole === undefined) throw new Error(`${document.meta.symbol}: no search record`);
	const anchors = new Set(records.map(anchorOf));
	const meta = {
		title: document.meta.symbol,
		symbol: document.meta.symbol,
		document: document.meta.title,
		date: document.meta.date,
		acronyms: [
			...new Set(records.flatMap((record) => record.meta.acronyms?.split(' ') ?? [])),
		].join(' '),
	};
	const head = [
		...Object.entries(meta)
			.filter(([, value]) => value !== '')
			.map(
				([name, value]) =>
					`<meta data-pagefind-meta="${name}[content]" content="${escapeHtml(value)}">`,
			),
		...(['congress', 'document', 'body', 'year', 'part', 'lead', 'addressee'] as const).flatMap(
			(name) =>
				valuesOf(records, name).map(
					(value) =>
						`<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(value)}">`,
				),
		),
		`<meta data-pagefind-sort="date[content]" content="${whole.sort.date}">`,
	];
	const body = records.map(
		(record) =>
			`<p><span id="${escapeHtml(passageDataId(passageDataOf(record, anchors)))}"></span>${escapeHtml(record.content)}</p>`,
	);
	return {
		url: whole.url,
		content: `<!doctype html><html lang="en"><head><title>${escapeHtml(document.meta.symbol)}</title>${head.join('')}</head><body>${body.join('\n')}</body></html>`,
	};
}
