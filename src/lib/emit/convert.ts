/**
 * Seeds in, generated files out: the pure core of `npm run convert`.
 *
 * Everything that can fail (parsing, checking the corpus) happens before anything is written, so a
 * bad seed leaves the previous `content/` as it was. With a cache (see convert-cache.ts) a seed that
 * is unchanged since the last run is not parsed again (its parse summary stands in: symbol, link data,
 * warnings), and a document whose seed and corpus link data are unchanged is not serialised again.
 */
import {
	cachedParse,
	contentHashOf,
	type ConvertManifest,
	corpusEntryFrom,
	documentKeyOf,
	type HashedSeed,
	hashedSeedOf,
	linkDataHashOf,
	linkHashOf,
	type ManifestEntry,
	manifestOf,
	type ParseSummary,
	reusableEntry,
	seedKeyOf,
} from './convert-cache.ts';
import { documentMdx } from './mdx.ts';
import type { UnDocument } from '../model.ts';
import type { ParseWarning } from '../parse/error.ts';
import { duplicateSymbolError, parseSeed, type SeedFile, symbolLineOf } from '../parse/seed.ts';
import { citesAndLinkWarningsOf, linksInCorpus, rememberingFinder } from '../link/links.ts';
import { type Corpus, corpusEntryOf } from '../link/resolve.ts';

