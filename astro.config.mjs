// @ts-check
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
	// The pages read the generated MDX themselves (src/lib/view/document-text.ts): no MDX integration
	// compiles a module a document.
	integrations: [seedWatcher(), publicAddress(site)],
	// Three pages at a time: a page's file is written while the next renders. One at a time, the
	// render's thread waited on the disk for 13 % of the stage at 5,000 documents (a CPU profile).
	build: { format: 'directory', concurrency: 3 },
});
