/**
 * The figures of one benchmark run at one corpus size, and the Markdown tables BENCHMARKS.md shows.
 */
import { matchShareOf, type MatchShare } from './match-shares.ts';
import type { PagefindFetchKind } from './pagefind-fetches.ts';
import { figuresWithout, sequentialFigures, type StageFigures } from './stage-figures.ts';

/** Bytes and files of a directory of the built site. */
export interface SizeFigures {
	bytes: number;
	files: number;
}

/** Everything measured for a corpus of `documents` documents. */
export interface BenchRun {
	documents: number;
	/** HTML pages the real build wrote (documents, passage share pages, lists). */
	pages: number;
	/** Records in the search index (one page per document). */
	records: number;
	convert: StageFigures;
	/** Agreed language computed on its own (`scripts/bench/match-stage.ts`); the Astro build does it too. */
	match: MatchFigures;
	/** Convert run again after one seed was edited, and how many files it rewrote. */
	edit: StageFigures & { written: number };
	/**
	 * The same edit made again and again with the converter watching (`--watch`, as the dev server
	 * runs it): seconds from each seed's write to the converter's report.
	 */
	watchedEdits: number[];
	/** `scripts/build.ts` as a whole: Astro, then the share pages and the index side by side. */
	build: StageFigures;
	/** Astro's process, as it measures and prints itself (`scripts/astro-build.ts`). */
	astro: StageFigures;
	/**
	 * The share pages and the index written side by side, as the build measures and prints them: the
	 * CPU and peak of the build's own process, without Pagefind's indexer.
	 */
	sideBySide: StageFigures;
	/** The index stage alone (`scripts/bench/index-stage.ts`). */
	index: StageFigures;
	/** The floor built from the same pages, or null when the run was asked to leave it out (`--without-floor`). */
	floor: FloorRun | null;
	output: SizeFigures;
	searchIndex: SizeFigures;
	/** A document page and what it links: the same page at every size. */
	documentPage: { bytes: number; gzipBytes: number };
	homePage: { bytes: number; gzipBytes: number };
	firstQuery: {
		query: string;
		bytes: number;
		requests: number;
		byKind: Partial<Record<PagefindFetchKind, { bytes: number; requests: number }>>;
		/** What opening the filters fetched on top of the first search. */
		facets: { bytes: number; requests: number };
	};
}

/** What the floor (`scripts/bench/floor.ts`) cost and wrote for the same pages. */
export interface FloorRun {
	astro: StageFigures;
	/** Pagefind's own CLI over the floor's HTML. */
	index: StageFigures;
	output: SizeFigures;
	searchIndex: SizeFigures;
}

/** What the agreed-language stage cost and what it found. */
export type MatchFigures = StageFigures & {
	paragraphs: number;
	/** Candidate pairs of distinct texts the index met. */
	comparisons: number;
	/** Paragraphs with at least one match. */
	matched: number;
	predecessors: number;
	/** The same told for the generated documents and the real ones apart, where the stage printed it. */
	generated?: MatchShare | undefined;
	real?: MatchShare | undefined;
};

/**
 * The figures `scripts/bench/match-stage.ts` prints, read back.
 * @example matchFindingsOf('agreed language: 100 documents, 4035 paragraphs, 929764 pairs compared, 3114 paragraphs with a match, 85 predecessors …') // { paragraphs: 4035, comparisons: 929764, matched: 3114, predecessors: 85 }
 */
export function matchFindingsOf(
	stdout: string,
): Pick<
	MatchFigures,
	'paragraphs' | 'comparisons' | 'matched' | 'predecessors' | 'generated' | 'real'
> {
	const found =
		/(\d+) paragraphs, (\d+) pairs compared, (\d+) paragraphs with a match, (\d+) predecessors/.exec(
			stdout,
		);
	if (found === null) throw new Error(`no agreed-language figures in: ${stdout.slice(-300)}`);
	const [, paragraphs, comparisons, matched, predecessors] = found.map(Number);
	return {
		paragraphs: paragraphs ?? 0,
		comparisons: comparisons ?? 0,
		matched: matched ?? 0,
		predecessors: predecessors ?? 0,
		generated: matchShareOf(stdout, 'generated') ?? undefined,
		real: matchShareOf(stdout, 'real') ?? undefined,
	};
}

// `15.5 % (4.0)`: the share of paragraphs with a match, and the matches each of those has.
function shareCell(share: MatchShare | undefined): string {
	if (share === undefined || share.paragraphs === 0) return '–';
	const each = share.matched > 0 ? share.matches / share.matched : 0;
	return `${((100 * share.matched) / share.paragraphs).toFixed(1)} % (${each.toFixed(1)})`;
}

