/**
 * What the site's public address decides at build time: with one, the sitemap and the Atom feed,
 * whose addresses must be absolute; without one, neither, and a loud warning.
 */
import type { AstroIntegration } from 'astro';
import { missingPublicAddressWarning } from '../lib/public-address.ts';

/** The integration, given the public address from `publicSiteFrom` (null when the build has none). */
export function publicAddress(site: URL | null): AstroIntegration {
	return {
		name: 'public-address',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				// The sitemap protocol and Atom want absolute addresses; without the public one there is none to give.
				if (site === null) return;
				for (const name of ['sitemap.xml', 'feed.xml']) {
					injectRoute({
						pattern: `/${name}`,
						entrypoint: new URL(`../routes/${name}.ts`, import.meta.url),
						prerender: true,
					});
				}
			},
			'astro:build:start': ({ logger }) => {
				if (site === null) logger.warn(missingPublicAddressWarning);
			},
		},
	};
}
