/** `/{symbol}/akn.xml`: a document in Akoma Ntoso 3.0, its links the same as its page's. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { corpusAgreedLanguage } from '../../site/agreed-language.ts';
import { corpusAkn } from '../../site/corpus-facts.ts';
import { modelOf } from '../../site/corpus.ts';

export const getStaticPaths = (async () => {
	const documents = await getCollection('documents');
	return documents.map((entry) => ({
		params: { symbol: entry.data.symbol },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	// Asked first, the agreed language is worked out on this thread while the worker makes these.
	corpusAgreedLanguage().catch(() => undefined);
	return new Response(await corpusAkn(await modelOf(String(params.symbol)), site ?? null), {
		headers: { 'Content-Type': 'application/akn+xml; charset=utf-8' },
	});
};
