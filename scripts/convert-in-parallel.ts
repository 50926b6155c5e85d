/**
 * `convertCorpus` on every core: the seeds are parsed, and the documents' files made, by worker
 * threads (`convert-worker.ts`), while this thread decides what the corpus as a whole decides
 * (`src/lib/emit/convert.ts`: symbols, links, which files stand) and hands the files to the sink.
 * Both passes are per document, and a model stays in the worker that parsed it; the result is the
 * one `convertCorpus` gives, in the seeds' order, and a bad seed stops the run with the same error.
 * A run with little to do does it on this thread: a worker costs its start.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type {
	ConvertCache,
	ConvertedCorpus,
	EmittedDocument,
	EmittedSummary,
	FileSink,
	SeedJob,
	SeedSource,
	SeedState,
} from '../src/lib/emit/convert.ts';
import {
	convertPlanOf,
	convertedCorpusOf,
	deliverTo,
	emitHere,
	parseSeedNow,
	seedJobsOf,
	seedStatesFrom,
} from '../src/lib/emit/convert.ts';
import type { ParseSummary } from '../src/lib/emit/convert-cache.ts';
import { ParseError } from '../src/lib/parse/error.ts';
import type { SeedFile } from '../src/lib/parse/seed.ts';

/** An error thrown in a worker, as it crosses to this thread: a ParseError keeps its file and line. */
export type Failure =
	| { parseError: { file: string; line: number; reason: string } }
	| { message: string; stack: string | undefined };

/** A document whose files a worker makes: a model this thread holds is sent; its seed, when no thread holds it. */
export interface EmitJob {
	index: number;
	file: string;
	model: string | null;
	seed: SeedFile | null;
}

/** What a worker is asked: to parse seeds, or to make documents' files. */
export type WorkerRequest =
	| { kind: 'parse'; seeds: { index: number; seed: SeedFile }[] }
	| {
			kind: 'emit';
			/** Every seed's parse summary, with a worker's first batch: what linking knows of the corpus. */
			summaries: ParseSummary[] | null;
			jobs: EmitJob[];
	  };

/** What a worker answers: a batch's parses; or each document's files of a batch, then done (or failed). */
export type WorkerReply =
	| {
			kind: 'parsed';
			results: ({ index: number; parsed: ParseSummary } | { index: number; failure: Failure })[];
	  }
	| { kind: 'emitted'; index: number; emitted: EmittedDocument }
	| { kind: 'done' }
	| { kind: 'failed'; failure: Failure };

/** An error as it can cross threads. */
export function failureOf(error: unknown): Failure {
	if (error instanceof ParseError)
		return { parseError: { file: error.file, line: error.line, reason: error.reason } };
	return error instanceof Error
		? { message: error.message, stack: error.stack }
		: { message: String(error), stack: undefined };
}

/** The error a worker threw, as this thread throws it. */
export function errorOf(failure: Failure): Error {
	if ('parseError' in failure) {
		const { file, line, reason } = failure.parseError;
		return new ParseError(file, line, reason);
	}
	const error = new Error(failure.message);
	if (failure.stack !== undefined) error.stack = failure.stack;
	return error;
}

/** How the work is shared: how many workers, and below how many documents a pass stays here. */
export interface Sharing {
	threads: number;
	minimumForWorkers: number;
}

// Below this a pass takes less than starting the workers, which load the converter each: the five
// seeds took 0.66 s with two workers and 0.14 s on this thread. Editing one seed parses one seed
// and makes the files of a few documents.
const defaultSharing: Sharing = { threads: availableParallelism(), minimumForWorkers: 64 };

// Seeds go out in batches as workers free up: documents differ in length by a hundredfold. Their
// files are asked for in batches too, so that the seeds and models on their way are a few, not the corpus.
const batchSize = 16;

const workerFile = new URL('./convert-worker.ts', import.meta.url);

/** A worker answering one request at a time: each reply is handed to `onReply` until it says it is done. */
class ConvertWorker {
	readonly #worker = new Worker(workerFile);
	#pending: { onReply: (reply: WorkerReply) => boolean; reject: (error: Error) => void } | null =
		null;

	constructor() {
		this.#worker.on('message', (reply: WorkerReply) => {
			const pending = this.#pending;
			if (pending === null) return;
			try {
				if (reply.kind === 'failed') throw errorOf(reply.failure);
				if (pending.onReply(reply)) this.#pending = null;
			} catch (error) {
				this.#pending = null;
				pending.reject(error instanceof Error ? error : new Error(String(error)));
			}
		});
		const stop = (error: Error): void => {
			this.#pending?.reject(error);
			this.#pending = null;
		};
		this.#worker.on('error', stop);
		this.#worker.on('exit', (code) => {
			stop(new Error(`${workerFile.pathname} stopped with exit code ${String(code)}`));
		});
	}

	/** Sends `request`; settles once `onReply` returns true for a reply (its last). */
	ask(request: WorkerRequest, onReply: (reply: WorkerReply) => boolean): Promise<void> {
		return new Promise((resolve, reject) => {
			this.#pending = {
				onReply: (reply) => {
					const last = onReply(reply);
					if (last) resolve();
					return last;
				},
				reject,
			};
			this.#worker.postMessage(request);
		});
	}

	async stop(): Promise<void> {
		this.#worker.removeAllListeners('exit');
		await this.#worker.terminate();
	}
}

