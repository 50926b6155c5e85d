/**
 * `npm run convert`: seeds/ → content/. Thin: it reads and writes files; src/lib decides.
 */
import { convertCorpus } from '../src/lib/convert.ts';
import { ParseError } from '../src/lib/parse/parse-error.ts';
import { readSeeds, writeContent } from './content-io.ts';

const seedsDirectory = 'seeds';
const contentDirectory = 'content';

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
