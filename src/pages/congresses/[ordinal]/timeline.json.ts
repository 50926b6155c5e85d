/**
 * `/congresses/{ordinal}/timeline.json`: a congress's timeline and its background as data, the
 * same events as its page, in the same three lists.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { timelineJson } from '../../../lib/timeline/json.ts';
import { congressPagesData } from '../../../site/congresses.ts';

export const getStaticPaths = (async () =>
	(await congressPagesData()).map((congress) => ({
		params: { ordinal: congress.ordinal },
		props: { json: timelineJson(congress.timeline, congress.background, congress.undated) },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.json, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
