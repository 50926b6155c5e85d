/**
 * What a stage of the build cost, measured inside the build's own process, for stages that run
 * there (the share pages): the build prints it, and `npm run bench` reads it back as a figure of its own.
 */

/** Wall time, CPU time of this process, and its peak resident set so far. */
export interface StageCost {
	wallSeconds: number;
	cpuSeconds: number;
	/** The process's peak since it started: the stage's own when the process did nothing heavier before it. */
	peakRssBytes: number;
}

/** Runs `stage` and measures it. */
export async function measured<T>(
	stage: () => Promise<T>,
): Promise<{ result: T; cost: StageCost }> {
	const started = performance.now();
	const cpuBefore = process.cpuUsage();
	const result = await stage();
	const cpu = process.cpuUsage(cpuBefore);
	return {
		result,
		cost: {
			wallSeconds: Math.round(performance.now() - started) / 1000,
			cpuSeconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
			peakRssBytes: process.resourceUsage().maxRSS * 1024,
		},
	};
}

/**
 * The cost as the build prints it.
 * @example describeCost({ wallSeconds: 1.5, cpuSeconds: 1.25, peakRssBytes: 104857600 }) // '1.500 s wall, 1.250 s CPU, peak RSS 100.0 MiB'
 */
export function describeCost(cost: StageCost): string {
	return `${cost.wallSeconds.toFixed(3)} s wall, ${cost.cpuSeconds.toFixed(3)} s CPU, peak RSS ${(cost.peakRssBytes / 2 ** 20).toFixed(1)} MiB`;
}

/** The labels of the costs the build prints, which `npm run bench` reads back with `costIn`. */
export const costLabels = {
	astro: 'astro:',
	sideBySide: "share pages and search index, side by side (Pagefind's indexer apart):",
} as const;

/** The cost printed after `label` in a build's output, read back; throws if the output has none. */
export function costIn(output: string, label: string): StageCost {
	const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(
		`^${escaped}.*?([\\d.]+) s wall, ([\\d.]+) s CPU, peak RSS ([\\d.]+) MiB$`,
		'm',
	).exec(output);
	if (match === null) throw new Error(`no cost of "${label}" in: ${output.slice(-300)}`);
	const [, wall, cpu, rssMib] = match.map(Number);
	return {
		wallSeconds: wall ?? 0,
		cpuSeconds: cpu ?? 0,
		peakRssBytes: Math.round((rssMib ?? 0) * 2 ** 20),
	};
}