const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const seconds = (value: number): string => value.toFixed(2);

/** A figure as a multiple of its floor, `1.83×`; a dash when there is no floor to divide by. */
export function ratioToFloor(value: number, floor: number): string {
	return floor > 0 ? `${(value / floor).toFixed(2)}×` : '–';
}

/**
 * The share pages and the index side by side: the build's wall time for them, the build's CPU less
 * Astro's (the whole build is timed with Pagefind's indexer reaped, so this counts the indexer), and
 * as peak the build process's and the indexer's alone added, since they run at once.
 */
export function sideBySideOf(run: BenchRun): StageFigures {
	return {
		wallSeconds: run.sideBySide.wallSeconds,
		cpuSeconds: figuresWithout(run.build, run.astro).cpuSeconds,
		peakRssBytes: run.sideBySide.peakRssBytes + run.index.peakRssBytes,
	};
}

/** Convert and build, whose peak is the larger of Astro's and the two stages' side by side. */
function wholeOf(run: BenchRun): StageFigures {
	const whole = sequentialFigures([run.convert, run.build]);
	return {
		...whole,
		peakRssBytes: Math.max(whole.peakRssBytes, sideBySideOf(run).peakRssBytes),
	};
}

function floorOf(run: BenchRun): StageFigures | null {
	return run.floor === null ? null : sequentialFigures([run.floor.astro, run.floor.index]);
}

function stageRow(
	documents: number,
	stage: string,
	figures: StageFigures,
	floor: StageFigures | null,
): string {
	const cells = [
		documents.toLocaleString('en'),
		stage,
		seconds(figures.wallSeconds),
		seconds(figures.cpuSeconds),
		mib(figures.peakRssBytes),
		floor === null
			? '–'
			: `${seconds(floor.wallSeconds)} / ${seconds(floor.cpuSeconds)} / ${mib(floor.peakRssBytes)}`,
		floor === null ? '–' : ratioToFloor(figures.wallSeconds, floor.wallSeconds),
		floor === null ? '–' : ratioToFloor(figures.cpuSeconds, floor.cpuSeconds),
		floor === null ? '–' : ratioToFloor(figures.peakRssBytes, floor.peakRssBytes),
	];
	return `| ${cells.join(' | ')} |`;
}

/**
 * The watched edits told: their median, and their number and range.
 * @example watchedEditsTold([0.3, 0.25, 0.41]) // { median: '0.30', edits: '3 edits: 0.25 to 0.41 s' }
 */
export function watchedEditsTold(times: readonly number[]): { median: string; edits: string } {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (index: number): string => seconds(sorted[index] ?? Number.NaN);
	return {
		median: at(Math.floor((sorted.length - 1) / 2)),
		edits: `${sorted.length} edits: ${at(0)} to ${at(sorted.length - 1)} s`,
	};
}

// The converter runs on between edits, so CPU and peak are not an edit's alone: only wall time.
function watchedEditRow({ documents, watchedEdits }: BenchRun): string {
	const { median, edits } = watchedEditsTold(watchedEdits);
	const stage = `re-convert after editing one seed, the converter watching (median of ${edits})`;
	return `| ${documents.toLocaleString('en')} | ${stage} | ${median} | – | – | – | – | – | – |`;
}

/** The time and memory table: one row per stage per size, each beside its floor. */
export function timeTable(runs: readonly BenchRun[]): string {
	const header = [
		'| docs | stage | wall s | CPU s | peak RSS MiB | floor wall s / CPU s / RSS MiB | × wall | × CPU | × RSS |',
		'| ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
	];
	const rows = runs.flatMap((run) => [
		stageRow(
			run.documents,
			`convert (${Math.round(run.documents / Math.max(run.convert.wallSeconds, 0.001))} docs/s)`,
			run.convert,
			null,
		),
		stageRow(
			run.documents,
			`re-convert after editing one seed (${run.edit.written} files written)`,
			run.edit,
			null,
		),
		watchedEditRow(run),
		stageRow(run.documents, 'agreed language alone (also inside the Astro build)', run.match, null),
		stageRow(run.documents, 'Astro build', run.astro, run.floor?.astro ?? null),
		stageRow(run.documents, 'share pages and search index, side by side', sideBySideOf(run), null),
		stageRow(run.documents, 'search index alone', run.index, run.floor?.index ?? null),
		stageRow(run.documents, '**whole build** (convert + build)', wholeOf(run), floorOf(run)),
	]);
	return [...header, ...rows].join('\n');
}

