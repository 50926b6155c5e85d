/**
 * `/sitemap.xml`: every page that is its own canonical. Share pages are left out: each names its
 * paragraph's permalink as canonical, and a sitemap lists canonical addresses only. Routed by
 * src/integrations/public-address.ts only when the build has a public address, as a sitemap's are absolute.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import {
	congressesPath,
	congressPath,
	documentPath,
	referencesPath,
	searchPath,
} from '../lib/contract.ts';
import { sitemapXml } from '../lib/view/feeds.ts';
import { congressPages } from '../lib/timeline/congress.ts';

export const GET: APIRoute = async ({ site }) => {
	if (site === undefined)
		throw new Error('/sitemap.xml is built only with a public address (SITE_URL)');
	const documents = await getCollection('documents');
	const paths = [
		'/',
		searchPath(),
		congressesPath,
		...congressPages.map((ordinal) => congressPath(ordinal)),
		referencesPath,
		...documents.map((entry) => documentPath(entry.data.symbol)),
	];
	return new Response(sitemapXml(paths.map((path) => new URL(path, site).href)), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
