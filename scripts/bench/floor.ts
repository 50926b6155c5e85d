/**
 * The floor for `npm run bench`: the least a framework build of the same site costs. A minimal Astro
 * project, with no components, no MDX and no content collection, renders each page the real Astro
 * build renders, from the real page's HTML; the pages the real build writes from a template (the
 * share pages) it copies, the cheapest way there is to produce a file; Pagefind's CLI then indexes
 * the document pages, one page a document, as the real index holds. What the real build costs
 * beyond it is what the generator adds to the framework.
 *
 * The floor is comparable only while it produces what the real build does: `floorComparability`
 * says where it does not (pages missing or extra, an index of other pages), and the bench stops.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const floorPage = `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
	const pages = JSON.parse(readFileSync(process.env.FLOOR_PAGES, 'utf8'));
	return pages.map(([path, file, indexed]) => ({ params: { path: path ?? undefined }, props: { file, indexed } }));
}
const html = readFileSync(Astro.props.file, 'utf8');
// A document page is what the index holds of its document: its main text, as Pagefind's default reads it.
const page = Astro.props.indexed ? html.replace('<main', '<main data-pagefind-body') : html;
---
<Fragment set:html={page} />
`;

/** How a page of the built site is made, for the floor to make it the same way. */
export type FloorPageKind = 'rendered' | 'indexed' | 'copied';

/**
 * How the floor makes a page: a share page (written from a template) is copied, a document page
 * (the one beside its `document.json`) is rendered and indexed, any other page is rendered.
 * @example floorPageKind('<article class="share-page">', false) // 'copied'
 */
export function floorPageKind(html: string, besideDocumentJson: boolean): FloorPageKind {
	if (html.includes('class="share-page"')) return 'copied';
	return besideDocumentJson ? 'indexed' : 'rendered';
}

/**
 * The HTML pages of a built site except Pagefind's, each with how the floor makes it. Read one at
 * a time: a large site has more pages than a process may hold files open.
 */
/** The HTML pages among a built site's files (as `readdir` lists them), Pagefind's aside. */
export function htmlPagesAmong(files: readonly string[]): string[] {
	return files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
}

async function pagesOf(site: string): Promise<{ file: string; kind: FloorPageKind }[]> {
	const files = await readdir(site, { recursive: true });
	const documentDirectories = new Set(
		files.filter((file) => file.endsWith('document.json')).map((file) => dirname(file)),
	);
	const pages: { file: string; kind: FloorPageKind }[] = [];
	for (const file of htmlPagesAmong(files))
		pages.push({
			file,
			kind: floorPageKind(
				await readFile(join(site, file), 'utf8'),
				documentDirectories.has(dirname(file)),
			),
		});
	return pages;
}

/** What the floor makes: pages rendered, copied, and the document pages among the rendered. */
export interface FloorPlan {
	env: Record<string, string>;
	/** All HTML pages, as the real build wrote them. */
	pages: number;
	/** The pages the real build writes from a template, which `copyFloorPages` copies. */
	copied: string[];
	indexed: number;
}

/**
 * Writes the floor project into `directory` (inside this repository, so it finds this project's
 * astro in node_modules) for the pages of `site`, and the copies into its output; returns the env
 * its build needs and what it makes.
 */
export async function writeFloorSite(directory: string, site: string): Promise<FloorPlan> {
	const pages = await pagesOf(site);
	await mkdir(join(directory, 'src/pages'), { recursive: true });
	await writeFile(
		join(directory, 'astro.config.mjs'),
		`export default { build: { format: 'directory' }, outDir: './dist' };\n`,
	);
	await writeFile(join(directory, 'src/pages/[...path].astro'), floorPage);
	const rendered = pages
		.filter(({ kind }) => kind !== 'copied')
		.map(({ file, kind }) => {
			const route = file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
			return [route === '' ? undefined : route, resolve(site, file), kind === 'indexed'];
		});
	const pagesFile = resolve(directory, 'pages.json');
	await writeFile(pagesFile, JSON.stringify(rendered));
	return {
		env: { FLOOR_PAGES: pagesFile },
		pages: pages.length,
		copied: pages.filter(({ kind }) => kind === 'copied').map(({ file }) => file),
		indexed: pages.filter(({ kind }) => kind === 'indexed').length,
	};
}

/** Copies the pages the real build writes from a template into the floor's output: after Astro, which empties it. */
export async function copyFloorPages(
	directory: string,
	site: string,
	plan: FloorPlan,
): Promise<void> {
	for (const file of plan.copied) {
		const target = join(directory, 'dist', file);
		await mkdir(dirname(target), { recursive: true });
		await copyFile(join(site, file), target);
	}
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

/** What both builds produced, for `floorComparability`. */
export interface BuildsCompared {
	/** Documents the real site publishes, and the pages its index holds. */
	documents: number;
	indexedBySite: number;
	/** HTML pages of each output, Pagefind's aside. */
	sitePages: number;
	floorPages: number;
	/** Pages the floor's Pagefind indexed. */
	indexedByFloor: number;
}

/**
 * Why the floor is not comparable with the real build, or null when it is: both write the same
 * number of pages, and both indexes hold one page a document.
 * @example floorComparability({ documents: 5, indexedBySite: 5, sitePages: 276, floorPages: 276, indexedByFloor: 276 }) // 'the floor indexed 276 pages, the site 5 (one a document)'
 */
export function floorComparability(builds: BuildsCompared): string | null {
	if (builds.floorPages !== builds.sitePages)
		return `the floor wrote ${builds.floorPages} pages, the site ${builds.sitePages}`;
	if (builds.indexedBySite !== builds.documents)
		return `the site's index holds ${builds.indexedBySite} pages for ${builds.documents} documents`;
	if (builds.indexedByFloor !== builds.indexedBySite)
		return `the floor indexed ${builds.indexedByFloor} pages, the site ${builds.indexedBySite} (one a document)`;
	return null;
}
