/**
 * A script whose awaited step never settles (as when Pagefind's binary is killed) still cleans up and
 * says so, instead of Node's bare exit code 13.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runModule(source: string): { status: number | null; stderr: string } {
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
		encoding: 'utf8',
	});
	return { status: run.status, stderr: run.stderr };
}

const importHandler = `import { onUnsettledExit } from ${JSON.stringify(new URL('../scripts/unsettled-exit.ts', import.meta.url).href)};`;

describe('onUnsettledExit', () => {
	it('cleans up when the script ends on an await that never settles', () => {
		const run = runModule(`${importHandler}
onUnsettledExit(() => console.error('cleaned up'));
await new Promise(() => {});`);
		expect(run.status).toBe(13);
		expect(run.stderr).toContain('cleaned up');
	});

	it('does nothing when the script finishes', () => {
		const run = runModule(`${importHandler}
onUnsettledExit(() => console.error('cleaned up'));
await Promise.resolve();`);
		expect(run.status).toBe(0);
		expect(run.stderr).not.toContain('cleaned up');
	});
});
