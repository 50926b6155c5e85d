/**
 * What one stage of the pipeline cost, as GNU time reports it for a child process.
 */

/** Wall time, CPU time (user + system, the child and the processes it waited for) and peak RSS. */
export interface StageFigures {
	wallSeconds: number;
	cpuSeconds: number;
	/** The resident set of the largest single process of the stage, not a sum. */
	peakRssBytes: number;
}

/** The format handed to `/usr/bin/time -f`: elapsed, user and system seconds, peak RSS in KiB. */
export const timeFormat = 'bench-time %e %U %S %M';

/**
 * The figures in GNU time's output for `timeFormat`; throws if the output holds none.
 * @example stageFiguresOf('bench-time 2.30 1.60 1.19 601612') // { wallSeconds: 2.3, cpuSeconds: 2.79, peakRssBytes: 616050688 }
 */
export function stageFiguresOf(output: string): StageFigures {
	const match = /^bench-time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/m.exec(output);
	if (match === null) throw new Error(`no figures in the output of time: ${output.slice(-300)}`);
	const [, wall, user, system, rssKib] = match.map(Number);
	return {
		wallSeconds: wall ?? 0,
		cpuSeconds: Math.round(((user ?? 0) + (system ?? 0)) * 100) / 100,
		peakRssBytes: (rssKib ?? 0) * 1024,
	};
}

/** Figures of stages run one after another: times add up, the peak is the largest. */
export function sequentialFigures(stages: readonly StageFigures[]): StageFigures {
	return {
		wallSeconds: Math.round(stages.reduce((sum, stage) => sum + stage.wallSeconds, 0) * 100) / 100,
		cpuSeconds: Math.round(stages.reduce((sum, stage) => sum + stage.cpuSeconds, 0) * 100) / 100,
		peakRssBytes: Math.max(0, ...stages.map((stage) => stage.peakRssBytes)),
	};
}

/** What is left of a run after one of its stages: times subtract, the peak stays the run's. */
export function figuresWithout(run: StageFigures, stage: StageFigures): StageFigures {
	return {
		wallSeconds: Math.round((run.wallSeconds - stage.wallSeconds) * 100) / 100,
		cpuSeconds: Math.round((run.cpuSeconds - stage.cpuSeconds) * 100) / 100,
		peakRssBytes: run.peakRssBytes,
	};
}
