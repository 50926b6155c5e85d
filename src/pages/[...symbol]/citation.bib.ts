/** `/{symbol}/citation.bib`: the document's record for reference managers, as BibLaTeX. */
import type { APIRoute } from 'astro';
import { cslItemOf, type RecordedDocument, bibtexOf } from '../../lib/emit/citation-records.ts';
import { documentMetaPaths } from '../../site/corpus.ts';

export const getStaticPaths = documentMetaPaths;

export const GET: APIRoute<{ meta: RecordedDocument }> = ({ props }) =>
	new Response(bibtexOf(cslItemOf(props.meta)), {
		headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
	});