/** The size table: the site, its index, one page and a first search, beside the floor's. */
export function sizeTable(runs: readonly BenchRun[]): string {
	const header = [
		'| docs | pages | index records | site MiB (floor) | × | search index MiB (floor) | document page kB (gzip) | home page kB (gzip) | first query kB (requests) | then the filters kB (requests) |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	const rows = runs.map((run) =>
		[
			run.documents.toLocaleString('en'),
			run.pages.toLocaleString('en'),
			run.records.toLocaleString('en'),
			`${mib(run.output.bytes)} (${run.floor === null ? '–' : mib(run.floor.output.bytes)})`,
			run.floor === null ? '–' : ratioToFloor(run.output.bytes, run.floor.output.bytes),
			`${mib(run.searchIndex.bytes)} (${run.floor === null ? '–' : mib(run.floor.searchIndex.bytes)})`,
			`${kb(run.documentPage.bytes)} (${kb(run.documentPage.gzipBytes)})`,
			`${kb(run.homePage.bytes)} (${kb(run.homePage.gzipBytes)})`,
			`${kb(run.firstQuery.bytes)} (${run.firstQuery.requests})`,
			`${kb(run.firstQuery.facets.bytes)} (${run.firstQuery.facets.requests})`,
		].join(' | '),
	);
	return [...header, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/**
 * What each document added between one size and the next: the whole build's wall and CPU time, its
 * peak memory, the site's and the index's bytes, and a first search's bytes. Linear growth keeps
 * these steady from row to row; a figure that climbs with the size is what limits the next one.
 */
export function growthTable(runs: readonly BenchRun[]): string {
	const header = [
		'| from → to docs | whole build ms / doc (wall) | CPU ms / doc | peak RSS kB / doc | site kB / doc | search index kB / doc | first query bytes / doc |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	const sorted = [...runs].sort((a, b) => a.documents - b.documents);
	const rows = sorted.slice(1).map((run, index) => {
		const before = sorted[index] as BenchRun;
		const added = run.documents - before.documents;
		const per = (after: number, earlier: number, unit: number): string =>
			((after - earlier) / unit / added).toFixed(1);
		const [whole, wholeBefore] = [wholeOf(run), wholeOf(before)];
		return `| ${before.documents.toLocaleString('en')} → ${run.documents.toLocaleString('en')} | ${[
			per(whole.wallSeconds, wholeBefore.wallSeconds, 0.001),
			per(whole.cpuSeconds, wholeBefore.cpuSeconds, 0.001),
			per(whole.peakRssBytes, wholeBefore.peakRssBytes, 1000),
			per(run.output.bytes, before.output.bytes, 1000),
			per(run.searchIndex.bytes, before.searchIndex.bytes, 1000),
			per(run.firstQuery.bytes, before.firstQuery.bytes, 1),
		].join(' | ')} |`;
	});
	return [...header, ...rows].join('\n');
}

/** What a first search fetched, by kind of file: one line per size. */
export function firstQueryTable(runs: readonly BenchRun[]): string {
	const kinds: PagefindFetchKind[] = [
		'script',
		'entry',
		'wasm',
		'meta',
		'index chunk',
		'filter chunk',
		'fragment',
		'other',
	];
	const header = [
		`| docs | query | ${kinds.join(' | ')} | total |`,
		`| ---: | --- | ${kinds.map(() => '---:').join(' | ')} | ---: |`,
	];
	const rows = runs.map((run) => {
		const cells = kinds.map((kind) => {
			const fetched = run.firstQuery.byKind[kind];
			return fetched === undefined ? '–' : `${kb(fetched.bytes)} kB (${fetched.requests})`;
		});
		return `| ${run.documents.toLocaleString('en')} | ${run.firstQuery.query} | ${cells.join(' | ')} | ${kb(run.firstQuery.bytes)} kB (${run.firstQuery.requests}) |`;
	});
	return [...header, ...rows].join('\n');
}

/**
 * The agreed-language table: per size, what the stage found and what it cost; the generated and the
 * real documents' paragraphs with a match as a share of theirs, with the matches each has.
 */
export function matchTable(rows: readonly { documents: number; match: MatchFigures }[]): string {
	const header = [
		'| docs | paragraphs | candidate pairs | paragraphs with a match | generated: with a match (matches each) | real: with a match (matches each) | predecessors | wall s | CPU s | peak RSS MiB |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	const lines = rows.map(({ documents, match }) =>
		[
			documents.toLocaleString('en'),
			match.paragraphs.toLocaleString('en'),
			match.comparisons.toLocaleString('en'),
			match.matched.toLocaleString('en'),
			shareCell(match.generated),
			shareCell(match.real),
			match.predecessors.toLocaleString('en'),
			seconds(match.wallSeconds),
			seconds(match.cpuSeconds),
			mib(match.peakRssBytes),
		].join(' | '),
	);
	return [...header, ...lines.map((line) => `| ${line} |`)].join('\n');
}
