/**
 * `npm run bench [-- N …]`: generates corpora of N documents (10, 100, 1,000 and 5,000 by default:
 * the five real seeds, the real GA-80 resolutions, and generated ones for the rest), runs the real
 * pipeline on each as child processes and prints, beside a minimal Astro floor, what every stage cost. Work goes to
 * bench-results/ (git-ignored); the figures to bench-results/bench.json and bench-results/bench.md.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { generateCorpus } from './bench/corpus/corpus.ts';
import {
	firstQueryTable,
	growthTable,
	matchFindingsOf,
	matchTable,
	sizeTable,
	timeTable,
	watchedEditsTold,
	type BenchRun,
	type FloorRun,
	type MatchFigures,
} from './bench/report.ts';
import { withOneParagraphEdited } from './bench/corpus/seed-edit.ts';
import { startWatchingConverter } from './bench/watching-converter.ts';
import {
	copyFloorPages,
	floorBuildArgs,
	floorComparability,
	htmlPagesAmong,
	writeFloorSite,
} from './bench/floor.ts';
import { sequentialFigures } from './bench/stage-figures.ts';
import { entryPageCount } from './search-index.ts';
import { type TimedRun, timedNode } from './bench/run.ts';
import { measureFirstQuery } from './bench/first-search.ts';
import { directorySize, pageWeight } from './bench/site-size.ts';
import { readableExtractions, realCorpusDirectory } from './bench/real-corpus.ts';
import { publishedSymbols } from './site-models.ts';
import { costIn, costLabels } from './stage-cost.ts';

// `--convert-only` times the convert stages alone (a full convert, a re-run with nothing changed, a
// re-run after editing one seed) and skips the build, the index and the floor. `--match-only`
// converts, then times the agreed-language stage alone, and skips the rest. `--without-floor` builds
// no floor: for a size whose floor would take as long as the build itself (20,000 documents).
const flags = ['--convert-only', '--match-only', '--without-floor'];
const convertOnly = process.argv.includes('--convert-only');
const matchOnly = process.argv.includes('--match-only');
const withoutFloor = process.argv.includes('--without-floor');
const sizes = process.argv
	.slice(2)
	.filter((arg) => !flags.includes(arg))
	.map(Number);
const documentCounts = sizes.length > 0 ? sizes : [10, 100, 1000, 5000];
if (documentCounts.some((count) => !Number.isInteger(count) || count < 6)) {
	throw new Error(
		'usage: npm run bench -- [--convert-only | --match-only | --without-floor] [N …], each N at least 6 (the five real seeds and one generated)',
	);
}
const corpusSeed = 20261130;
// Read once: which of the real extractions the parser accepts does not change between sizes.
const realExtractions = readableExtractions();
const query = 'trafficking';
// Astro's content layer keeps its store between builds: each build starts cold, and the store of a
// benchmark corpus (300 MB at 5,000 documents) is not left for the project's next build to load.
const astroDataStore = 'node_modules/.astro/data-store.json';
// So that GNU time counts the Pagefind binary that the build's Node process starts (see bench/reap.ts).
const reapChildren = ['--import', './scripts/bench/reap.ts'];

// This machine's file system (ext4 without a journal) does not hand out again an inode freed in
// the last minute (six, while its inode table block is unwritten), and scans past every such inode
// for each file it creates: the 64,613 share pages of 1,000 documents took 24.4 s written just after
// 260,000 files were deleted, against 8.9 s (see BENCHMARKS.md). So nothing is deleted until every
// size is measured, lest one size's clean-up be timed in the next one's build: what would be is
// moved aside, and removed at the end.
const discarded = 'bench-results/discarded';

async function discardLater(path: string): Promise<void> {
	await mkdir(discarded, { recursive: true });
	await rename(path, join(discarded, `${String(Date.now())}-${basename(path)}`)).catch(
		(error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOENT') throw error;
		},
	);
}

function progress(message: string): void {
	console.log(`bench ${new Date().toISOString().slice(11, 19)} ${message}`);
}

/**
 * The five real seeds, the real GA-80 resolutions (as many as fit, leaving room for one generated
 * document) and generated ones for the rest, written into `directory`.
 */
async function writeSeeds(directory: string, count: number): Promise<string> {
	await mkdir(directory, { recursive: true });
	for (const name of await readdir('seeds'))
		await copyFile(join('seeds', name), join(directory, name));
	const real = realExtractions.slice(0, Math.max(0, count - 6));
	for (const { name } of real)
		await copyFile(join(realCorpusDirectory, name), join(directory, name));
	const generated = generateCorpus(count - 5 - real.length, corpusSeed);
	for (const seed of generated) {
		await writeFile(join(directory, seed.name), seed.text);
		if (seed.sidecar !== null)
			await writeFile(join(directory, seed.sidecar.name), seed.sidecar.text);
	}
	const edited = generated.find((seed) => seed.text.startsWith('[DU1]'));
	if (edited === undefined) throw new Error('no ODS seed to edit');
	return join(directory, edited.name);
}

