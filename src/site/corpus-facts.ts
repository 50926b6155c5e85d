/**
 * What pages ask of the whole corpus besides its agreed language: who cites what (the "Cited by"
 * lists, `/references/`, the Akoma Ntoso) and the congress pages. A build works them out once, in a
 * worker thread, while this thread works out the agreed language (each starts the other: see
 * `agreed-language.ts`, `citations.ts`, `congresses.ts`): they take the machine's other core. The
 * worker then makes each document's Akoma Ntoso, which the render's thread only writes. The dev
 * server works all of it out here.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { aknXml } from '../lib/emit/akn.ts';
import { linksInCorpus } from '../lib/link/links.ts';
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

/** What the worker sends: the facts first, then each document's Akoma Ntoso or its error. */
export type FactsMessage =
	| { kind: 'facts'; facts: CorpusFacts }
	| { kind: 'akn'; symbol: string; xml: string }
	| { kind: 'akn-failed'; symbol: string; error: unknown };

type AknAnswer = { xml: string } | { error: unknown };

// The worker runs from the sources: Astro's bundle of this module lives elsewhere, and Node runs
// TypeScript without it. Builds run from the project's root, as content/ is read from it.
const workerFile = join(process.cwd(), 'src', 'site', 'corpus-facts-worker.ts');

function xmlOf(answer: AknAnswer): string {
	if ('xml' in answer) return answer.xml;
	throw answer.error instanceof Error ? answer.error : new Error(String(answer.error));
}

/** The worker's facts, and each document's Akoma Ntoso as it comes: asked once each, then let go. */
function factsInWorker(): {
	facts: Promise<CorpusFacts>;
	akn: (symbol: string) => Promise<string>;
} {
	const worker = new Worker(workerFile, {
		workerData: { contentDirectory, site: import.meta.env.SITE ?? null },
	});
	const arrived = new Map<string, AknAnswer>();
	const waiting = new Map<string, (answer: AknAnswer) => void>();
	let stopped: Error | null = null;
	let answerFacts: ((facts: CorpusFacts) => void) | undefined;
	let refuseFacts: ((error: Error) => void) | undefined;
	const facts = new Promise<CorpusFacts>((resolve, reject) => {
		answerFacts = resolve;
		refuseFacts = reject;
	});
	// A build that asks only for Akoma Ntoso leaves the facts unawaited: their failure is the
	// routes' to report, not an unhandled rejection that ends the process first.
	facts.catch(() => undefined);
	const stop = (error: Error): void => {
		stopped ??= error;
		refuseFacts?.(stopped);
		for (const answer of waiting.values()) answer({ error: stopped });
		waiting.clear();
	};
	worker.on('message', (message: FactsMessage) => {
		if (message.kind === 'facts') {
			answerFacts?.(message.facts);
			return;
		}
		const answer = message.kind === 'akn' ? { xml: message.xml } : { error: message.error };
		const asked = waiting.get(message.symbol);
		waiting.delete(message.symbol);
		if (asked === undefined) arrived.set(message.symbol, answer);
		else asked(answer);
	});
	worker.once('error', stop);
	worker.once('exit', (code) => {
		stop(new Error(`${workerFile} stopped with exit code ${String(code)} before it answered`));
	});
	const akn = async (symbol: string): Promise<string> => {
		const answer = arrived.get(symbol);
		arrived.delete(symbol);
		if (answer !== undefined) return xmlOf(answer);
		if (stopped !== null)
			throw new Error(`no Akoma Ntoso of ${symbol} came from ${workerFile}`, { cause: stopped });
		return xmlOf(await new Promise<AknAnswer>((resolve) => waiting.set(symbol, resolve)));
	};
	return { facts, akn };
}

/** The facts of `documents`: what the worker works out, and the dev server here. */
export function corpusFactsOf(documents: readonly UnDocument[]): CorpusFacts {
	return { citations: citationIndexOf(documents), congresses: congressPagesOf(documents) };
}

async function factsHere(): Promise<CorpusFacts> {
	return corpusFactsOf([...(await readModelFiles(contentDirectory)).values()]);
}

const worker = once(() => Promise.resolve(factsInWorker()));

/** The corpus's facts: worked out once a build, again for each page of the dev server. */
export async function corpusFacts(): Promise<CorpusFacts> {
	return import.meta.env.DEV ? factsHere() : (await worker()).facts;
}

/**
 * A document's Akoma Ntoso (`aknXml`) for the site at `site`: the worker's, made with the build's
 * own public address, or made here by the dev server.
 */
export async function corpusAkn(document: UnDocument, site: URL | null): Promise<string> {
	const buildSite = import.meta.env.SITE === undefined ? null : new URL(import.meta.env.SITE).href;
	if (!import.meta.env.DEV && (site?.href ?? null) === buildSite)
		return (await worker()).akn(document.meta.symbol);
	const { citations } = await corpusFacts();
	return aknXml(document, { linksIn: linksInCorpus(citations.corpus), site });
}
