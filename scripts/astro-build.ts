/**
 * The Astro stage of `scripts/build.ts`, in a process of its own: `node scripts/astro-build.ts DIR`
 * renders the site into DIR. Run as a child so that what Astro holds (7 GiB at 5,000 documents) is
 * returned to the system when it exits, before the share pages and Pagefind's index are written.
 */
import { build } from 'astro';
import { lockProjectBuild } from './build-lock.ts';
import { costLabels, describeCost, measured } from './stage-cost.ts';

const outDir = process.argv[2];
if (outDir === undefined) throw new Error('usage: node scripts/astro-build.ts DIR');
// Astro renders one template share page, and scripts/share-pages.ts every share page from it.
process.env['SHARE_PAGES'] ??= 'template';
const release = await lockProjectBuild();
try {
	const { cost } = await measured(() => build({ outDir, logLevel: 'warn' }));
	// Read back by `npm run bench`, which times the build as a whole.
	console.log(`${costLabels.astro} ${describeCost(cost)}`);
} finally {
	await release();
}