/** The HTML pages of a built site, Pagefind's aside. */
async function htmlPagesIn(site: string): Promise<number> {
	return htmlPagesAmong(await readdir(site, { recursive: true })).length;
}

/** The documents a built site publishes (a `document.json` each). */
function numberIn(text: string, pattern: RegExp): number {
	const match = pattern.exec(text);
	if (match?.[1] === undefined) throw new Error(`no ${String(pattern)} in: ${text}`);
	return Number(match[1]);
}

/**
 * The convert stages of one size: from scratch, again with nothing changed, again after one seed's
 * edit, and that edit made again with the converter watching.
 */
interface ConvertRuns {
	convert: TimedRun;
	unchanged: TimedRun;
	edit: TimedRun;
	watchedEdits: number[];
}

const watchedEditCount = 5;

/**
 * Seconds from each write of the edited seed to the report of the converter watching the seeds, for
 * `watchedEditCount` edits a second apart (each adds the same words again, so each changes the text).
 */
async function watchedEditsOf(
	seeds: string,
	content: string,
	editedSeed: string,
	env: Record<string, string>,
): Promise<number[]> {
	const converter = await startWatchingConverter(seeds, content, env);
	try {
		const times: number[] = [];
		for (let edit = 0; edit < watchedEditCount; edit++) {
			await new Promise((resolve) => setTimeout(resolve, 1000));
			const text = withOneParagraphEdited(await readFile(editedSeed, 'utf8'));
			const report = converter.nextReport();
			const written = performance.now();
			await writeFile(editedSeed, text);
			const line = await report;
			times.push((performance.now() - written) / 1000);
			if (!line.includes(' 1 parsed, 1 converted'))
				throw new Error(`the watching converter did not convert the edit: ${line}`);
		}
		return times;
	} finally {
		await converter.stop();
	}
}

async function convertAt(root: string, documents: number): Promise<ConvertRuns> {
	const seeds = join(root, 'seeds');
	const content = join(root, 'content');
	await discardLater(root);
	const editedSeed = await writeSeeds(seeds, documents);
	// The converter's manifest goes with the corpus, so each size's first convert is from scratch.
	const env = { CONVERT_CACHE_DIRECTORY: join(root, 'convert-cache') };
	progress(`${documents}: convert`);
	const convert = await timedNode(['scripts/convert.ts', seeds, content], env);
	progress(`${documents}: re-convert, nothing changed`);
	const unchanged = await timedNode(['scripts/convert.ts', seeds, content], env);
	await writeFile(editedSeed, withOneParagraphEdited(await readFile(editedSeed, 'utf8')));
	progress(`${documents}: re-convert after editing ${editedSeed}`);
	const edit = await timedNode(['scripts/convert.ts', seeds, content], env);
	progress(
		`${documents}: re-convert after each of ${watchedEditCount} edits, the converter watching`,
	);
	const watchedEdits = await watchedEditsOf(seeds, content, editedSeed, env);
	return { convert, unchanged, edit, watchedEdits };
}

/** A row of the convert-only table: what each convert stage cost and what it reported. */
function convertRow(
	documents: number,
	{ convert, unchanged, edit, watchedEdits }: ConvertRuns,
): string {
	const cost = ({ figures }: TimedRun): string =>
		`${figures.wallSeconds.toFixed(2)} / ${figures.cpuSeconds.toFixed(2)} / ${(figures.peakRssBytes / 2 ** 20).toFixed(1)}`;
	const said = ({ stdout }: TimedRun): string =>
		/; (\d+ parsed, \d+ converted, \d+ reused; \d+ files written)/.exec(stdout)?.[1] ?? '';
	const rate = Math.round(documents / Math.max(convert.figures.wallSeconds, 0.001));
	const watched = watchedEditsTold(watchedEdits);
	return `| ${documents} | ${cost(convert)} (${rate} docs/s) | ${cost(unchanged)} (${said(unchanged)}) | ${cost(edit)} (${said(edit)}) | ${watched.median} (${watched.edits}) |`;
}

/** The agreed-language stage on a converted corpus, as the build computes it once. */
async function matchAt(documents: number, content: string): Promise<MatchFigures> {
	progress(`${documents}: agreed language`);
	const run = await timedNode(['scripts/bench/match-stage.ts', content]);
	return { ...run.figures, ...matchFindingsOf(run.stdout) };
}

