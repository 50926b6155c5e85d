/**
 * What pages ask of the whole corpus besides its agreed language: who cites what (the "Cited by"
 * lists, `/references/`, the Akoma Ntoso) and the congress pages. A build works them out once, in a
 * worker thread, while this thread works out the agreed language (each starts the other: see
 * `agreed-language.ts`, `citations.ts`, `congresses.ts`): they take the machine's other core. The
 * dev server works them out here.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { citationIndexOf } from '../lib/link/pages.ts';
import type { UnDocument } from '../lib/model.ts';
import { type CongressPageData, congressPagesOf } from '../lib/timeline/pages.ts';
import { contentDirectory } from './content-directory.ts';
import { readModelFiles } from './model-files.ts';
import { once } from './once.ts';

/** The corpus's facts, as the worker sends them (plain data, maps and sets). */
export interface CorpusFacts {
	citations: ReturnType<typeof citationIndexOf>;
	congresses: CongressPageData[];
}

// The worker runs from the sources: Astro's bundle of this module lives elsewhere, and Node runs
// TypeScript without it. Builds run from the project's root, as content/ is read from it.
const workerFile = join(process.cwd(), 'src', 'site', 'corpus-facts-worker.ts');

function factsInWorker(): Promise<CorpusFacts> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(workerFile, { workerData: { contentDirectory } });
		worker.once('message', (facts: CorpusFacts) => {
			resolve(facts);
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			reject(new Error(`${workerFile} stopped with exit code ${String(code)} before it answered`));
		});
	});
}

/** The facts of `documents`: what the worker works out, and the dev server here. */
export function corpusFactsOf(documents: readonly UnDocument[]): CorpusFacts {
	return { citations: citationIndexOf(documents), congresses: congressPagesOf(documents) };
}

async function factsHere(): Promise<CorpusFacts> {
	return corpusFactsOf([...(await readModelFiles(contentDirectory)).values()]);
}

const factsOnce = once(factsInWorker);

/** The corpus's facts: worked out once a build, again for each page of the dev server. */
export function corpusFacts(): Promise<CorpusFacts> {
	return import.meta.env.DEV ? factsHere() : factsOnce();
}
