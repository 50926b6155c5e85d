/**
 * The `citation_*` meta tags (Highwire Press) that Zotero, Google Scholar and Wikipedia's Citoid read
 * from a document page to cite it: title, the body as author, the date as precise as the text gives
 * it, the symbol as the document's number, the United Nations as publisher, and the official PDF.
 */
import type { DocumentMeta, Provenance } from '../model.ts';
import { officialPdfOf } from './provenance.ts';

/** One `<meta name content>` tag. */
export interface MetaTag {
	name: string;
	content: string;
}

/** A date in the slashed form the tags use, no more precise than stated: `2009/12/18`, `2012`. */
function slashedDate(date: string): string {
	return date.replaceAll('-', '/');
}

/** The citation meta tags of a document page; the page's own address only where it is public. */
export function citationMetaTags(
	meta: Pick<DocumentMeta, 'symbol' | 'body' | 'documentType' | 'title' | 'date'>,
	provenance: Provenance | undefined,
	publicPageUrl: string | null,
): MetaTag[] {
	const pdf = officialPdfOf(provenance);
	return [
		{ name: 'citation_title', content: meta.title },
		{ name: 'citation_author', content: meta.body },
		{ name: 'citation_publication_date', content: slashedDate(meta.date) },
		{ name: 'citation_technical_report_number', content: meta.symbol },
		{ name: 'citation_technical_report_institution', content: 'United Nations' },
		{ name: 'citation_publisher', content: 'United Nations' },
		{ name: 'citation_language', content: 'en' },
		...(pdf === null ? [] : [{ name: 'citation_pdf_url', content: pdf }]),
		...(publicPageUrl === null
			? []
			: [{ name: 'citation_abstract_html_url', content: publicPageUrl }]),
	];
}
