/**
 * `npm run build`: build the site from content/ with Astro, then write its share pages and index it
 * with Pagefind, side by side (`npm run build` converts the seeds first). `node scripts/build.ts DIR` builds into DIR instead of dist/.
 *
 * Astro runs in a child process (scripts/astro-build.ts), so its memory is the system's again before
 * the share pages and the index are written, side by side: the build's peak is the larger of Astro's
 * and theirs together.
 * The site is built into a temporary directory and swapped into dist/ only when every step has
 * succeeded, so a failed build leaves the previous dist/ as it was.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { missingPublicAddressWarning, publicSiteFrom } from '../src/lib/public-address.ts';
import { heapLimitArgs } from './heap-limit.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeSharePagesInWorker } from './share-pages.ts';
import { publishedSymbols } from './site-models.ts';
import { costLabels, describeCost, measured } from './stage-cost.ts';
import { onUnsettledExit } from './unsettled-exit.ts';

// Tests build into a directory of their own; everyone else into dist/.
const target = process.argv[2] ?? 'dist';
const staging = `${target}.staging`;
const contentDirectory = process.env['CONTENT_DIRECTORY'] ?? 'content';
const site = publicSiteFrom(process.env['SITE_URL']);
const previous = `${target}.previous`;

/** Runs Astro's build into `outDir` in a child process; rejects unless it exits with success. */
function astroBuild(outDir: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [...heapLimitArgs(), 'scripts/astro-build.ts', outDir], {
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

/**
 * Both results once both have settled, or the first failure: the staging site is removed on failure,
 * which must not happen while the other stage still writes into it.
 */
async function bothSettled<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
	const [a, b] = await Promise.allSettled([first, second]);
	if (a.status === 'rejected') throw a.reason;
	if (b.status === 'rejected') throw b.reason;
	return [a.value, b.value];
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
	// Both read the models one at a time, and neither needs what the other writes: the share pages
	// are written on a thread of their own and Pagefind's indexer is a process of its own, so the
	// index's records are made on the main thread meanwhile.
	// Listed once, before the share pages make the site ten times the directories to walk.
	const published = publishedSymbols(staging);
	const both = await measured(() =>
		bothSettled(
			measured(() => writeSharePagesInWorker(staging, contentDirectory, site, { published })),
			writeSearchIndex(staging, contentDirectory, published),
		),
	);
	const [shared, indexed] = both.result;
	// Only its wall time is its own: the process's CPU and memory are shared with the index's reading.
	console.log(
		`share pages: ${shared.result.pages} pages from ${shared.result.documents} documents in ${shared.cost.wallSeconds.toFixed(3)} s`,
	);
	console.log(`search index: ${indexed.records} records, one per document`);
	console.log(`${costLabels.sideBySide} ${describeCost(both.cost)}`);
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
if (site === null)
	console.warn(`build: WARNING, no public address.\n${missingPublicAddressWarning}`);
