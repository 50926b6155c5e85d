/**
 * `node scripts/convert.ts SEEDS CONTENT` as a user runs it: a bad seed stops the run with
 * `file:line: what is wrong` and a non-zero exit, and the content directory stays as it was.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withOneParagraphEdited } from '../scripts/bench/corpus/seed-edit.ts';
import { odsResolution } from './fixtures/ods/support.ts';
import { filesUnder, snapshotOf } from './support/site-files.ts';

const root = mkdtempSync(join(tmpdir(), 'convert-cli-'));
const odsSeedName = '000_173b05c339677b1f.txt';
const reportSeedName = '004_b0b5272844028f10.txt';
const reportSidecarName = '004_b0b5272844028f10.meta.yml';
// The converter's manifests go here rather than into node_modules/.cache, and go with the test.
const cacheDirectory = join(root, 'convert-cache');

/** What running the converter printed and how it exited. */
interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

function convert(seeds: string, content: string): Run {
	const run = spawnSync(process.execPath, ['scripts/convert.ts', seeds, content], {
		encoding: 'utf8',
		env: { ...process.env, CONVERT_CACHE_DIRECTORY: cacheDirectory },
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A seeds directory holding two of the real seeds (one with its sidecar) and the given extra files. */
function seedsWith(name: string, extra: Record<string, string>): string {
	const directory = join(root, name);
	mkdirSync(directory);
	for (const seed of [odsSeedName, reportSeedName, reportSidecarName]) {
		copyFileSync(join('seeds', seed), join(directory, seed));
	}
	for (const [file, text] of Object.entries(extra)) writeFileSync(join(directory, file), text);
	return directory;
}

const content = join(root, 'content');
let before = new Map<string, string>();
let firstRun: Run = { status: null, stdout: '', stderr: '' };

beforeAll(() => {
	firstRun = convert(seedsWith('good', {}), content);
	before = snapshotOf(content, 'base64');
});

afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});

describe('scripts/convert.ts', () => {
	it('converts a good seeds directory and says what it wrote', () => {
		expect(firstRun.status).toBe(0);
		expect(firstRun.stdout).toContain(
			'convert: 2 documents; 2 parsed, 2 converted, 0 reused; 4 files written',
		);
		expect([...before.keys()]).toEqual([
			'a-67-97.json',
			'a-67-97.mdx',
			'a-res-64-180.json',
			'a-res-64-180.mdx',
		]);
	});

	const skipping = odsResolution([
		'\t1.\tDecides one;',
		'\t2.\tDecides two;',
		'\t4.\tDecides four.',
	]).replaceAll('64/180', '64/181');
	const cases: [string, Record<string, string>, string][] = [
		[
			'operative numbering that skips',
			{ '005_bad.txt': skipping },
			'005_bad.txt:9: operative paragraph 4 follows 2',
		],
		['an empty seed', { '005_empty.txt': '' }, '005_empty.txt:1: the file is empty'],
		[
			'a binary seed',
			{ '005_zip.txt': 'PK\u0003\u0004\u0000\u0000' },
			'005_zip.txt:1: binary data',
		],
		[
			'a second seed with the symbol of the first',
			{ '005_copy.txt': readFileSync(join('seeds', odsSeedName), 'utf8') },
			`005_copy.txt:43: symbol A/RES/64/180 is already the symbol of`,
		],
		[
			'a sidecar with an unknown key',
			{ '005_ok.txt': skipping.replace('\t4.', '\t3.'), '005_ok.meta.yml': 'sesion: 64\n' },
			'005_ok.meta.yml:1: unknown key "sesion"',
		],
		[
			'a sidecar with a bad date',
			{ '005_ok.txt': skipping.replace('\t4.', '\t3.'), '005_ok.meta.yml': 'date: 2009-13-01\n' },
			'005_ok.meta.yml:1: date "2009-13-01" is not a date',
		],
	];

	it.each(cases)(
		'refuses %s: file, line and reason, a non-zero exit, content as it was',
		(name, extra, message) => {
			const run = convert(seedsWith(name.replace(/\W+/g, '-'), extra), content);
			expect(run.status).not.toBe(0);
			expect(run.stderr).toContain(message);
			expect(run.stderr).toContain('nothing was written');
			expect(snapshotOf(content, 'base64')).toEqual(before);
			// The files it had set aside are gone with it.
			expect(readdirSync(root).filter((name) => name.includes('.convert-'))).toEqual([]);
		},
	);

	it('prints a warning for a seed that is odd but safe, naming file and line, and converts it', () => {
		const noTrailer = odsResolution(['\t1.\tDecides.'], { trailer: [] }).replaceAll(
			'64/180',
			'64/181',
		);
		const elsewhere = join(root, 'content-with-warning');
		const run = convert(seedsWith('odd', { '005_odd.txt': noTrailer }), elsewhere);
		expect(run.status).toBe(0);
		expect(run.stderr).toContain(
			'warning: ' +
				join(root, 'odd', '005_odd.txt') +
				':10: no ODS trailer: no symbol, session, agenda item or distribution date',
		);
		expect(filesUnder(elsewhere)).toContain('a-res-64-181.mdx');
	});

	describe('run again', () => {
		const seeds = seedsWith('incremental', {});
		const incremental = join(root, 'content-incremental');
		const odsSeed = join(seeds, odsSeedName);

		/** What converting the seeds as they are now into an empty directory gives. */
		function fromScratch(): Map<string, string> {
			const scratch = mkdtempSync(join(root, 'scratch-'));
			expect(convert(seeds, scratch).status).toBe(0);
			return snapshotOf(scratch, 'base64');
		}

		it('parses and writes nothing when nothing changed', () => {
			expect(convert(seeds, incremental).stdout).toContain(
				'2 parsed, 2 converted, 0 reused; 4 files written',
			);
			expect(convert(seeds, incremental).stdout).toContain(
				'0 parsed, 0 converted, 2 reused; 0 files written, 4 unchanged',
			);
		});

		it('converts again only the document whose seed was edited, to what a full conversion writes', () => {
			writeFileSync(odsSeed, withOneParagraphEdited(readFileSync(odsSeed, 'utf8')));
			const run = convert(seeds, incremental);
			expect(run.stdout).toContain('1 parsed, 1 converted, 1 reused; 2 files written, 2 unchanged');
			expect(readFileSync(join(incremental, 'a-res-64-180.mdx'), 'utf8')).toContain(
				'as a matter of priority',
			);
			expect(snapshotOf(incremental, 'base64')).toEqual(fromScratch());
		});

		it('converts again a document whose generated file was edited by hand', () => {
			writeFileSync(join(incremental, 'a-67-97.mdx'), 'edited by hand\n');
			expect(convert(seeds, incremental).stdout).toContain(
				'1 parsed, 1 converted, 1 reused; 1 files written',
			);
			expect(snapshotOf(incremental, 'base64')).toEqual(fromScratch());
		});

		/**
		 * Rewrites a file with text of the same length and puts its modification time back to the
		 * nanosecond (`touch -r`), as a careless tool might: only its change time tells.
		 */
		function sameSizeSameTime(path: string, edit: (text: string) => string): void {
			const reference = `${path}.times`;
			writeFileSync(reference, '');
			expect(spawnSync('touch', ['-r', path, reference]).status).toBe(0);
			const before = statSync(path, { bigint: true });
			const edited = edit(readFileSync(path, 'utf8'));
			expect(edited).not.toBe(readFileSync(path, 'utf8'));
			writeFileSync(path, edited);
			expect(spawnSync('touch', ['-r', reference, path]).status).toBe(0);
			rmSync(reference);
			const after = statSync(path, { bigint: true });
			expect([after.size, after.mtimeNs, after.ino]).toEqual([
				before.size,
				before.mtimeNs,
				before.ino,
			]);
		}

		it('sees a seed edited to the same size with its modification time put back', () => {
			expect(convert(seeds, incremental).stdout).toContain('0 parsed');
			sameSizeSameTime(odsSeed, (text) =>
				text.replace('as a matter of priority', 'AS A MATTER OF PRIORITY'),
			);
			expect(convert(seeds, incremental).stdout).toContain(
				'1 parsed, 1 converted, 1 reused; 2 files written',
			);
			expect(readFileSync(join(incremental, 'a-res-64-180.mdx'), 'utf8')).toContain(
				'AS A MATTER OF PRIORITY',
			);
			expect(snapshotOf(incremental, 'base64')).toEqual(fromScratch());
		});

		it('sees a generated file edited by hand to the same size with its modification time put back', () => {
			expect(convert(seeds, incremental).stdout).toContain('0 parsed');
			const page = join(incremental, 'a-res-64-180.mdx');
			sameSizeSameTime(page, (text) =>
				text.replace('AS A MATTER OF PRIORITY', 'as a matter of priority'),
			);
			expect(convert(seeds, incremental).stdout).toContain(
				'1 parsed, 1 converted, 1 reused; 1 files written',
			);
			expect(snapshotOf(incremental, 'base64')).toEqual(fromScratch());
		});

		it('converts everything when the manifest is damaged', () => {
			for (const name of readdirSync(cacheDirectory))
				writeFileSync(join(cacheDirectory, name), '{"format":');
			expect(convert(seeds, incremental).stdout).toContain(
				'2 parsed, 2 converted, 0 reused; 0 files written, 4 unchanged',
			);
		});
	});
});
