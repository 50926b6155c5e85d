// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { publicAddress } from './src/integrations/public-address.ts';
import { seedWatcher } from './src/integrations/seed-watcher.ts';
import { publicSiteFrom } from './src/lib/public-address.ts';

// The public address comes from the environment, so the same build deploys to any host or CDN. There is
// no default: a build without it prints no host rather than a wrong one (see README, "SITE_URL").
const site = publicSiteFrom(process.env.SITE_URL);

export default defineConfig({
	...(site === null ? {} : { site: site.href }),
	trailingSlash: 'always',
	// The MDX is generated, not written by hand: no GFM (its autolinks swallow escapes) and no
	// smart punctuation (it would change the UN's quotation marks and dashes).
	markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
	integrations: [mdx(), seedWatcher(), publicAddress(site)],
	build: { format: 'directory' },
	vite: {
		build: {
			rollupOptions: {
				// @astrojs/mdx marks every MDX module with Astro's own "use astro:head-inject" directive,
				// which Astro handles itself; the bundler's warning about it is one line of noise per document.
				onwarn(warning, warn) {
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
});
