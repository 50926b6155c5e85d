/**
 * `node scripts/build.ts DIR` when the build fails: a non-zero exit that names the bad file, and DIR
 * left exactly as it was, with no staging directory behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotOf } from './support/site-files.ts';

const contentDirectory = 'test-results/bad-front-matter';
const site = 'test-results/kept-site';
const previousSite: Record<string, string> = {
	'index.html': '<!doctype html><title>The previous site</title>',
	'A/RES/64/180/index.html': '<!doctype html><title>A/RES/64/180</title>',
};

let run = { status: null as number | null, output: '' };

beforeAll(() => {
	rmSync(contentDirectory, { recursive: true, force: true });
	rmSync(site, { recursive: true, force: true });
	mkdirSync(contentDirectory, { recursive: true });
	for (const name of ['a-res-64-180.mdx', 'a-res-64-180.json']) {
		const text = readFileSync(join('content', name), 'utf8');
		// A date as the UN prints it is not a date the schema takes.
		const bad = name.endsWith('.mdx')
			? text.replace(/^date: .*$/m, 'date: 18 December 2009')
			: text;
		writeFileSync(join(contentDirectory, name), bad);
	}
	for (const [file, text] of Object.entries(previousSite)) {
		mkdirSync(join(site, file, '..'), { recursive: true });
		writeFileSync(join(site, file), text);
	}
	const built = spawnSync(process.execPath, ['scripts/build.ts', site], {
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIRECTORY: contentDirectory },
	});
	run = { status: built.status, output: `${built.stdout}\n${built.stderr}` };
});

describe('scripts/build.ts', () => {
	it('fails on a front-matter field the schema refuses, naming the file', () => {
		expect(readFileSync(join(contentDirectory, 'a-res-64-180.mdx'), 'utf8')).toContain(
			'date: 18 December 2009',
		);
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('a-res-64-180.mdx');
		expect(run.output).toContain('**date**: a date as YYYY, YYYY-MM or YYYY-MM-DD');
		expect(run.output).toContain(`build failed; ${site}/ is as it was.`);
	});

	it('leaves the previous site byte for byte as it was, and no staging directory', () => {
		expect(Object.fromEntries(snapshotOf(site))).toEqual(previousSite);
		expect(existsSync(`${site}.staging`)).toBe(false);
	});
});
