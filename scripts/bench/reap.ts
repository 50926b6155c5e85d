/**
 * Preloaded by `npm run bench` (`node --import ./scripts/bench/reap.ts …`) into the build and the
 * index runs: Pagefind's Node API unrefs and kills its binary on close() without waiting for it, so
 * Node would exit before reaping it and GNU time would miss the binary's CPU time and memory. This
 * keeps the process alive until every child it has killed has been reaped (children it never
 * killed, such as esbuild's service, end with it as before). It changes no output.
 */
import childProcess, { type ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
// A child that outlives its kill signal must not hang the run.
const longestWaitMs = 10_000;
const spawn = childProcess.spawn;

childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
	const child = spawn(...args);
	running.add(child);
	child.on('exit', () => running.delete(child));
	return child;
}) as typeof spawn;

const killedAndRunning = (): ChildProcess[] => [...running].filter((child) => child.killed);

let waited = false;
process.on('beforeExit', () => {
	if (waited || killedAndRunning().length === 0) return;
	waited = true;
	const started = Date.now();
	const timer = setInterval(() => {
		if (killedAndRunning().length === 0 || Date.now() - started > longestWaitMs)
			clearInterval(timer);
	}, 5);
});
