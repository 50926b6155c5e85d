// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { seedWatcher } from './src/integrations/seed-watcher.ts';

// The public address comes from the environment, so the same build deploys to any host or CDN.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	trailingSlash: 'always',
	integrations: [mdx(), seedWatcher()],
	build: { format: 'directory' },
});
