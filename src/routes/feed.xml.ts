/**
 * `/feed.xml`: an Atom feed of the documents, newest first. Routed by src/integrations/public-address.ts
 * only when the build has a public address, as Atom's addresses are absolute.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/view/feeds.ts';

export const GET: APIRoute = async ({ site, url }) => {
	if (site === undefined)
		throw new Error('/feed.xml is built only with a public address (SITE_URL)');
	const documents = (await getCollection('documents')).map((entry) => entry.data);
	return new Response(atomFeed(documents, site.href, url.pathname), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
