/**
 * A worker thread of `convert-in-parallel.ts`: parses the seeds it is sent and keeps their models,
 * then makes the files of the documents it is sent, from the models it kept, sent or parsed again.
 */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';

// As in convert.ts: the converter's modules stay compiled between runs, for each worker too.
enableCompileCache(new URL('../node_modules/.cache/node-compile', import.meta.url).pathname);
const { corpusOf, emitDocument, parseSeedNow } = await import('../src/lib/emit/convert.ts');
const { parseSeed } = await import('../src/lib/parse/seed.ts');
const { failureOf } = await import('./convert-in-parallel.ts');
type Request = import('./convert-in-parallel.ts').WorkerRequest;
type Reply = import('./convert-in-parallel.ts').WorkerReply;
type UnDocument = import('../src/lib/model.ts').UnDocument;

const port = parentPort;
if (port === null)
	throw new Error('convert-worker.ts runs as a worker thread of convert-in-parallel.ts');
const reply = (message: Reply): void => {
	port.postMessage(message);
};
// Each model stays here from its parse to its files, as compact JSON: it never crosses threads.
const models = new Map<number, string>();
// What linking knows of the corpus, sent with the first batch of files to make.
let corpus: ReturnType<typeof corpusOf> | null = null;

port.on('message', (request: Request) => {
	if (request.kind === 'parse') {
		const results = request.seeds.map(({ index, seed }) => {
			try {
				const { parsed, model } = parseSeedNow(seed);
				models.set(index, model);
				return { index, parsed };
			} catch (error) {
				return { index, failure: failureOf(error) };
			}
		});
		reply({ kind: 'parsed', results });
		return;
	}
	if (request.summaries !== null) corpus = corpusOf(request.summaries);
	if (corpus === null) {
		reply({
			kind: 'failed',
			failure: failureOf(new Error('files were asked for before the corpus')),
		});
		return;
	}
	for (const { index, file, model, seed } of request.jobs) {
		try {
			const json = models.get(index) ?? model;
			models.delete(index);
			const document =
				json !== null ? (JSON.parse(json) as UnDocument) : parseSeed(seed ?? never(file)).document;
			reply({ kind: 'emitted', index, emitted: emitDocument(document, file, corpus) });
		} catch (error) {
			reply({ kind: 'failed', failure: failureOf(error) });
			return;
		}
	}
	reply({ kind: 'done' });
});

function never(file: string): never {
	throw new Error(`${file}: sent with neither its model nor its seed`);
}
