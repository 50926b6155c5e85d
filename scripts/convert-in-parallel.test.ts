import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHashOf } from '../src/lib/emit/convert-cache.ts';
import { type ConvertCache, type ConvertedCorpus, convertCorpus } from '../src/lib/emit/convert.ts';
import { ParseError } from '../src/lib/parse/error.ts';
import type { SeedFile } from '../src/lib/parse/seed.ts';
import { generateCorpus } from './bench/corpus/corpus.ts';
import { readableExtractions, realCorpusDirectory } from './bench/real-corpus.ts';
import { readSeeds } from './content-io.ts';
import { convertCorpusInParallel, type Sharing } from './convert-in-parallel.ts';

// Workers for any pass, however small: what the converter does for a large corpus.
const inWorkers: Sharing = { threads: 2, minimumForWorkers: 1 };
const onThisThread: Sharing = { threads: 2, minimumForWorkers: Number.POSITIVE_INFINITY };

let seeds: SeedFile[] = [];
beforeAll(async () => {
	const generated = generateCorpus(12, 3).map((seed): SeedFile => ({
		file: seed.name,
		text: seed.text,
		sidecar: seed.sidecar === null ? null : { file: seed.sidecar.name, text: seed.sidecar.text },
	}));
	const real = readableExtractions().map(({ name }): SeedFile => {
		const file = join(realCorpusDirectory, name);
		return { file, text: readFileSync(file, 'utf8'), sidecar: null };
	});
	// The real extractions among the generated ones, so that each worker gets both.
	seeds = [
		...(await readSeeds('seeds')),
		...generated.flatMap((seed, index) => [seed, ...real.slice(index * 2, index * 2 + 2)]),
	];
});

const firstRun: ConvertCache = { converterVersion: 'v1', manifest: null, contentHashes: new Map() };

/** What a run gives, its files as the sink received them, in the order it received them. */
async function inParallel(
	run: readonly SeedFile[],
	cache: ConvertCache,
	sharing: Sharing,
): Promise<{ converted: ConvertedCorpus; sunk: Map<string, string> }> {
	const sunk = new Map<string, string>();
	const converted = await convertCorpusInParallel(
		run,
		cache,
		(name, text, hash) => {
			expect(hash).toBe(contentHashOf(text));
			sunk.set(name, text);
		},
		sharing,
	);
	return { converted, sunk };
}

/** The cache a second run reads after `converted` was written into an empty directory. */
const cacheAfter = (
	converted: ConvertedCorpus,
	files: ReadonlyMap<string, string>,
): ConvertCache => ({
	converterVersion: 'v1',
	manifest: converted.manifest,
	contentHashes: new Map([...files].map(([name, text]) => [name, contentHashOf(text)])),
});

/** What `run` throws or rejects with, or null. */
async function errorOf(run: () => unknown): Promise<unknown> {
	try {
		await run();
	} catch (error) {
		return error;
	}
	return null;
}

describe('convertCorpusInParallel', () => {
	it("makes the files, manifest, counts and warnings convertCorpus makes, in the seeds' order", async () => {
		const alone = convertCorpus(seeds, firstRun);
		const { converted, sunk } = await inParallel(seeds, firstRun, inWorkers);
		expect(alone.documents).toBe(seeds.length);
		expect(alone.warnings.length).toBeGreaterThan(0);
		expect(new Map([...sunk].sort())).toEqual(new Map([...alone.files].sort()));
		expect({ ...converted, files: null }).toEqual({ ...alone, files: null });
		expect(JSON.stringify(converted.manifest)).toBe(JSON.stringify(alone.manifest));
	});

	it('gives the same result on this thread when the work is small', async () => {
		const alone = convertCorpus(seeds, firstRun);
		const { converted, sunk } = await inParallel(seeds, firstRun, onThisThread);
		expect(new Map([...sunk].sort())).toEqual(new Map([...alone.files].sort()));
		expect({ ...converted, files: null }).toEqual({ ...alone, files: null });
	});

	it('makes again, from their seeds, the files of documents parsed on an earlier run', async () => {
		// A document added changes what linking knows of the corpus: every document's files are
		// made again, and only the new seed is parsed now.
		const earlier = seeds.slice(0, -1);
		const first = convertCorpus(earlier, firstRun);
		const alone = convertCorpus(seeds, cacheAfter(first, first.files));
		const { converted } = await inParallel(seeds, cacheAfter(first, first.files), inWorkers);
		expect(alone.reused).toBe(0);
		expect(alone.parsed).toBe(seeds.length);
		expect({ ...converted, files: null }).toEqual({ ...alone, files: null });
	});

	it('refuses a bad seed with the error convertCorpus gives, a ParseError naming its file and line', async () => {
		const broken = seeds.map((seed, index) =>
			index === 17 ? { ...seed, text: seed.text.replace(/\n\s*1\.\s/, '\n\t3.\t') } : seed,
		);
		const alone = await errorOf(() => convertCorpus(broken, firstRun));
		const parallel = await errorOf(() => inParallel(broken, firstRun, inWorkers));
		expect(alone).toBeInstanceOf(ParseError);
		expect(parallel).toBeInstanceOf(ParseError);
		expect(String(parallel)).toBe(String(alone));
	});

	it('refuses a symbol two seeds print, naming the later seed, as convertCorpus does', async () => {
		const copy = seeds[3];
		if (copy === undefined) throw new Error('too few seeds');
		const twice = [...seeds.slice(0, 20), { ...copy, file: 'seeds/copy.txt' }, ...seeds.slice(20)];
		const alone = await errorOf(() => convertCorpus(twice, firstRun));
		const parallel = await errorOf(() => inParallel(twice, firstRun, inWorkers));
		expect(String(alone)).toMatch(
			/^ParseError: seeds\/copy\.txt:\d+: symbol .* is already the symbol of /,
		);
		expect(String(parallel)).toBe(String(alone));
	});
});
