/**
 * What a browser fetches to show a built page: the page and the stylesheets and scripts it links.
 */

/**
 * The same-site addresses of the stylesheets, scripts and preloaded modules a page links, in order.
 * @example linkedAssetsOf('<link rel="stylesheet" href="/_astro/a.css"><script src="/_astro/b.js"></script>') // ['/_astro/a.css', '/_astro/b.js']
 */
export function linkedAssetsOf(html: string): string[] {
	const assets: string[] = [];
	for (const tag of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
		const text = tag[0];
		const isLink = tag[1]?.toLowerCase() === 'link';
		if (isLink && !/\brel=["']?(stylesheet|modulepreload)\b/i.test(text)) continue;
		const address = new RegExp(`\\b${isLink ? 'href' : 'src'}=["']?([^"' >]+)`, 'i').exec(
			text,
		)?.[1];
		if (address !== undefined && address.startsWith('/') && !address.startsWith('//'))
			assets.push(address);
	}
	return [...new Set(assets)];
}
