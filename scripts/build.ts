/**
 * `npm run build`: convert the seeds, build the site with Astro, index it with Pagefind.
 *
 * The site is built into a temporary directory and swapped into dist/ only when every step has
 * succeeded, so a failed build leaves the previous dist/ as it was.
 */
import { rename, rm } from 'node:fs/promises';
import { build } from 'astro';
import { writeSearchIndex } from './search-index.ts';

const target = 'dist';
const staging = 'dist.staging';
const previous = 'dist.previous';

await rm(staging, { recursive: true, force: true });
try {
	await build({ outDir: staging, logLevel: 'warn' });
	const report = await writeSearchIndex(staging);
	console.log(`search index: ${report.pages} pages indexed`);
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	console.error(`build failed; ${target}/ is as it was.`);
	throw error;
}
await rm(previous, { recursive: true, force: true });
await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
	if (error.code !== 'ENOENT') throw error;
});
await rename(staging, target);
await rm(previous, { recursive: true, force: true });
console.log(`build: site in ${target}/`);
