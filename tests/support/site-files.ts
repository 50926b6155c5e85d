/**
 * Reading a built site for tests: its pages, their links and their ids.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The public address test builds are given, so tests can tell it from the address they are served at. */
export const testSiteUrl = 'https://crime-congress.example';

/**
 * Builds the site into `directory` (Astro, then Pagefind), from content/ or another content directory,
 * with the test public address or, given null, none.
 */
export function buildSite(
	directory: string,
	contentDirectory = 'content',
	siteUrl: string | null = testSiteUrl,
): void {
	execFileSync(process.execPath, ['scripts/build.ts', directory], {
		stdio: 'pipe',
		env: { ...buildEnvironment(siteUrl), CONTENT_DIRECTORY: contentDirectory },
	});
}

/** The environment of a build with this public address, or with none (no SITE_URL at all). */
export function buildEnvironment(siteUrl: string | null): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	if (siteUrl === null) delete env['SITE_URL'];
	else env['SITE_URL'] = siteUrl;
	return env;
}

/** Every file under a directory, as paths relative to it. */
export function filesUnder(directory: string): string[] {
	return readdirSync(directory, { recursive: true, encoding: 'utf8' })
		.filter((path) => statSync(join(directory, path)).isFile())
		.sort();
}

/**
 * Every file under a directory and its bytes (as text, or base64 to compare bytes that need not be
 * UTF-8), to compare a directory before and after.
 */
export function snapshotOf(
	directory: string,
	encoding: 'utf8' | 'base64' = 'utf8',
): Map<string, string> {
	return new Map(
		filesUnder(directory).map((file) => [
			file,
			readFileSync(join(directory, file)).toString(encoding),
		]),
	);
}

/** A built HTML page: its site path (`/A/RES/64/180/`) and its parsed document. */
export interface BuiltPage {
	path: string;
	file: string;
	root: HTMLElement;
}

/** The site path a built HTML file answers at. */
function sitePathOf(file: string): string {
	const path = `/${file}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page of a built site. */
export function builtPages(directory: string): BuiltPage[] {
	return filesUnder(directory)
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.map((file) => ({
			path: sitePathOf(file),
			file,
			root: parse(readFileSync(join(directory, file), 'utf8')),
		}));
}

/** The file that serves a site path, or null if none does. */
export function fileForPath(directory: string, path: string): string | null {
	const decoded = decodeURI(path);
	const candidates = decoded.endsWith('/')
		? [`${decoded}index.html`]
		: [decoded, `${decoded}/index.html`];
	for (const candidate of candidates) {
		const file = join(directory, candidate);
		if (existsSync(file) && statSync(file).isFile()) return relative(directory, file);
	}
	return null;
}