/** The floor of a built site: the same pages through a minimal Astro project, then Pagefind's CLI. */
async function floorAt(documents: number, root: string, site: string): Promise<FloorRun> {
	const floor = join(root, 'floor');
	progress(`${documents}: floor`);
	const floorSite = await writeFloorSite(floor, site);
	const floorRender = await timedNode(floorBuildArgs(floor), floorSite.env);
	const copyStarted = { wall: performance.now(), cpu: process.cpuUsage() };
	await copyFloorPages(floor, site, floorSite);
	const copyCpu = process.cpuUsage(copyStarted.cpu);
	const floorCopy = {
		wallSeconds: (performance.now() - copyStarted.wall) / 1000,
		cpuSeconds: (copyCpu.user + copyCpu.system) / 1e6,
		peakRssBytes: 0,
	};
	const floorAstro = sequentialFigures([floorRender.figures, floorCopy]);
	const floorOut = join(floor, 'dist');
	const floorIndex = await timedNode([
		'node_modules/pagefind/lib/runner/bin.cjs',
		'--site',
		floorOut,
		'--force-language',
		'en',
		'--quiet',
	]);
	const unlike = floorComparability({
		documents: (await publishedSymbols(site)).length,
		indexedBySite: await entryPageCount(join(site, 'pagefind')),
		sitePages: floorSite.pages,
		floorPages: await htmlPagesIn(floorOut),
		indexedByFloor: await entryPageCount(join(floorOut, 'pagefind')),
	});
	if (unlike !== null)
		throw new Error(
			`the floor is no longer comparable with the build: ${unlike} (see scripts/bench/floor.ts)`,
		);

	const floorOutput = await directorySize(floorOut);
	const floorSearchIndex = await directorySize(join(floorOut, 'pagefind'));
	// The floor is a copy of the site's pages; the site itself stays for inspection.
	await discardLater(floor);
	return {
		astro: floorAstro,
		index: floorIndex.figures,
		output: floorOutput,
		searchIndex: floorSearchIndex,
	};
}

async function benchAt(documents: number): Promise<BenchRun> {
	const root = `bench-results/n${documents}`;
	const content = join(root, 'content');
	const site = join(root, 'site');
	const { convert, edit, watchedEdits } = await convertAt(root, documents);
	const match = await matchAt(documents, content);

	progress(`${documents}: build (Astro, then the share pages and the search index side by side)`);
	await rm(astroDataStore, { force: true });
	const build = await timedNode([...reapChildren, 'scripts/build.ts', site], {
		CONTENT_DIRECTORY: content,
	});
	await rm(astroDataStore, { force: true });
	// Measured on the build's own index, before the index is written again for its timing (which
	// leaves a second pf_meta file, and has once left an empty pagefind-entry.json: see BENCHMARKS.md).
	const output = await directorySize(site);
	const searchIndex = await directorySize(join(site, 'pagefind'));
	progress(`${documents}: a first search in Chromium`);
	const firstQuery = await measureFirstQuery(site, query);
	progress(`${documents}: search index alone`);
	const index = await timedNode([...reapChildren, 'scripts/bench/index-stage.ts', site, content]);

	const floor = withoutFloor ? null : await floorAt(documents, root, site);
	return {
		documents,
		pages: await htmlPagesIn(site),
		records: numberIn(build.stdout, /search index: (\d+) records/),
		convert: convert.figures,
		match,
		edit: { ...edit.figures, written: numberIn(edit.stdout, /(\d+) files written/) },
		watchedEdits,
		build: build.figures,
		astro: costIn(build.stdout, costLabels.astro),
		sideBySide: costIn(build.stdout, costLabels.sideBySide),
		index: index.figures,
		floor,
		output,
		searchIndex,
		documentPage: await pageWeight(site, 'A/RES/65/230'),
		homePage: await pageWeight(site, ''),
		firstQuery: {
			query,
			bytes: firstQuery.bytes,
			requests: firstQuery.requests,
			byKind: firstQuery.byKind,
			facets: firstQuery.facets,
		},
	};
}

await mkdir('bench-results', { recursive: true });
const runs: BenchRun[] = [];
const convertRows = [
	'| docs | convert: wall s / CPU s / peak RSS MiB | again, nothing changed | again, one seed edited | edited, the converter watching: median wall s |',
	'| ---: | --- | --- | --- | --- |',
];
const matchRows: { documents: number; match: MatchFigures }[] = [];
for (const documents of documentCounts) {
	if (matchOnly) {
		const root = `bench-results/n${documents}`;
		await convertAt(root, documents);
		matchRows.push({ documents, match: await matchAt(documents, join(root, 'content')) });
		await writeFile('bench-results/bench-match.md', `${matchTable(matchRows)}\n`);
		console.log(`\n${matchTable(matchRows)}`);
		continue;
	}
	if (convertOnly) {
		convertRows.push(
			convertRow(documents, await convertAt(`bench-results/n${documents}`, documents)),
		);
		await writeFile('bench-results/bench-convert.md', `${convertRows.join('\n')}\n`);
		console.log(`\n${convertRows.join('\n')}`);
		continue;
	}
	runs.push(await benchAt(documents));
	// Each size is written as soon as it is done, so a long run that is stopped keeps what it measured.
	const report = `${timeTable(runs)}\n\n${sizeTable(runs)}\n\n${firstQueryTable(runs)}\n\n${growthTable(runs)}\n`;
	await writeFile('bench-results/bench.json', `${JSON.stringify(runs, null, '\t')}\n`);
	await writeFile('bench-results/bench.md', report);
	console.log(`\n${report}`);
}
progress('removing what the sizes left aside');
await rm(discarded, { recursive: true, force: true });
