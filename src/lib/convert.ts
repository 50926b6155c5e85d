/**
 * Seeds in, generated files out: the pure core of `npm run convert`.
 *
 * Everything that can fail (parsing, checking the corpus) happens before anything is written, so a
 * bad seed leaves the previous `content/` as it was. Every seed is parsed on every run (the corpus's
 * symbols and link data need all of them); only serialising a document whose cache key and files are
 * unchanged is skipped (see convert-cache.ts).
 */
import {
	cacheKeyOf,
	contentHashOf,
	type ConvertManifest,
	linkDataHashOf,
	type ManifestEntry,
	manifestOf,
	reusableEntry,
} from './convert-cache.ts';
import { documentMdx } from './emit-mdx.ts';
import type { UnDocument } from './model.ts';
import type { ParseWarning } from './parse/parse-error.ts';
import { parseCorpus, type SeedFile } from './parse/parse-seed.ts';
import { citesOf, corpusOf, linkWarningsOf, linksInCorpus } from './references-links.ts';

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
	/** What the last conversion into the content directory wrote, or null to convert everything. */
	manifest: ConvertManifest | null;
	/** The hash of each file now in the content directory, by name. */
	contentHashes: ReadonlyMap<string, string>;
}

/** The generated files of the corpus, by name inside `content/`, and what parsing noticed. */
export interface ConvertedCorpus {
	/** The files of the documents emitted on this run, to write. */
	files: Map<string, string>;
	/** The files of the documents reused from the last run, to keep as they are. */
	kept: string[];
	documents: UnDocument[];
	/** How many documents were serialised again, and how many kept their files. */
	emitted: number;
	reused: number;
	warnings: ParseWarning[];
	/** What to remember for the next run, once the files are written. */
	manifest: ConvertManifest;
}

const noCache: ConvertCache = { converterVersion: '', manifest: null, contentHashes: new Map() };

/**
 * Converts every seed to its MDX page and its JSON model; references are linked across the whole
 * corpus, so a document's links depend on which others are converted with it. With a cache, a
 * document whose seed, converter and corpus link data are unchanged keeps the files it has.
 */
export function convertCorpus(seeds: readonly SeedFile[], cache: ConvertCache = noCache): ConvertedCorpus {
	const { document: documents, warnings: parseWarnings } = parseCorpus(seeds);
	const corpus = corpusOf(documents);
	const linkDataHash = linkDataHashOf(corpus);
	const linksIn = linksInCorpus(corpus);
	const linkWarnings: ParseWarning[] = [];
	const files = new Map<string, string>();
	const kept: string[] = [];
	const entries: Record<string, ManifestEntry> = {};
	let reused = 0;
	documents.forEach((document, index) => {
		const slug = contentSlugOf(document.meta.symbol);
		const seed = seeds[index];
		const seedPath = seed?.file ?? document.file;
		// parseCorpus gives one document per seed, in order; a document without one is never cached.
		const key = seed === undefined ? null : cacheKeyOf(seed, cache.converterVersion, linkDataHash);
		const previous = key === null ? null : reusableEntry(cache.manifest, slug, key, cache.contentHashes);
		if (previous !== null) {
			kept.push(...Object.keys(previous.files));
			linkWarnings.push(...previous.warnings);
			entries[slug] = previous;
			reused += 1;
			return;
		}
		const mdx = documentMdx(document, { seedPath, ...citesOf(document), linksIn });
		const json = `${JSON.stringify(document, null, '\t')}\n`;
		const warnings = linkWarningsOf([document], corpus);
		files.set(`${slug}.mdx`, mdx);
		files.set(`${slug}.json`, json);
		linkWarnings.push(...warnings);
		if (key === null) return;
		entries[slug] = {
			key,
			files: { [`${slug}.mdx`]: contentHashOf(mdx), [`${slug}.json`]: contentHashOf(json) },
			warnings,
		};
	});
	return {
		files,
		kept,
		documents,
		emitted: documents.length - reused,
		reused,
		warnings: [...parseWarnings, ...linkWarnings],
		manifest: manifestOf(entries),
	};
}
