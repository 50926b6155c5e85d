/**
 * Run in a worker thread by `corpus-facts.ts`: reads every model and works out the corpus's citation
 * index and its congress pages, while the render's own thread works out the agreed language.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { corpusFactsOf } from './corpus-facts.ts';
import { readModelFiles } from './model-files.ts';

const { contentDirectory } = workerData as { contentDirectory: string };
parentPort?.postMessage(corpusFactsOf([...(await readModelFiles(contentDirectory)).values()]));
