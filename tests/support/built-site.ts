/**
 * A whole-build test file's site: built once before its tests, its pages read back for them.
 */
import { beforeAll } from 'vitest';
import { buildSite, builtPages, type BuiltPage } from './site-files.ts';

/** The pages of a site built before the tests, and the one at a site path. */
export interface BuiltSite {
	pages: () => readonly BuiltPage[];
	page: (path: string) => BuiltPage;
}

/** Builds the site into `directory` before the calling file's tests and reads its pages for them. */
export function siteBuiltBeforeAll(directory: string): BuiltSite {
	let pages: BuiltPage[] = [];
	beforeAll(() => {
		buildSite(directory);
		pages = builtPages(directory);
	});
	return {
		pages: () => pages,
		page: (path) => {
			const found = pages.find((candidate) => candidate.path === path);
			if (found === undefined) throw new Error(`no page at ${path}`);
			return found;
		},
	};
}
