/**
 * The build's check of Pagefind's entry file: a search index that lists fewer records than were added
 * fails the build instead of shipping a search that finds nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failUnlessEntryCounts } from '../scripts/search-index.ts';

function indexWithEntry(text: string): string {
	const directory = mkdtempSync(join(tmpdir(), 'pagefind-entry-'));
	writeFileSync(join(directory, 'pagefind-entry.json'), text);
	return directory;
}

describe('failUnlessEntryCounts', () => {
	it('accepts an entry file that lists every record added', async () => {
		const directory = indexWithEntry('{"version":"1.5.2","languages":{"en":{"hash":"en_1","wasm":"en","page_count":266}}}');
		await expect(failUnlessEntryCounts(directory, 266)).resolves.toBeUndefined();
	});

	it('refuses an empty entry file, naming it', async () => {
		const directory = indexWithEntry('');
		await expect(failUnlessEntryCounts(directory, 266)).rejects.toThrow(`${join(directory, 'pagefind-entry.json')} lists 0 records, not the 266 added`);
	});

	it('refuses an entry file that lists fewer records than were added', async () => {
		const directory = indexWithEntry('{"languages":{"en":{"page_count":200}}}');
		await expect(failUnlessEntryCounts(directory, 266)).rejects.toThrow('lists 200 records, not the 266 added');
	});
});