type ParseResult = { parsed: ParseSummary } | { failure: Failure };

/**
 * Parses the seeds not remembered, in batches handed to whichever worker is free, until every seed
 * is parsed or a batch failed (the seeds before it in order are parsed by then: batches go out in order).
 */
async function parseInWorkers(
	jobs: readonly SeedJob[],
	workers: readonly ConvertWorker[],
): Promise<{ results: Map<number, ParseResult>; holder: Map<number, number> }> {
	const queue = jobs.flatMap((job, index) => (job.remembered === null ? [index] : []));
	const results = new Map<number, ParseResult>();
	const holder = new Map<number, number>();
	let failed = false;
	await Promise.all(
		workers.map(async (worker, position) => {
			while (queue.length > 0 && !failed) {
				const seeds = queue
					.splice(0, batchSize)
					.map((index) => ({ index, seed: (jobs[index] as SeedJob).seed.read() }));
				await worker.ask({ kind: 'parse', seeds }, (reply) => {
					if (reply.kind !== 'parsed') throw new Error(`a parse was answered with ${reply.kind}`);
					for (const result of reply.results) {
						results.set(result.index, result);
						if ('failure' in result) failed = true;
						else holder.set(result.index, position);
					}
					return true;
				});
			}
		}),
	);
	return { results, holder };
}

/**
 * `convertCorpus(seeds, cache, sink)` with its two passes shared among worker threads: the same
 * files, manifest, counts and warnings, or the same error.
 */
export async function convertCorpusInParallel(
	seeds: readonly (SeedFile | SeedSource)[],
	cache: ConvertCache,
	sink?: FileSink,
	sharing: Sharing = defaultSharing,
): Promise<ConvertedCorpus> {
	const jobs = seedJobsOf(seeds, cache);
	const inWorkers = (count: number): boolean =>
		sharing.threads > 1 && count >= sharing.minimumForWorkers;
	let workers: ConvertWorker[] = [];
	const startedWorkers = (): ConvertWorker[] => {
		if (workers.length === 0)
			workers = Array.from({ length: sharing.threads }, () => new ConvertWorker());
		return workers;
	};
	try {
		const toParse = jobs.filter((job) => job.remembered === null).length;
		const { results, holder } = inWorkers(toParse)
			? await parseInWorkers(jobs, startedWorkers())
			: { results: new Map<number, ParseResult>(), holder: new Map<number, number>() };
		const states = seedStatesFrom(jobs, (index) => {
			const result = results.get(index);
			if (result === undefined) return parseSeedNow((jobs[index] as SeedJob).seed.read());
			if ('failure' in result) throw errorOf(result.failure);
			return { parsed: result.parsed, model: null };
		});
		const plan = convertPlanOf(states, cache);
		const files = new Map<string, string>();
		const deliver = deliverTo(sink, files);
		const toEmit = states.flatMap((_, index) => (plan.previous[index] === null ? [index] : []));
		if (!inWorkers(toEmit.length))
			return convertedCorpusOf(states, plan, emitHere(states, plan, deliver), files);
		const emitted = new Map<number, EmittedSummary>();
		// Each document goes to the worker holding its model; one whose model no worker holds, to
		// the next worker in turn, with its model or its seed, read when its batch goes out.
		const pool = startedWorkers();
		const indicesOf = pool.map((): number[] => []);
		toEmit.forEach((index, turn) => {
			indicesOf[holder.get(index) ?? turn % pool.length]?.push(index);
		});
		const jobOf = (index: number): EmitJob => {
			const state = states[index] as SeedState;
			const held = holder.has(index);
			const job = {
				index,
				file: state.seed.file,
				model: held ? null : state.model,
				seed: held || state.model !== null ? null : state.seed.read(),
			};
			state.model = null;
			return job;
		};
		const summaries = states.map(({ parsed }) => parsed);
		await Promise.all(
			pool.map(async (worker, position) => {
				const indices = indicesOf[position] ?? [];
				for (let from = 0; from < indices.length; from += batchSize) {
					const jobs = indices.slice(from, from + batchSize).map(jobOf);
					await worker.ask(
						{ kind: 'emit', summaries: from === 0 ? summaries : null, jobs },
						(reply) => {
							if (reply.kind === 'done') return true;
							if (reply.kind !== 'emitted')
								throw new Error(`an emit was answered with ${reply.kind}`);
							emitted.set(reply.index, deliver(reply.emitted));
							return false;
						},
					);
				}
			}),
		);
		return convertedCorpusOf(states, plan, emitted, files);
	} finally {
		await Promise.all(workers.map((worker) => worker.stop()));
	}
}
