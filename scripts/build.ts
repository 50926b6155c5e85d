/**
 * `npm run build`: build the site from content/ with Astro, then index it with Pagefind
 * (`npm run build` converts the seeds first). `node scripts/build.ts DIR` builds into DIR instead of dist/.
 *
 * The site is built into a temporary directory and swapped into dist/ only when every step has
 * succeeded, so a failed build leaves the previous dist/ as it was.
 */
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { build } from 'astro';
import { missingPublicAddressWarning, publicSiteFrom } from '../src/lib/public-address.ts';
import { lockProjectBuild } from './build-lock.ts';
import { writeSearchIndex } from './search-index.ts';
import { onUnsettledExit } from './unsettled-exit.ts';

// Tests build into a directory of their own; everyone else into dist/.
const target = process.argv[2] ?? 'dist';
const staging = `${target}.staging`;
const previous = `${target}.previous`;

await rm(staging, { recursive: true, force: true });
onUnsettledExit(() => {
	rmSync(staging, { recursive: true, force: true });
	console.error(
		`build failed: a step stopped without finishing (Pagefind's indexer, when the system kills it for memory); ${target}/ is as it was.`,
	);
});
try {
	const release = await lockProjectBuild();
	try {
		await build({ outDir: staging, logLevel: 'warn' });
	} finally {
		await release();
	}
	const report = await writeSearchIndex(staging);
	console.log(`search index: ${report.records} records from ${report.documents} documents`);
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
// Said again last, where it cannot scroll away: a site without its public address is not one to publish.
if (publicSiteFrom(process.env['SITE_URL']) === null)
	console.warn(`build: WARNING, no public address.\n${missingPublicAddressWarning}`);
