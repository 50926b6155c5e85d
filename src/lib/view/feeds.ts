/**
 * The site's machine-readable lists: the sitemap and the Atom feed of documents.
 */
import { documentPath } from '../contract.ts';
import type { DocumentMeta } from '../model.ts';
import { formatIsoDate } from '../words/dates.ts';

/** Escapes text for XML content and attribute values. */
export function xmlText(text: string): string {
	return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A sitemap of absolute page addresses. */
export function sitemapXml(urls: readonly string[]): string {
	const entries = urls.map((url) => `  <url><loc>${xmlText(url)}</loc></url>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/**
 * The instant Atom's `updated` must give, for a date of any precision: the day itself, or for a
 * year or a month only its last moment, the one instant the text certainly does not postdate. The
 * date as the text states it goes beside it in `dc:date`, which takes a year or a month as it is.
 * @example atomUpdated('2012') // '2012-12-31T23:59:59Z'
 */
export function atomUpdated(date: string): string {
	const [year = '1970', month, day] = date.split('-');
	if (day !== undefined) return `${year}-${month}-${day}T00:00:00Z`;
	const lastMonth = month ?? '12';
	const lastDay = new Date(Date.UTC(Number(year), Number(lastMonth), 0)).getUTCDate();
	return `${year}-${lastMonth}-${String(lastDay).padStart(2, '0')}T23:59:59Z`;
}

/** Whether a date names its day, the only precision Atom's `published` can say truthfully. */
function isDay(date: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/** The Atom feed of the documents, newest first. */
export function atomFeed(
	documents: readonly DocumentMeta[],
	site: string,
	feedPath: string,
): string {
	const sorted = [...documents].sort((a, b) => b.date.localeCompare(a.date));
	const updated = atomUpdated(sorted[0]?.date ?? '1970');
	const entries = sorted.map((meta) => {
		const url = new URL(documentPath(meta.symbol), site).href;
		return [
			'  <entry>',
			`    <title>${xmlText(`${meta.symbol}: ${meta.title}`)}</title>`,
			`    <id>${xmlText(url)}</id>`,
			`    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
			`    <updated>${atomUpdated(meta.date)}</updated>`,
			...(isDay(meta.date) ? [`    <published>${atomUpdated(meta.date)}</published>`] : []),
			`    <dc:date>${xmlText(meta.date)}</dc:date>`,
			`    <author><name>${xmlText(meta.body)}</name></author>`,
			`    <summary>${xmlText(`${meta.body}, ${meta.documentType} ${meta.symbol}, ${formatIsoDate(meta.date)}`)}</summary>`,
			'  </entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
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
