import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/lib/parse/seed.ts';
import { readableExtractions, realCorpusDirectory, symbolOfExtraction } from './real-corpus.ts';

function version(name: string): number[] {
	return (/\.v([\d.]+)\.(md|txt)$/.exec(name)?.[1] ?? '').split('.').map(Number);
}

function newer(a: string, b: string): boolean {
	const [x, y] = [version(a), version(b)];
	for (let i = 0; i < Math.max(x.length, y.length); i++)
		if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
	return false;
}

function accepted(name: string): boolean {
	const file = join(realCorpusDirectory, name);
	try {
		parseSeed({ file, text: readFileSync(file, 'utf8'), sidecar: null });
		return true;
	} catch {
		return false;
	}
}

describe('the real resolutions the benchmark mixes in', () => {
	const files = readdirSync(realCorpusDirectory).filter((name) => name !== 'README.md');
	const chosen = readableExtractions();

	it('names an extraction by the symbol in its file name', () => {
		expect(symbolOfExtraction('A_RES_80_13.v1.3.0.md')).toBe('A/RES/80/13');
	});

	it('are one extraction per resolution, each read by the parser, in symbol order', () => {
		const symbols = chosen.map((extraction) => extraction.symbol);
		expect(new Set(symbols).size).toBe(symbols.length);
		expect(chosen.every((extraction) => accepted(extraction.name))).toBe(true);
		expect(symbols).toEqual(
			[...symbols].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
		);
	});

	it('take the newest extraction the parser reads, and leave out only resolutions it reads in none', () => {
		for (const extraction of chosen) {
			const siblings = files.filter(
				(name) => symbolOfExtraction(name) === symbolOfExtraction(extraction.name),
			);
			expect(siblings.filter((name) => newer(name, extraction.name) && accepted(name))).toEqual([]);
		}
		const chosenFiles = new Set(chosen.map((extraction) => symbolOfExtraction(extraction.name)));
		const leftOut = [...new Set(files.map(symbolOfExtraction))].filter((s) => !chosenFiles.has(s));
		for (const symbol of leftOut)
			expect(files.filter((name) => symbolOfExtraction(name) === symbol).some(accepted)).toBe(
				false,
			);
	});
});
