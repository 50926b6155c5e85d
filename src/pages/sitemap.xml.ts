/** `/sitemap.xml`: every page of the site. */
import type { APIRoute } from 'astro';
import { documentPath, searchPath } from '../lib/contract.ts';
import { referencesPath } from '../lib/contract.ts';
import { sitemapXml } from '../lib/feeds.ts';
import { sharePagesOf } from '../lib/share.ts';
import { allModels } from '../site/corpus.ts';

export const GET: APIRoute = async ({ site }) => {
	const models = await allModels();
	const paths = [
		'/',
		searchPath(),
		referencesPath,
		...models.flatMap((document) => [documentPath(document.meta.symbol), ...sharePagesOf(document).map((page) => page.shared.sharePage)]),
	];
	return new Response(sitemapXml(paths.map((path) => new URL(path, site).href)), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
