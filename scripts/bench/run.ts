/**
 * Running one stage of the pipeline as a child process under GNU time, for `npm run bench`.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { heapLimitArgs } from '../heap-limit.ts';
import { stageFiguresOf, timeFormat, type StageFigures } from './stage-figures.ts';

const run = promisify(execFile);

/** A finished stage: what it cost and what it printed. */
export interface TimedRun {
	figures: StageFigures;
	stdout: string;
}

/**
 * Runs `node args…` (or another command) under `/usr/bin/time`; throws with the child's stderr if it fails.
 * GNU time's peak RSS is that of the largest process of the stage, Pagefind's binary included.
 */
export async function timed(
	command: string,
	args: readonly string[],
	env: Record<string, string> = {},
): Promise<TimedRun> {
	const timeFile = `bench-results/.time-${process.pid}`;
	try {
		const { stdout } = await run(
			'/usr/bin/time',
			['-f', timeFormat, '-o', timeFile, command, ...args],
			{
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
				maxBuffer: 256 * 1024 * 1024,
			},
		);
		return { figures: stageFiguresOf(await readFile(timeFile, 'utf8')), stdout };
	} catch (error) {
		const failure = error as { stderr?: string };
		throw new Error(`${command} ${args.join(' ')} failed:\n${failure.stderr?.slice(-3000) ?? ''}`, {
			cause: error,
		});
	} finally {
		await rm(timeFile, { force: true });
	}
}

/** Runs a Node script of this project under time, with the heap a build's process is given. */
export function timedNode(
	args: readonly string[],
	env: Record<string, string> = {},
): Promise<TimedRun> {
	return timed(process.execPath, [...heapLimitArgs(), ...args], env);
}
