import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { heapLimitArgs } from './heap-limit.ts';

describe('heapLimitArgs', () => {
	it('gives a process three quarters of the machine’s memory, in MiB', () => {
		expect(heapLimitArgs(24 * 2 ** 30, '')).toEqual(['--max-old-space-size=18432']);
		expect(heapLimitArgs(8 * 2 ** 30, '--enable-source-maps')).toEqual([
			'--max-old-space-size=6144',
		]);
	});

	it('leaves a limit chosen in NODE_OPTIONS as it is', () => {
		expect(heapLimitArgs(24 * 2 ** 30, '--max-old-space-size=16384')).toEqual([]);
		expect(heapLimitArgs(24 * 2 ** 30, '--trace-gc --max_old_space_size=2048')).toEqual([]);
	});

	it('raises the limit Node would set by itself', () => {
		const limitMib = (args: string[]): number =>
			Number(
				execFileSync(process.execPath, [
					...args,
					'-e',
					'console.log(require("node:v8").getHeapStatistics().heap_size_limit / 2 ** 20)',
				]).toString(),
			);
		const [flag] = heapLimitArgs(64 * 2 ** 30, '');
		if (flag === undefined) throw new Error('no limit given');
		expect(limitMib([flag])).toBeGreaterThan(limitMib([]));
		expect(limitMib([flag])).toBeGreaterThanOrEqual(48 * 1024);
	});
});
