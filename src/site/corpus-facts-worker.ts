/**
 * Run in a worker thread by `corpus-facts.ts`: reads every model and works out the corpus's citation
 * index and its congress pages, while the render's own thread works out the agreed language; then
 * makes each document's Akoma Ntoso from what it holds, which the render's thread would otherwise
 * make while this one waited idle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { aknXml } from '../lib/emit/akn.ts';
import { linksInCorpus } from '../lib/link/links.ts';
import { corpusFactsOf, type FactsMessage } from './corpus-facts.ts';
import { readModelFiles } from './model-files.ts';

const { contentDirectory, site } = workerData as { contentDirectory: string; site: string | null };
const port = parentPort;
if (port === null)
	throw new Error('corpus-facts-worker.ts runs as a worker thread of corpus-facts.ts');
const send = (message: FactsMessage): void => {
	port.postMessage(message);
};
const documents = [...(await readModelFiles(contentDirectory)).values()];
const facts = corpusFactsOf(documents);
send({ kind: 'facts', facts });
const options = {
	linksIn: linksInCorpus(facts.citations.corpus),
	site: site === null ? null : new URL(site),
};
for (const document of documents) {
	const { symbol } = document.meta;
	try {
		send({ kind: 'akn', symbol, xml: aknXml(document, options) });
	} catch (error) {
		// The route asking for it fails with this error, naming the document, as it would have.
		send({ kind: 'akn-failed', symbol, error });
	}
}
