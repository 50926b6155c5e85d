/** `/{symbol}/document.json`: a document's parsed model, its passages' citations and its agreed language, for reuse. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { documentJson } from '../../lib/emit/document-json.ts';
import { corpusAgreedLanguage } from '../../site/agreed-language.ts';
import { modelOf } from '../../site/corpus.ts';

export const getStaticPaths = (async () => {
	const documents = await getCollection('documents');
	return documents.map((entry) => ({
		params: { symbol: entry.data.symbol },
	}));
}) satisfies GetStaticPaths;

// Written without indentation: a third smaller, and browsers and tools that show JSON lay it out.
export const GET: APIRoute = async ({ params }) =>
	new Response(
		JSON.stringify(
			documentJson(await modelOf(String(params.symbol)), await corpusAgreedLanguage()),
		),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
