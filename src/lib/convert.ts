/**
 * Seeds in, generated files out: the pure core of `npm run convert`.
 *
 * Everything that can fail (parsing, checking the corpus) happens before anything is written, so a
 * bad seed leaves the previous `content/` as it was.
 */
import { documentMdx, type LinksInText } from './emit-mdx.ts';
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

/** The generated files of the corpus, by name inside `content/`, and what parsing noticed. */
export interface ConvertedCorpus {
	files: Map<string, string>;
	documents: UnDocument[];
	warnings: ParseWarning[];
}

/** Links each reference to the corpus page and paragraph it names, or to the official record. */
const corpusLinks = (documents: UnDocument[]): LinksInText => linksInCorpus(corpusOf(documents));

/**
 * Converts every seed to its MDX page and its JSON model; references are linked across the whole
 * corpus, so a document's links depend on which others are converted with it.
 */
export function convertCorpus(seeds: readonly SeedFile[], linksFor: (documents: UnDocument[]) => LinksInText = corpusLinks): ConvertedCorpus {
	const { document: documents, warnings: parseWarnings } = parseCorpus(seeds);
	const linksIn = linksFor(documents);
	const warnings = [...parseWarnings, ...linkWarningsOf(documents, corpusOf(documents))];
	const files = new Map<string, string>();
	documents.forEach((document, index) => {
		const slug = contentSlugOf(document.meta.symbol);
		const seedPath = seeds[index]?.file ?? document.file;
		files.set(`${slug}.mdx`, documentMdx(document, { seedPath, ...citesOf(document), linksIn }));
		files.set(`${slug}.json`, `${JSON.stringify(document, null, '\t')}\n`);
	});
	return { files, documents, warnings };
}
