/**
 * One Astro build at a time in a project. Whatever the output directory, Astro writes the modules of
 * the content collections into `.astro/` and its data store into its cache, so two builds at once
 * (the tests build sites from different content directories side by side) would overwrite each other's.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Waits until no other build of this project runs, then holds the lock; call the result to release it. */
export async function lockProjectBuild(
	lockFile = '.astro/build.lock',
): Promise<() => Promise<void>> {
	await mkdir(dirname(lockFile), { recursive: true });
	for (;;) {
		try {
			const handle = await open(lockFile, 'wx');
			await handle.writeFile(String(process.pid));
			await handle.close();
			return () => rm(lockFile, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = Number(await readFile(lockFile, 'utf8').catch(() => ''));
		// A build that was killed leaves its lock behind; a lock still being written has no pid yet.
		if (Number.isInteger(holder) && holder > 0 && !isRunning(holder))
			await rm(lockFile, { force: true });
		else await sleep(200);
	}
}
