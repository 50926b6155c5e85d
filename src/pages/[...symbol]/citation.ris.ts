/** `/{symbol}/citation.ris`: the document's record for reference managers, as RIS. */
import type { APIRoute } from 'astro';
import { cslItemOf, type RecordedDocument, risOf } from '../../lib/emit/citation-records.ts';
import { documentMetaPaths } from '../../site/corpus.ts';

export const getStaticPaths = documentMetaPaths;

export const GET: APIRoute<{ meta: RecordedDocument }> = ({ props }) =>
	new Response(risOf(cslItemOf(props.meta)), {
		headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
	});
