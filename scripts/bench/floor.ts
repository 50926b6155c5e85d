/**
 * The floor for `npm run bench`: a minimal Astro site, with no components, no MDX and no content
 * collection, that renders the same pages as the real build, each from the real page's HTML.
 * What the real build costs beyond it is what the generator adds to the framework.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

const floorPage = `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
	const pages = JSON.parse(readFileSync(process.env.FLOOR_PAGES, 'utf8'));
	return pages.map(([path, file]) => ({ params: { path: path ?? undefined }, props: { file } }));
}
const html = readFileSync(Astro.props.file, 'utf8');
---
<Fragment set:html={html} />
`;

/** Every HTML page of a built site except Pagefind's, as [route, absolute file]. */
async function pagesOf(site: string): Promise<[string | undefined, string][]> {
	const files = (await readdir(site, { recursive: true })).filter(
		(file) => file.endsWith('.html') && !file.startsWith('pagefind'),
	);
	return files.map((file) => {
		const route = file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
		return [route === '' ? undefined : route, resolve(site, file)];
	});
}

/**
 * Writes the floor project into `directory` (inside this repository, so it finds this project's
 * astro in node_modules) for the pages of `site`; returns the env its build needs and its page count.
 */
export async function writeFloorSite(
	directory: string,
	site: string,
): Promise<{ env: Record<string, string>; pages: number }> {
	const pages = await pagesOf(site);
	await mkdir(join(directory, 'src/pages'), { recursive: true });
	await writeFile(
		join(directory, 'astro.config.mjs'),
		`export default { build: { format: 'directory' }, outDir: './dist' };\n`,
	);
	await writeFile(join(directory, 'src/pages/[...path].astro'), floorPage);
	const pagesFile = resolve(directory, 'pages.json');
	await writeFile(pagesFile, JSON.stringify(pages));
	return { env: { FLOOR_PAGES: pagesFile }, pages: pages.length };
}

/** The arguments that build the floor with this project's Astro. */
export function floorBuildArgs(directory: string): string[] {
	return [
		relative('.', 'node_modules/astro/bin/astro.mjs'),
		'build',
		'--root',
		directory,
		'--silent',
	];
}
