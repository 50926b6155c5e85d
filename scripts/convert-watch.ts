/**
 * `node scripts/convert.ts --watch`: converts, then converts again whenever a seed changes, until
 * stopped. The records and the converter's code stay in memory between runs, so a one-seed edit
 * costs its own parse and write, not a start from nothing (see BENCHMARKS.md, "the re-convert").
 * The dev server runs it (src/integrations/seed-watcher.ts).
 */
import { watch } from 'node:fs';
import { converterVersion } from './content-io.ts';
import {
	convertOnce,
	recordsOnDisk,
	refusalLines,
	runSummary,
	saveRecords,
	type StartingRecords,
	warningLines,
} from './convert-run.ts';
import { ParseError } from '../src/lib/parse/error.ts';

// Editors save in steps (truncate then write, or write aside then rename): one run after the last.
const settleMilliseconds = 25;

/** What the converter says after each run, and when it stops on an error that is not the seeds'. */
export interface WatchOutput {
	report: (line: string) => void;
	warn: (line: string) => void;
	fail: (error: unknown) => void;
}

/**
 * Watches `seedsDirectory` and converts it into `contentDirectory` now and after every change. A
 * seed that does not parse is reported (`file:line: cause`) and the content stays as it was; the
 * next change is converted as usual. Returns a function that stops watching.
 */
export async function watchSeeds(
	seedsDirectory: string,
	contentDirectory: string,
	output: WatchOutput,
): Promise<() => void> {
	let records: StartingRecords = await recordsOnDisk(contentDirectory);
	// The code that runs is the code loaded now: its version is taken once, so that a source
	// changed meanwhile is not credited with what this process writes.
	const version = await converterVersion(records.stamps);

	async function convert(): Promise<void> {
		try {
			const run = await convertOnce(seedsDirectory, contentDirectory, records, version);
			warningLines(run).forEach(output.warn);
			output.report(runSummary(run));
			records = run.records;
			await saveRecords(contentDirectory, run.records);
		} catch (error) {
			if (!(error instanceof ParseError)) throw error;
			refusalLines(error).forEach(output.warn);
		}
	}

	// One run at a time; a change seen during a run brings one more run after it.
	let running: Promise<void> | null = null;
	let changedMeanwhile = false;
	function runUntilSettled(): Promise<void> {
		if (running !== null) {
			changedMeanwhile = true;
			return running;
		}
		running = (async () => {
			do {
				changedMeanwhile = false;
				await convert();
			} while (changedMeanwhile);
		})()
			.catch(output.fail)
			.finally(() => {
				running = null;
			});
		return running;
	}

	// Watching starts before the first run, so that an edit made during it is not missed.
	let timer: NodeJS.Timeout | undefined;
	const watcher = watch(seedsDirectory, () => {
		clearTimeout(timer);
		timer = setTimeout(() => void runUntilSettled(), settleMilliseconds);
	});
	watcher.on('error', output.fail);
	await runUntilSettled();
	return () => {
		clearTimeout(timer);
		watcher.close();
	};
}
