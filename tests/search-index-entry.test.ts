/**
 * The build's check of Pagefind's entry file: an index that lists no records, or more than were added,
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
		const directory = indexWithEntry(
			'{"version":"1.5.2","languages":{"en":{"hash":"en_1","wasm":"en","page_count":266}}}',
		);
		await expect(failUnlessEntryCounts(directory, 266)).resolves.toBeUndefined();
	});

	it('refuses an empty entry file, naming it', async () => {
		const directory = indexWithEntry('');
		await expect(failUnlessEntryCounts(directory, 266)).rejects.toThrow(
			`${join(directory, 'pagefind-entry.json')} lists no records, of the 266 added`,
		);
	});

	it('accepts fewer records than were added, since Pagefind leaves out a record with no words', async () => {
		const directory = indexWithEntry('{"languages":{"en":{"page_count":103}}}');
		await expect(failUnlessEntryCounts(directory, 123)).resolves.toBeUndefined();
	});

	it('refuses an entry file that lists more records than were added', async () => {
		const directory = indexWithEntry('{"languages":{"en":{"page_count":300}}}');
		await expect(failUnlessEntryCounts(directory, 266)).rejects.toThrow(
			'lists 300 records, more than the 266 added',
		);
	});
});
