/**
 * The agreed-language stage on its own, as the build computes it once (`src/site/agreed-language.ts`)
 * and its pages then read it: `node scripts/bench/match-stage.ts CONTENT` loads the models and what
 * each document cites, matches every paragraph of the corpus, orders every paragraph's history and
 * sets every resolution that has a predecessor against it. It prints what it found and how long each
 * part took, then how much of the generated documents and of the real ones it matched; `npm run bench`
 * times the whole process under GNU time.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { UnDocument } from '../../src/lib/model.ts';
import { agreedLanguageOf, changesOf, historyAt } from '../../src/lib/match/corpus.ts';
import { isGeneratedSeed } from './corpus/corpus.ts';
import { matchShareLine, matchSharesOf } from './match-shares.ts';

const content = process.argv[2];
if (content === undefined) throw new Error('usage: node scripts/bench/match-stage.ts CONTENT');

const started = performance.now();
const names = (await readdir(content)).sort();
// One at a time, as the build reads them (src/site/corpus.ts): all at once ran out of file
// descriptors at 20,000 documents (EMFILE).
const models: UnDocument[] = [];
for (const name of names.filter((file) => file.endsWith('.json')))
	models.push(JSON.parse(await readFile(join(content, name), 'utf8')) as UnDocument);
const cites = new Map<string, string[]>();
for (const name of names.filter((file) => file.endsWith('.mdx'))) {
	const data = matter(await readFile(join(content, name), 'utf8')).data as {
		symbol: string;
		cites: string[];
	};
	cites.set(data.symbol, data.cites);
}
const loaded = performance.now();
const agreed = agreedLanguageOf(models, (symbol) => cites.get(symbol) ?? []);
const matched = performance.now();
let withHistory = 0;
for (const key of agreed.paragraphs.keys()) {
	const history = historyAt(agreed, key);
	if (
		history !== null &&
		history.earlier.length + history.sameDate.length + history.later.length > 0
	)
		withHistory++;
}
let changes = 0;
for (const symbol of agreed.predecessors.keys())
	changes += changesOf(agreed, symbol)?.changes.length ?? 0;
const done = performance.now();
const seconds = (ms: number): string => (ms / 1000).toFixed(2);
console.log(
	`agreed language: ${models.length} documents, ${agreed.paragraphs.size} paragraphs, ` +
		`${agreed.comparisons} pairs compared, ${withHistory} paragraphs with a match, ` +
		`${agreed.predecessors.size} predecessors (${changes} paragraphs set against them); ` +
		`load ${seconds(loaded - started)} s, match ${seconds(matched - loaded)} s, ` +
		`histories and changes ${seconds(done - matched)} s`,
);
const origins = new Map(
	models.map(
		(model) => [model.meta.symbol, isGeneratedSeed(model.file) ? 'generated' : 'real'] as const,
	),
);
const shares = matchSharesOf(
	agreed.paragraphs,
	agreed.matches,
	(symbol) => origins.get(symbol) ?? 'real',
);
console.log(matchShareLine('generated', shares.generated));
console.log(matchShareLine('real', shares.real));
