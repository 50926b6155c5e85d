/**
 * A worker thread of `writeSharePagesInWorker` (scripts/share-pages.ts): writes the share pages it
 * is asked for and answers with what it did, or with the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSharePages, type SharePagesRequest } from './share-pages.ts';

const port = parentPort;
if (port === null)
	throw new Error('share-pages-worker.ts runs as a worker thread of share-pages.ts');
const { siteDirectory, contentDirectory, site, outputDirectory, published } =
	workerData as SharePagesRequest;
try {
	const report = await writeSharePages(
		siteDirectory,
		contentDirectory,
		site === null ? null : new URL(site),
		{ outputDirectory, published: Promise.resolve(published) },
	);
	port.postMessage({ report });
} catch (error) {
	// An Error crosses to the main thread as a plain copy: its message, stack and cause are kept.
	port.postMessage({ error });
}
