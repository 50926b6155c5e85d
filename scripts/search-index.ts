/**
 * Writes the Pagefind index of a built site into `{site}/pagefind/`, through Pagefind's Node API.
 */
import { close, createIndex } from 'pagefind';

/** What indexing did, for the build's report. */
export interface SearchIndexReport {
	pages: number;
}

function failIfErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`);
}

/** Indexes every page of the built site in `siteDirectory`. */
export async function writeSearchIndex(siteDirectory: string): Promise<SearchIndexReport> {
	try {
		const { index, errors } = await createIndex({ forceLanguage: 'en' });
		failIfErrors('createIndex', errors);
		if (index === undefined) throw new Error('pagefind createIndex returned no index');
		const added = await index.addDirectory({ path: siteDirectory });
		failIfErrors('addDirectory', added.errors);
		const written = await index.writeFiles({ outputPath: `${siteDirectory}/pagefind` });
		failIfErrors('writeFiles', written.errors);
		return { pages: added.page_count };
	} finally {
		await close();
	}
}
