/** `/{symbol}/akn.xml`: a document in Akoma Ntoso 3.0, its links the same as its page's. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { aknXml } from '../../lib/emit/akn.ts';
import { linksInCorpus } from '../../lib/link/links.ts';
import { corpusCitations } from '../../site/citations.ts';
import { modelOf } from '../../site/corpus.ts';

export const getStaticPaths = (async () => {
	const documents = await getCollection('documents');
	return documents.map((entry) => ({
		params: { symbol: entry.data.symbol },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const [document, { corpus }] = await Promise.all([
		modelOf(String(params.symbol)),
		corpusCitations(),
	]);
	return new Response(aknXml(document, { linksIn: linksInCorpus(corpus), site: site ?? null }), {
		headers: { 'Content-Type': 'application/akn+xml; charset=utf-8' },
	});
};
