/**
 * `npm run convert`: seeds/ → content/. Thin: it reads and writes files; src/lib decides.
 * `node scripts/convert.ts SEEDS CONTENT` converts another seed directory into another content directory.
 */
import { convertCorpus } from '../src/lib/convert.ts';
import { ParseError } from '../src/lib/parse/parse-error.ts';
import { readSeeds, writeContent } from './content-io.ts';

// Tests and the benchmark convert corpora of their own; everyone else seeds/ into content/.
const seedsDirectory = process.argv[2] ?? 'seeds';
const contentDirectory = process.argv[3] ?? 'content';

try {
	const converted = convertCorpus(await readSeeds(seedsDirectory));
	for (const warning of converted.warnings) {
		console.warn(`warning: ${warning.file}:${warning.line}: ${warning.message}`);
	}
	const report = await writeContent(contentDirectory, converted.files);
	console.log(
		`convert: ${converted.documents.length} documents; ${report.written} files written, ${report.unchanged} unchanged, ${report.removed} removed`,
	);
} catch (error) {
	if (!(error instanceof ParseError)) throw error;
	console.error(`convert: ${error.message}`);
	console.error('convert: nothing was written; content/ is as it was.');
	process.exitCode = 1;
}