/** The name a document's generated files share: `a-res-64-180` for A/RES/64/180. */
export function contentSlugOf(symbol: string): string {
	return symbol
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** What the last conversion left, for converting again only what changed. */
export interface ConvertCache {
	/** A hash of the converter's own code and libraries: a new one converts everything again. */
	converterVersion: string;
	/** What the last conversion into the content directory did, or null to convert everything. */
	manifest: ConvertManifest | null;
	/** The hash of each file now in the content directory, by name. */
	contentHashes: ReadonlyMap<string, string>;
}

/** The generated files of the corpus, by name inside `content/`, and what parsing noticed. */
export interface ConvertedCorpus {
	/** The files of the documents emitted on this run, to write; empty when they went to a sink. */
	files: Map<string, string>;
	/** The names of the files emitted on this run, wherever they went. */
	emittedFiles: string[];
	/** The files of the documents reused from the last run, to keep as they are. */
	kept: string[];
	/** How many documents the corpus has, how many seeds were parsed, how many documents were
	 * serialised again, and how many kept their files. */
	documents: number;
	parsed: number;
	emitted: number;
	reused: number;
	warnings: ParseWarning[];
	/** What to remember for the next run, once the files are written. */
	manifest: ConvertManifest;
}

const noCache: ConvertCache = { converterVersion: '', manifest: null, contentHashes: new Map() };

/**
 * A seed known by its paths and hashes, read only if it must be parsed: what `scripts/convert.ts`
 * passes, so that a seed whose file stamps vouch for its hashes (file-stamps.ts) is not read at all.
 */
export interface SeedSource extends HashedSeed {
	read(): SeedFile;
}

const sourceOf = (seed: SeedFile | SeedSource): SeedSource =>
	'read' in seed ? seed : { ...hashedSeedOf(seed), read: () => seed };

/** A seed in this run: its key, and its parse summary when the last run's still stands. */
export interface SeedJob {
	seed: SeedSource;
	seedKey: string;
	remembered: ParseSummary | null;
}

/** A seed parsed now: its summary, and its model as compact JSON (a tenth of the parsed document's memory). */
export interface ParsedSeed {
	parsed: ParseSummary;
	model: string;
}

/**
 * A seed on its way through: its key, its parse summary (now or remembered), whether it was parsed
 * now, and its model as compact JSON while this thread holds it (a worker may hold it instead).
 */
export interface SeedState {
	seed: SeedSource;
	seedKey: string;
	parsed: ParseSummary;
	parsedNow: boolean;
	model: string | null;
}

function summaryOf(document: UnDocument, warnings: ParseWarning[]): ParseSummary {
	const entry = corpusEntryOf(document);
	const linked = {
		symbol: document.meta.symbol,
		documentType: entry.documentType,
		annexCount: entry.annexCount,
		anchors: [...entry.anchors].join(' '),
	};
	return { ...linked, symbolLine: symbolLineOf(document), linkHash: linkHashOf(linked), warnings };
}

/** Parses one seed: what a run keeps of it until its files are made. */
export function parseSeedNow(seed: SeedFile): ParsedSeed {
	const { document, warnings } = parseSeed(seed);
	return { parsed: summaryOf(document, warnings), model: JSON.stringify(document) };
}

/** Each seed's key, and its remembered parse where its key is unchanged (it is then not parsed). */
export function seedJobsOf(
	seeds: readonly (SeedFile | SeedSource)[],
	cache: ConvertCache,
): SeedJob[] {
	return seeds.map(sourceOf).map((seed) => {
		const seedKey = seedKeyOf(seed, cache.converterVersion);
		return { seed, seedKey, remembered: cachedParse(cache.manifest, seed.file, seedKey) };
	});
}

/**
 * The seeds' states in order, stopping at the first error as parseCorpus does: `parsedAt(index)`
 * gives (or throws) the parse of each seed not remembered, asked in order.
 */
export function seedStatesFrom(
	jobs: readonly SeedJob[],
	parsedAt: (index: number) => { parsed: ParseSummary; model: string | null },
): SeedState[] {
	const fileBySymbol = new Map<string, string>();
	return jobs.map(({ seed, seedKey, remembered }, index) => {
		const state: SeedState =
			remembered === null
				? { seed, seedKey, parsedNow: true, ...parsedAt(index) }
				: { seed, seedKey, parsed: remembered, parsedNow: false, model: null };
		const { symbol, symbolLine } = state.parsed;
		const earlier = fileBySymbol.get(symbol);
		if (earlier !== undefined) throw duplicateSymbolError(seed.file, symbolLine, symbol, earlier);
		fileBySymbol.set(symbol, seed.file);
		return state;
	});
}

/** Where generated files go as they are made, with the hash of each: by default, the returned `files`. */
export type FileSink = (name: string, text: string, hash: string) => void;

/** What the corpus as a whole decides for each seed: linking's view of it, and which files stand. */
export interface ConvertPlan {
	corpus: Corpus;
	/** Each seed's document key, in order. */
	keys: string[];
	/** Each seed's entry from the last run when its files stand as they are, else null, in order. */
	previous: (ManifestEntry | null)[];
}

/** What linking knows of the corpus, from the seeds' parse summaries. */
export function corpusOf(summaries: readonly ParseSummary[]): Corpus {
	return new Map(summaries.map((parsed) => [parsed.symbol, corpusEntryFrom(parsed)]));
}

/** Links every document against the corpus the run's summaries make, and finds the files that stand. */
export function convertPlanOf(states: readonly SeedState[], cache: ConvertCache): ConvertPlan {
	const corpus = corpusOf(states.map(({ parsed }) => parsed));
	const linkDataHash = linkDataHashOf(states.map(({ parsed }) => parsed));
	const keys = states.map(({ seedKey }) => documentKeyOf(seedKey, linkDataHash));
	const previous = states.map(({ seed }, index) =>
		reusableEntry(cache.manifest, seed.file, keys[index] ?? '', cache.contentHashes),
	);
	return { corpus, keys, previous };
}

/** A generated file: its name inside `content/`, its text and the text's hash. */
export interface GeneratedFile {
	name: string;
	text: string;
	hash: string;
}

/** A document's generated files, and what linking warned about it. */
export interface EmittedDocument {
	files: GeneratedFile[];
	warnings: ParseWarning[];
}

/** The MDX page and the JSON model of one document, linked against the corpus. */
export function emitDocument(
	document: UnDocument,
	seedFile: string,
	corpus: Corpus,
): EmittedDocument {
	const slug = contentSlugOf(document.meta.symbol);
	// Its citations and its links read the same texts: each is searched for references once.
	const find = rememberingFinder();
	const { cites, citesWithoutSymbol, warnings } = citesAndLinkWarningsOf(document, corpus, find);
	const linksIn = linksInCorpus(corpus, find);
	const mdx = documentMdx(document, { seedPath: seedFile, cites, citesWithoutSymbol, linksIn });
	const json = `${JSON.stringify(document, null, '\t')}\n`;
	const file = (name: string, text: string): GeneratedFile => ({
		name,
		text,
		hash: contentHashOf(text),
	});
	return { files: [file(`${slug}.mdx`, mdx), file(`${slug}.json`, json)], warnings };
}

/** The model a seed's files are made from: held as JSON since its parse, or parsed again now. */
function documentOf(state: SeedState): UnDocument {
	// A seed remembered from the last run whose files must be written again (the corpus's links
	// changed, a file was edited by hand) is parsed now; it parsed then, so it parses now.
	return state.model === null
		? parseSeed(state.seed.read()).document
		: (JSON.parse(state.model) as UnDocument);
}

/** An emitted document as the run remembers it: its files' names and hashes, and its warnings. */
export interface EmittedSummary {
	files: Record<string, string>;
	warnings: ParseWarning[];
}

/** Hands a document's files to `sink` (or keeps them in `files`) and remembers their names and hashes. */
export function deliverTo(
	sink: FileSink | undefined,
	files: Map<string, string>,
): (emitted: EmittedDocument) => EmittedSummary {
	return ({ files: made, warnings }) => {
		for (const { name, text, hash } of made) {
			if (sink === undefined) files.set(name, text);
			else sink(name, text, hash);
		}
		return { files: Object.fromEntries(made.map(({ name, hash }) => [name, hash])), warnings };
	};
}

/**
 * The run's result, in the seeds' order whatever order the documents were emitted in: `emitted`
 * holds what was made of each seed whose files do not stand, by its index.
 */
export function convertedCorpusOf(
	states: readonly SeedState[],
	plan: ConvertPlan,
	emitted: ReadonlyMap<number, EmittedSummary>,
	files: Map<string, string>,
): ConvertedCorpus {
	const emittedFiles: string[] = [];
	const kept: string[] = [];
	const linkWarnings: ParseWarning[] = [];
	const entries: Record<string, ManifestEntry> = {};
	let reused = 0;
	let parsedLate = 0;
	states.forEach((state, index) => {
		const previous = plan.previous[index] ?? null;
		if (previous !== null) {
			kept.push(...Object.keys(previous.files));
			linkWarnings.push(...previous.warnings);
			entries[state.seed.file] = previous;
			reused += 1;
			return;
		}
		const made = emitted.get(index);
		if (made === undefined) throw new Error(`${state.seed.file}: its files were not made`);
		if (!state.parsedNow) parsedLate += 1;
		emittedFiles.push(...Object.keys(made.files));
		linkWarnings.push(...made.warnings);
		entries[state.seed.file] = {
			seedKey: state.seedKey,
			parsed: state.parsed,
			key: plan.keys[index] ?? '',
			files: made.files,
			warnings: made.warnings,
		};
	});
	const parsedNow = states.filter((state) => state.parsedNow).length;
	return {
		files,
		emittedFiles,
		kept,
		documents: states.length,
		parsed: parsedNow + parsedLate,
		emitted: states.length - reused,
		reused,
		warnings: [...states.flatMap((state) => state.parsed.warnings), ...linkWarnings],
		manifest: manifestOf(entries),
	};
}

/**
 * Converts every seed to its MDX page and its JSON model; references are linked across the whole
 * corpus, so a document's links depend on which others are converted with it. With a cache, only
 * changed seeds are parsed, and only documents whose seed or corpus link data changed are emitted.
 *
 * Every seed is parsed (or its parse remembered) before any file is made, so a bad seed stops the
 * run before anything is written. That first pass keeps each parse's summary and its model as
 * compact JSON, not the parsed document; a document's files are made from its model and handed to
 * `sink` one document at a time, because 20,000 parsed documents and their files, held together,
 * outgrew the heap. `scripts/convert-in-parallel.ts` does the same on every core.
 */
export function convertCorpus(
	seeds: readonly (SeedFile | SeedSource)[],
	cache: ConvertCache = noCache,
	sink?: FileSink,
): ConvertedCorpus {
	const jobs = seedJobsOf(seeds, cache);
	const states = seedStatesFrom(jobs, (index) =>
		parseSeedNow((jobs[index] as SeedJob).seed.read()),
	);
	const plan = convertPlanOf(states, cache);
	const files = new Map<string, string>();
	const emitted = emitHere(states, plan, deliverTo(sink, files));
	return convertedCorpusOf(states, plan, emitted, files);
}

/** Makes, on this thread and one document at a time, the files of every seed whose files do not stand. */
export function emitHere(
	states: readonly SeedState[],
	plan: ConvertPlan,
	deliver: (emitted: EmittedDocument) => EmittedSummary,
): Map<number, EmittedSummary> {
	const emitted = new Map<number, EmittedSummary>();
	states.forEach((state, index) => {
		if (plan.previous[index] !== null) return;
		const document = documentOf(state);
		// Let it go: the models not yet emitted are all the pass holds.
		state.model = null;
		emitted.set(index, deliver(emitDocument(document, state.seed.file, plan.corpus)));
	});
	return emitted;
}
