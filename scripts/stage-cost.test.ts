import { describe, expect, it } from 'vitest';
import { costIn, costLabels, describeCost, measured } from './stage-cost.ts';

describe('describeCost and costIn', () => {
	it('reads back the cost the build printed after its label', () => {
		const cost = { wallSeconds: 12.345, cpuSeconds: 9.876, peakRssBytes: 150 * 2 ** 20 };
		const output = `search index: 10 records\nshare pages: 900 pages from 5 documents; ${describeCost(cost)}\nbuild: done`;
		expect(costIn(output, 'share pages:')).toEqual(cost);
	});

	it('reads back each labelled cost as the build prints it, a line of its own', () => {
		const cost = { wallSeconds: 2.5, cpuSeconds: 3.25, peakRssBytes: 64 * 2 ** 20 };
		for (const label of Object.values(costLabels))
			expect(costIn(`build: started\n${label} ${describeCost(cost)}\nbuild: done`, label)).toEqual(
				cost,
			);
	});

	it('throws when the output has no cost for the label', () => {
		expect(() => costIn('build: done', 'share pages:')).toThrow(/no cost of "share pages:"/);
	});
});

describe('measured', () => {
	it('returns the stage’s result with a wall time at least as long as the stage took', async () => {
		const { result, cost } = await measured(
			() => new Promise<string>((resolve) => setTimeout(() => resolve('done'), 50)),
		);
		expect(result).toBe('done');
		expect(cost.wallSeconds).toBeGreaterThanOrEqual(0.04);
		expect(cost.peakRssBytes).toBeGreaterThan(0);
	});
});
