/** `/{symbol}/citation.json`: the document's record for reference managers, as CSL-JSON. */
import type { APIRoute } from 'astro';
import { cslItemOf, type RecordedDocument, cslJsonOf } from '../../lib/emit/citation-records.ts';
import { documentMetaPaths } from '../../site/corpus.ts';

export const getStaticPaths = documentMetaPaths;

export const GET: APIRoute<{ meta: RecordedDocument }> = ({ props }) =>
	new Response(cslJsonOf(cslItemOf(props.meta)), {
		headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
	});
