/**
 * `npm run convert`: seeds/ → content/. Thin: it reads and writes files; src/lib decides.
 * `node scripts/convert.ts SEEDS CONTENT` converts another seed directory into another content directory.
 * `--watch` converts, then again whenever a seed changes (scripts/convert-watch.ts), until stopped.
 * Only documents whose seed, converter or corpus link data changed are serialised again (src/lib/emit/convert-cache.ts),
 * and only files whose stamps changed since the last run are read (src/lib/emit/file-stamps.ts).
 */
import { enableCompileCache } from 'node:module';

// Node keeps the converter's modules compiled (their TypeScript stripped) between runs: loading them
// is otherwise a third of a re-run's time. It must be on before they are imported, hence the imports below.
enableCompileCache(new URL('../node_modules/.cache/node-compile', import.meta.url).pathname);
const { convertOnce, recordsOnDisk, refusalLines, runSummary, saveRecords, warningLines } =
	await import('./convert-run.ts');
const { ParseError } = await import('../src/lib/parse/error.ts');

const watching = process.argv.includes('--watch');
const [seedsArgument, contentArgument] = process.argv.slice(2).filter((arg) => arg !== '--watch');
// Tests and the benchmark convert corpora of their own; everyone else seeds/ into content/.
const seedsDirectory = seedsArgument ?? 'seeds';
const contentDirectory = contentArgument ?? 'content';

if (watching) {
	const { watchSeeds } = await import('./convert-watch.ts');
	const stop = await watchSeeds(seedsDirectory, contentDirectory, {
		report: (line) => console.log(line),
		warn: (line) => console.warn(line),
		fail: (error) => {
			console.error(error);
			process.exit(1);
		},
	});
	console.log(`convert: watching ${seedsDirectory} for changes`);
	// Started by another process (the dev server, the benchmark): stop when it goes.
	process.on('disconnect', stop);
} else {
	try {
		const run = await convertOnce(
			seedsDirectory,
			contentDirectory,
			await recordsOnDisk(contentDirectory),
		);
		for (const line of warningLines(run)) console.warn(line);
		await saveRecords(contentDirectory, run.records);
		console.log(runSummary(run));
	} catch (error) {
		if (!(error instanceof ParseError)) throw error;
		for (const line of refusalLines(error)) console.error(line);
		process.exitCode = 1;
	}
}
