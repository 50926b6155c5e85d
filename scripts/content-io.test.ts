import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHashOf } from '../src/lib/emit/convert-cache.ts';
import { stampRecordOf } from '../src/lib/emit/file-stamps.ts';
import { fileSystemNow, hashFiles, seedSourcesIn } from './content-io.ts';

const directory = mkdtempSync(join(tmpdir(), 'content-io-'));
const seed = join(directory, '000.txt');
const text = 'The General Assembly,\n';
writeFileSync(seed, text);

afterAll(() => {
	rmSync(directory, { recursive: true, force: true });
});

describe('hashFiles', () => {
	it('reads and hashes a file no record vouches for', async () => {
		const hashed = await hashFiles([seed], null, true);
		expect(hashed.hashes.get(seed)).toBe(contentHashOf(text));
		expect(hashed.read.get(seed)?.toString('utf8')).toBe(text);
	});

	it('keeps no bytes unless asked: the generated files are only compared', async () => {
		const hashed = await hashFiles([seed], null);
		expect(hashed.hashes.get(seed)).toBe(contentHashOf(text));
		expect(hashed.read.size).toBe(0);
	});

	it('takes the recorded hash without reading when the stamp vouches for it', async () => {
		const { stamps } = await hashFiles([seed], null);
		// A hash the file's bytes could not give: only the record can be its source.
		const record = stampRecordOf(
			await fileSystemNow(directory),
			Object.fromEntries(
				Object.entries(stamps).map(([path, { stamp }]) => [path, { stamp, hash: 'recorded' }]),
			),
		);
		const hashed = await hashFiles([seed], record, true);
		expect(hashed.hashes.get(seed)).toBe('recorded');
		expect(hashed.read.size).toBe(0);
		const sources = await seedSourcesIn(directory, record);
		expect(sources.seeds.map(({ file, textHash }) => [file, textHash])).toEqual([
			[seed, 'recorded'],
		]);
		// Read only when asked: when the seed must be parsed.
		expect(sources.seeds[0]?.read().text).toBe(text);
	});

	it('reads a file again when the recording run began before the file last changed', async () => {
		const { stamps } = await hashFiles([seed], null);
		const record = stampRecordOf('0', stamps);
		expect((await hashFiles([seed], record, true)).read.size).toBe(1);
	});
});
