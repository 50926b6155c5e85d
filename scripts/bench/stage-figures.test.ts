import { describe, expect, it } from 'vitest';
import { figuresWithout, sequentialFigures, stageFiguresOf } from './stage-figures.ts';

describe('stageFiguresOf', () => {
	it('reads wall time, user plus system time and peak RSS in bytes from the last line of a run', () => {
		expect(stageFiguresOf('convert: 5 documents\nbench-time 2.30 1.60 1.19 601612\n')).toEqual({
			wallSeconds: 2.3,
			cpuSeconds: 2.79,
			peakRssBytes: 601612 * 1024,
		});
	});

	it('throws, quoting the output, when the run printed no figures', () => {
		expect(() => stageFiguresOf('Command terminated by signal 9')).toThrow(/signal 9/);
	});
});

describe('sequentialFigures', () => {
	it('adds times and keeps the largest peak', () => {
		expect(
			sequentialFigures([
				{ wallSeconds: 1.5, cpuSeconds: 2, peakRssBytes: 10 },
				{ wallSeconds: 2.25, cpuSeconds: 1, peakRssBytes: 30 },
			]),
		).toEqual({ wallSeconds: 3.75, cpuSeconds: 3, peakRssBytes: 30 });
	});
});

describe('figuresWithout', () => {
	it('subtracts a stage’s times and keeps the run’s peak', () => {
		expect(
			figuresWithout(
				{ wallSeconds: 10, cpuSeconds: 12, peakRssBytes: 50 },
				{ wallSeconds: 2.5, cpuSeconds: 3, peakRssBytes: 80 },
			),
		).toEqual({ wallSeconds: 7.5, cpuSeconds: 9, peakRssBytes: 50 });
	});
});
