/**
 * Sizes of a built site for `npm run bench`: all of it, its search index, and one page with what it links.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { linkedAssetsOf } from './page-assets.ts';

/** Bytes and files under a directory. */
export interface DirectorySize {
	bytes: number;
	files: number;
}

/** The size of every file under a directory. */
export async function directorySize(directory: string): Promise<DirectorySize> {
	const entries = await readdir(directory, { recursive: true, withFileTypes: true });
	const sizes = await Promise.all(
		entries
			.filter((entry) => entry.isFile())
			.map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size),
	);
	return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length };
}

/** A page and the stylesheets and scripts it links, as served and as gzip would send them. */
export interface PageWeight {
	bytes: number;
	gzipBytes: number;
	assets: number;
}

/** The weight of the page at `route` (`/A/RES/65/230/`) of a built site. */
export async function pageWeight(site: string, route: string): Promise<PageWeight> {
	const html = await readFile(join(site, route, 'index.html'));
	const assets = await Promise.all(
		linkedAssetsOf(html.toString('utf8')).map((asset) => readFile(join(site, asset))),
	);
	const files = [html, ...assets];
	return {
		bytes: files.reduce((sum, file) => sum + file.length, 0),
		gzipBytes: files.reduce((sum, file) => sum + gzipSync(file).length, 0),
		assets: assets.length,
	};
}
