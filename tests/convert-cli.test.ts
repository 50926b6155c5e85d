/**
 * `node scripts/convert.ts SEEDS CONTENT` as a user runs it: a bad seed stops the run with
 * `file:line: what is wrong` and a non-zero exit, and the content directory stays as it was.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { odsResolution } from './fixtures/ods/support.ts';
import { filesUnder } from './support/site-files.ts';

const root = mkdtempSync(join(tmpdir(), 'convert-cli-'));
const odsSeedName = '000_173b05c339677b1f.txt';
const reportSeedName = '004_b0b5272844028f10.txt';
const reportSidecarName = '004_b0b5272844028f10.meta.yml';

/** What running the converter printed and how it exited. */
interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

function convert(seeds: string, content: string): Run {
	const run = spawnSync(process.execPath, ['scripts/convert.ts', seeds, content], {
		encoding: 'utf8',
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file of a directory and its bytes, to compare a directory before and after. */
function snapshotOf(directory: string): Map<string, string> {
	return new Map(
		filesUnder(directory).map((file) => [
			file,
			readFileSync(join(directory, file)).toString('base64'),
		]),
	);
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
	before = snapshotOf(content);
});

afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});

describe('scripts/convert.ts', () => {
	it('converts a good seeds directory and says what it wrote', () => {
		expect(firstRun.status).toBe(0);
		expect(firstRun.stdout).toContain('convert: 2 documents; 4 files written');
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
			expect(snapshotOf(content)).toEqual(before);
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
});
