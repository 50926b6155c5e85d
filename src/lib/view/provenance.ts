/**
 * Where a document's text came from, as links a reader can follow: its record in the UN Digital
 * Library and the official PDF it was extracted from, where the extraction pipeline's header names
 * them.
 */
import { digitalLibraryRecordUrl } from '../contract.ts';
import type { Provenance } from '../model.ts';

/** A link to a source of the text. */
export interface SourceLink {
	label: string;
	href: string;
}

// The header is text from outside: only an https address of the UN's own hosts becomes a link.
const officialHost = /^https:\/\/(?:[a-z0-9-]+\.)*un\.org\/[^\s"<>]*$/i;

/**
 * The links a document's provenance gives: its Digital Library record, its official PDF.
 * @example sourceLinksOf({ record_id: '4094779' }) // [{ label: 'Record in the UN Digital Library', href: 'https://digitallibrary.un.org/record/4094779' }]
 */
export function sourceLinksOf(provenance: Provenance | undefined): SourceLink[] {
	const links: SourceLink[] = [];
	const record = digitalLibraryRecordUrl(provenance?.['record_id'] ?? '');
	if (record !== null) links.push({ label: 'Record in the UN Digital Library', href: record });
	const pdf = officialPdfOf(provenance);
	if (pdf !== null) links.push({ label: 'Official PDF', href: pdf });
	return links;
}

/** The official PDF the source names, if it is an https address of the UN's own hosts. */
export function officialPdfOf(provenance: Provenance | undefined): string | null {
	const pdf = provenance?.['source_pdf'] ?? '';
	return officialHost.test(pdf) ? pdf : null;
}
