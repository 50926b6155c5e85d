/**
 * `npm run build`: build the site from content/ with Astro, write its share pages, then index it with
 * Pagefind (`npm run build` converts the seeds first). `node scripts/build.ts DIR` builds into DIR instead of dist/.
 *
 * Astro runs in a child process (scripts/astro-build.ts), so its memory is the system's again before
 * the share pages and the index are written: the build's peak is the largest stage's, not their sum.
 * The site is built into a temporary directory and swapped into dist/ only when every step has
 * succeeded, so a failed build leaves the previous dist/ as it was.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { missingPublicAddressWarning, publicSiteFrom } from '../src/lib/public-address.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeSharePages } from './share-pages.ts';
import { describeCost, measured } from './stage-cost.ts';
import { onUnsettledExit } from './unsettled-exit.ts';

// Tests build into a directory of their own; everyone else into dist/.
const target = process.argv[2] ?? 'dist';
const staging = `${target}.staging`;
const previous = `${target}.previous`;

/** Runs Astro's build into `outDir` in a child process; rejects unless it exits with success. */
function astroBuild(outDir: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['scripts/astro-build.ts', outDir], {
			stdio: 'inherit',
		});
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			if (code === 0) resolve();
			else
				reject(
					new Error(
						`Astro's build stopped with ${signal === null ? `exit code ${String(code)}` : `signal ${signal} (the system kills a process for memory with SIGKILL)`}`,
					),
				);
		});
	});
}

await rm(staging, { recursive: true, force: true });
onUnsettledExit(() => {
	rmSync(staging, { recursive: true, force: true });
	console.error(
		`build failed: a step stopped without finishing (Pagefind's indexer, when the system kills it for memory); ${target}/ is as it was.`,
	);
});
try {
	await astroBuild(staging);
	const shared = await measured(() =>
		writeSharePages(
			staging,
			process.env['CONTENT_DIRECTORY'] ?? 'content',
			publicSiteFrom(process.env['SITE_URL']),
		),
	);
	console.log(
		`share pages: ${shared.result.pages} pages from ${shared.result.documents} documents; ${describeCost(shared.cost)}`,
	);
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
