/** `/feed.xml`: an Atom feed of the documents, newest first. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/view/feeds.ts';

export const GET: APIRoute = async ({ site, url }) => {
	const documents = (await getCollection('documents')).map((entry) => entry.data);
	return new Response(atomFeed(documents, String(site), url.pathname), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
