/**
 * content/ is generated and committed; this fails when it is stale against seeds/ and the converter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../scripts/content-io.ts';
import { convertCorpus } from '../src/lib/emit/convert.ts';
import { filesUnder } from './support/site-files.ts';

describe('content/', () => {
	it('is exactly what converting seeds/ gives today (run npm run convert and commit if not)', async () => {
		const { files } = convertCorpus(await readSeeds('seeds'));
		const committed = filesUnder('content').filter((file) => /\.(mdx|json)$/.test(file));
		expect(committed).toEqual([...files.keys()].sort());
		for (const [name, text] of files) {
			expect(readFileSync(join('content', name), 'utf8'), `content/${name}`).toBe(text);
		}
	});
});
