/**
 * The converter started with `--watch`, as the dev server starts it, read line by line: for the
 * benchmark, which times an edit from the seed's write to the converter's report, and for its tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A converter watching a seeds directory. */
export interface WatchingConverter {
	/** The report of its first run, before any edit. */
	firstReport: string;
	/** The next line it prints on stdout: the report of the next run. */
	nextReport: () => Promise<string>;
	/** What it has printed on stderr so far (warnings, refusals). */
	stderr: () => string;
	/** Stops it and waits for it to exit; its exit code. */
	stop: () => Promise<number | null>;
}

const watchingLine = /^convert: watching /;

/** Starts `node scripts/convert.ts --watch SEEDS CONTENT` and waits until it watches. */
export async function startWatchingConverter(
	seeds: string,
	content: string,
	env: Record<string, string> = {},
): Promise<WatchingConverter> {
	const child: ChildProcess = spawn(
		process.execPath,
		['scripts/convert.ts', '--watch', seeds, content],
		{ env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
	);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	// One promise for every wait: it rejects once, when the converter exits, and is handled here.
	const gone = exited.then((code) => {
		throw new Error(`the watching converter exited (${code}):\n${stderr.slice(-3000)}`);
	});
	gone.catch(() => undefined);
	const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
	const nextReport = async (): Promise<string> => {
		const line = await Promise.race([lines.next(), gone]);
		if (line.done === true) throw new Error(`the watching converter stopped:\n${stderr}`);
		return line.value;
	};
	const firstReport = await nextReport();
	const watching = await nextReport();
	if (!watchingLine.test(watching)) throw new Error(`not watching: ${watching}`);
	return {
		firstReport,
		nextReport,
		stderr: () => stderr,
		stop: async () => {
			if (child.connected) child.disconnect();
			return exited;
		},
	};
}
