/**
 * The site's machine-readable lists: the sitemap and the Atom feed of documents.
 */
import { documentPath } from '../contract.ts';
import type { DocumentMeta } from '../model.ts';

/** Escapes text for XML content and attribute values. */
export function xmlText(text: string): string {
	return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A sitemap of absolute page addresses. */
export function sitemapXml(urls: readonly string[]): string {
	const entries = urls.map((url) => `  <url><loc>${xmlText(url)}</loc></url>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/** An RFC 3339 timestamp for a date of any precision (its first day), as Atom requires. */
export function atomTimestamp(date: string): string {
	const [year, month = '01', day = '01'] = date.split('-');
	return `${year}-${month}-${day}T00:00:00Z`;
}

/** The Atom feed of the documents, newest first. */
export function atomFeed(
	documents: readonly DocumentMeta[],
	site: string,
	feedPath: string,
): string {
	const sorted = [...documents].sort((a, b) => b.date.localeCompare(a.date));
	const updated = atomTimestamp(sorted[0]?.date ?? '1970');
	const entries = sorted.map((meta) => {
		const url = new URL(documentPath(meta.symbol), site).href;
		return [
			'  <entry>',
			`    <title>${xmlText(`${meta.symbol}: ${meta.title}`)}</title>`,
			`    <id>${xmlText(url)}</id>`,
			`    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
			`    <updated>${atomTimestamp(meta.date)}</updated>`,
			`    <author><name>${xmlText(meta.body)}</name></author>`,
			`    <summary>${xmlText(`${meta.body}, ${meta.documentType} ${meta.symbol}`)}</summary>`,
			'  </entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		'  <title>UN Crime Congress Resolutions</title>',
		`  <id>${xmlText(new URL('/', site).href)}</id>`,
		`  <link rel="self" type="application/atom+xml" href="${xmlText(new URL(feedPath, site).href)}"/>`,
		`  <link rel="alternate" type="text/html" href="${xmlText(new URL('/', site).href)}"/>`,
		`  <updated>${updated}</updated>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
