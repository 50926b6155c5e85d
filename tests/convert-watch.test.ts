/**
 * `node scripts/convert.ts --watch SEEDS CONTENT`, as the dev server runs it: it converts, then again
 * after every change to a seed, to what a run from nothing writes; a seed that does not parse is
 * refused (`file:line: cause`) with the content left as it was, and the watching goes on.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withOneParagraphEdited } from '../scripts/bench/corpus/seed-edit.ts';
import {
	startWatchingConverter,
	type WatchingConverter,
} from '../scripts/bench/watching-converter.ts';
import { odsResolution } from './fixtures/ods/support.ts';
import { snapshotOf } from './support/site-files.ts';

const root = mkdtempSync(join(tmpdir(), 'convert-watch-'));
const env = { CONVERT_CACHE_DIRECTORY: join(root, 'convert-cache') };
const seeds = join(root, 'seeds');
const content = join(root, 'content');
const odsSeed = join(seeds, '000_173b05c339677b1f.txt');

/** What a single run of the converter writes from the seeds as they are now, into an empty directory. */
function fromScratch(): Map<string, string> {
	const scratch = mkdtempSync(join(root, 'scratch-'));
	const run = spawnSync(process.execPath, ['scripts/convert.ts', seeds, scratch], {
		encoding: 'utf8',
		env: { ...process.env, CONVERT_CACHE_DIRECTORY: join(root, 'scratch-cache') },
	});
	expect(run.status).toBe(0);
	return snapshotOf(scratch, 'base64');
}

let converter: WatchingConverter;

beforeAll(async () => {
	mkdirSync(seeds);
	for (const seed of [
		'000_173b05c339677b1f.txt',
		'004_b0b5272844028f10.txt',
		'004_b0b5272844028f10.meta.yml',
	])
		copyFileSync(join('seeds', seed), join(seeds, seed));
	converter = await startWatchingConverter(seeds, content, env);
});

afterAll(async () => {
	await converter.stop();
	rmSync(root, { recursive: true, force: true });
});

describe('scripts/convert.ts --watch', () => {
	it('converts the seeds when it starts', () => {
		expect(converter.firstReport).toBe(
			'convert: 2 documents; 2 parsed, 2 converted, 0 reused; 4 files written, 0 unchanged, 0 removed',
		);
		expect(snapshotOf(content, 'base64')).toEqual(fromScratch());
	});

	it('converts again only the document whose seed was edited, to what a run from nothing writes', async () => {
		const report = converter.nextReport();
		writeFileSync(odsSeed, withOneParagraphEdited(readFileSync(odsSeed, 'utf8')));
		expect(await report).toBe(
			'convert: 2 documents; 1 parsed, 1 converted, 1 reused; 2 files written, 2 unchanged, 0 removed',
		);
		expect(readFileSync(join(content, 'a-res-64-180.mdx'), 'utf8')).toContain(
			'as a matter of priority',
		);
		expect(snapshotOf(content, 'base64')).toEqual(fromScratch());
	});

	it('refuses a seed that does not parse, leaves the content as it was, and goes on watching', async () => {
		const before = snapshotOf(content, 'base64');
		const skipping = odsResolution([
			'\t1.\tDecides one;',
			'\t2.\tDecides two;',
			'\t4.\tDecides four.',
		]).replaceAll('64/180', '64/181');
		writeFileSync(join(seeds, '005_bad.txt'), skipping);
		await vi.waitFor(
			() => expect(converter.stderr()).toContain('005_bad.txt:9: operative paragraph 4 follows 2'),
			{ timeout: 30_000, interval: 50 },
		);
		expect(converter.stderr()).toContain('nothing was written; content/ is as it was.');
		expect(snapshotOf(content, 'base64')).toEqual(before);

		// A document more changes what every document links to: all are made again, two files new.
		const report = converter.nextReport();
		writeFileSync(join(seeds, '005_bad.txt'), skipping.replace('\t4.', '\t3.'));
		expect(await report).toBe(
			'convert: 3 documents; 3 parsed, 3 converted, 0 reused; 2 files written, 4 unchanged, 0 removed',
		);
		expect(snapshotOf(content, 'base64')).toEqual(fromScratch());

		// And a document fewer: both made again, to the bytes they had before it came.
		const removal = converter.nextReport();
		unlinkSync(join(seeds, '005_bad.txt'));
		expect(await removal).toBe(
			'convert: 2 documents; 2 parsed, 2 converted, 0 reused; 0 files written, 4 unchanged, 2 removed',
		);
		expect(snapshotOf(content, 'base64')).toEqual(before);
	});

	it('leaves records a later single run trusts: it finds nothing to convert', () => {
		const run = spawnSync(process.execPath, ['scripts/convert.ts', seeds, content], {
			encoding: 'utf8',
			env: { ...process.env, ...env },
		});
		expect(run.stdout).toContain(
			'convert: 2 documents; 0 parsed, 0 converted, 2 reused; 0 files written, 4 unchanged, 0 removed',
		);
	});

	it('stops when the process that started it goes', async () => {
		expect(await converter.stop()).toBe(0);
	});
});
