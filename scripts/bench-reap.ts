/**
 * Preloaded by `npm run bench` (`node --import ./scripts/bench-reap.ts …`) into the build and the
 * index runs: Pagefind's Node API unrefs and kills its binary on close() without waiting for it, so
 * Node would exit before reaping it and GNU time would miss the binary's CPU time and memory. This
 * keeps the process alive until every child it spawned has been reaped. It changes no output.
 */
import childProcess, { type ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
const spawn = childProcess.spawn;

childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
	const child = spawn(...args);
	running.add(child);
	child.on('exit', () => running.delete(child));
	return child;
}) as typeof spawn;

process.on('beforeExit', () => {
	if (running.size === 0) return;
	const timer = setInterval(() => {
		if (running.size === 0) clearInterval(timer);
	}, 5);
});
