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

/**
 * A seed on its way through: its key, its parse summary (now or remembered), and when it was parsed
 * now, its model as compact JSON: a tenth of the parsed document's memory, and read back in a
 * fraction of the time parsing the seed again would take.
 */
interface SeedState {
	seed: SeedSource;
	seedKey: string;
	parsed: ParseSummary;
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

function parsedState(seed: SeedSource, seedKey: string): SeedState {
	const { document, warnings } = parseSeed(seed.read());
	return { seed, seedKey, parsed: summaryOf(document, warnings), model: JSON.stringify(document) };
}

/** Parses the seeds that changed, in order, stopping at the first error as parseCorpus does. */
function seedStatesOf(seeds: readonly (SeedFile | SeedSource)[], cache: ConvertCache): SeedState[] {
	const fileBySymbol = new Map<string, string>();
	return seeds.map(sourceOf).map((seed) => {
		const seedKey = seedKeyOf(seed, cache.converterVersion);
		const remembered = cachedParse(cache.manifest, seed.file, seedKey);
		const state: SeedState =
			remembered === null
				? parsedState(seed, seedKey)
				: { seed, seedKey, parsed: remembered, model: null };
		const { symbol, symbolLine } = state.parsed;
		const earlier = fileBySymbol.get(symbol);
		if (earlier !== undefined) throw duplicateSymbolError(seed.file, symbolLine, symbol, earlier);
		fileBySymbol.set(symbol, seed.file);
		return state;
	});
}

/** Where generated files go as they are made, with the hash of each: by default, the returned `files`. */
export type FileSink = (name: string, text: string, hash: string) => void;

/**
 * Converts every seed to its MDX page and its JSON model; references are linked across the whole
 * corpus, so a document's links depend on which others are converted with it. With a cache, only
 * changed seeds are parsed, and only documents whose seed or corpus link data changed are emitted.
 *
 * Every seed is parsed (or its parse remembered) before any file is made, so a bad seed stops the
 * run before anything is written. That first pass keeps each parse's summary and its model as
 * compact JSON, not the parsed document; a document's files are made from its model and handed to
 * `sink` one document at a time, because 20,000 parsed documents and their files, held together,
 * outgrew the heap.
 */
export function convertCorpus(
	seeds: readonly (SeedFile | SeedSource)[],
	cache: ConvertCache = noCache,
	sink?: FileSink,
): ConvertedCorpus {
	const states = seedStatesOf(seeds, cache);
	const corpus: Corpus = new Map(
		states.map(({ parsed }) => [parsed.symbol, corpusEntryFrom(parsed)]),
	);
	const linkDataHash = linkDataHashOf(states.map(({ parsed }) => parsed));
	const linkWarnings: ParseWarning[] = [];
	const files = new Map<string, string>();
	const emittedFiles: string[] = [];
	// Each file is hashed once, for the manifest and for the sink's comparison with the file there.
	const put = (name: string, text: string): string => {
		const hash = contentHashOf(text);
		emittedFiles.push(name);
		if (sink === undefined) files.set(name, text);
		else sink(name, text, hash);
		return hash;
	};
	const kept: string[] = [];
	const entries: Record<string, ManifestEntry> = {};
	let reused = 0;
	let parsedLate = 0;
	let parsedNow = 0;
	for (const state of states) {
		const { seed, seedKey, parsed, model } = state;
		if (model !== null) parsedNow += 1;
		const key = documentKeyOf(seedKey, linkDataHash);
		const previous = reusableEntry(cache.manifest, seed.file, key, cache.contentHashes);
		if (previous !== null) {
			kept.push(...Object.keys(previous.files));
			linkWarnings.push(...previous.warnings);
			entries[seed.file] = previous;
			reused += 1;
			continue;
		}
		// A seed remembered from the last run whose files must be written again (the corpus's links
		// changed, a file was edited by hand) is parsed now; it parsed then, so it parses now.
		if (model === null) parsedLate += 1;
		const document =
			model === null ? parseSeed(seed.read()).document : (JSON.parse(model) as UnDocument);
		// Let it go: the models not yet emitted are all the pass holds.
		state.model = null;
		const slug = contentSlugOf(parsed.symbol);
		// Its citations and its links read the same texts: each is searched for references once.
		const find = rememberingFinder();
		const { cites, citesWithoutSymbol, warnings } = citesAndLinkWarningsOf(document, corpus, find);
		const linksIn = linksInCorpus(corpus, find);
		const mdx = documentMdx(document, { seedPath: seed.file, cites, citesWithoutSymbol, linksIn });
		const json = `${JSON.stringify(document, null, '\t')}\n`;
		const mdxHash = put(`${slug}.mdx`, mdx);
		const jsonHash = put(`${slug}.json`, json);
		linkWarnings.push(...warnings);
		entries[seed.file] = {
			seedKey,
			parsed,
			key,
			files: { [`${slug}.mdx`]: mdxHash, [`${slug}.json`]: jsonHash },
			warnings,
		};
	}
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
