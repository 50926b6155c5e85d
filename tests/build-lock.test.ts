/**
 * The build lock: one Astro build at a time, and a lock left by a killed build does not block the next.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockProjectBuild } from '../scripts/build-lock.ts';

function lockFileIn(): string {
	return join(mkdtempSync(join(tmpdir(), 'build-lock-')), 'build.lock');
}

describe('lockProjectBuild', () => {
	it('makes a second build wait until the first releases the lock', async () => {
		const lockFile = lockFileIn();
		const events: string[] = [];
		const releaseFirst = await lockProjectBuild(lockFile);
		const second = lockProjectBuild(lockFile).then((release) => {
			events.push('second holds the lock');
			return release;
		});
		await new Promise((resolve) => setTimeout(resolve, 500));
		events.push('first releases');
		await releaseFirst();
		await (
			await second
		)();
		expect(events).toEqual(['first releases', 'second holds the lock']);
	});

	it('writes the holder’s pid and removes the lock on release', async () => {
		const lockFile = lockFileIn();
		const release = await lockProjectBuild(lockFile);
		expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
		await release();
		expect(existsSync(lockFile)).toBe(false);
	});

	it('takes over a lock whose holder is no longer running', async () => {
		const lockFile = lockFileIn();
		const finished = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
			encoding: 'utf8',
		});
		writeFileSync(lockFile, finished.stdout.trim());
		const release = await lockProjectBuild(lockFile);
		expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
		await release();
	});
});
