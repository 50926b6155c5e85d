/**
 * The site's public address: the one setting (`SITE_URL`) every absolute address the site prints is
 * made from. A build without it prints no host at all rather than a development server's.
 */

/**
 * The public address given in `SITE_URL`, as the origin the site is served at; null when none is
 * given. Anything else than an http(s) origin is refused, so a typo cannot reach a citation.
 * @example publicSiteFrom('https://example.org') // URL { href: 'https://example.org/' }
 */
export function publicSiteFrom(value: string | undefined): URL | null {
	if (value === undefined || value.trim() === '') return null;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch (error) {
		throw new Error(`SITE_URL is not an address: ${JSON.stringify(value)}`, { cause: error });
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL must be an http(s) address, not ${JSON.stringify(value)}`);
	if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
		throw new Error(
			`SITE_URL must be the site's origin, such as https://example.org, not ${JSON.stringify(value)}: the contract's addresses start at the root`,
		);
	return new URL(url.origin);
}

/** What a build without `SITE_URL` says, loudly: which addresses it leaves out and how to give one. */
export const missingPublicAddressWarning = [
	'SITE_URL is not set: this build does not know its public address.',
	'  Copied citations and the share pages take the address the site is read at (in the browser);',
	'  without JavaScript they show site-relative addresses. Canonical links are site-relative, and',
	'  og:url, the sitemap (/sitemap.xml) and the Atom feed (/feed.xml) are left out.',
	'  For a site to publish: SITE_URL=https://example.org npm run build',
].join('\n');
