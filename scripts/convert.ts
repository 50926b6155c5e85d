/**
 * `npm run convert`: seeds/ → content/. Thin: it reads and writes files; src/lib decides.
 * `node scripts/convert.ts SEEDS CONTENT` converts another seed directory into another content directory.
 * Only documents whose seed, converter or corpus link data changed are serialised again (src/lib/emit/convert-cache.ts),
 * and only files whose stamps changed since the last run are read (src/lib/emit/file-stamps.ts).
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { enableCompileCache } from 'node:module';

// Node keeps the converter's modules compiled (their TypeScript stripped) between runs: loading them
// is otherwise a third of a re-run's time. It must be on before they are imported, hence the imports below.
enableCompileCache(new URL('../node_modules/.cache/node-compile', import.meta.url).pathname);
const { convertCorpusInParallel } = await import('./convert-in-parallel.ts');
type ConvertedCorpus = import('../src/lib/emit/convert.ts').ConvertedCorpus;
const { ParseError } = await import('../src/lib/parse/error.ts');
const { stampRecordFrom, stampRecordOf } = await import('../src/lib/emit/file-stamps.ts');
const { manifestFrom } = await import('../src/lib/emit/convert-cache.ts');
const {
	contentHashesIn,
	converterVersion,
	fileSystemNow,
	manifestPathFor,
	readRecord,
	seedSourcesIn,
	stampRecordPathFor,
	ContentWriter,
	writeRecord,
} = await import('./content-io.ts');

// Tests and the benchmark convert corpora of their own; everyone else seeds/ into content/.
const seedsDirectory = process.argv[2] ?? 'seeds';
const contentDirectory = process.argv[3] ?? 'content';
const manifestPath = manifestPathFor(contentDirectory);
const stampRecordPath = stampRecordPathFor(manifestPath);

try {
	// Taken before any stamp, on the clock of the files stamped (the content directory's, or the
	// cache's on a first run, which has no content to vouch for).
	const began = await fileSystemNow(
		existsSync(contentDirectory) ? contentDirectory : dirname(manifestPath),
	);
	const stampRecord = await readRecord(stampRecordPath, stampRecordFrom);
	const [seeds, version, manifest, content] = await Promise.all([
		seedSourcesIn(seedsDirectory, stampRecord),
		converterVersion(stampRecord),
		readRecord(manifestPath, manifestFrom),
		contentHashesIn(contentDirectory, stampRecord),
	]);
	const writer = new ContentWriter(contentDirectory, content.hashes);
	let converted: ConvertedCorpus;
	try {
		converted = await convertCorpusInParallel(
			seeds.seeds,
			{ converterVersion: version.version, manifest, contentHashes: content.hashes },
			writer.write,
		);
	} catch (error) {
		await writer.abandon();
		throw error;
	}
	for (const warning of converted.warnings) {
		console.warn(`warning: ${warning.file}:${warning.line}: ${warning.message}`);
	}
	const report = await writer.commit(converted.emittedFiles, converted.kept);
	// Written after the files: a run stopped in between leaves the previous manifest, whose keys or
	// file hashes do not match the files that run rewrote, so they are converted again.
	await writeRecord(manifestPath, converted.manifest);
	// The files this run wrote have changed since their stamps were taken: the next run reads them.
	await writeRecord(
		stampRecordPath,
		stampRecordOf(began, { ...seeds.stamps, ...version.stamps, ...content.stamps }),
	);
	console.log(
		`convert: ${converted.documents} documents; ${converted.parsed} parsed, ${converted.emitted} converted, ${converted.reused} reused; ${report.written} files written, ${report.unchanged} unchanged, ${report.removed} removed`,
	);
} catch (error) {
	if (!(error instanceof ParseError)) throw error;
	console.error(`convert: ${error.message}`);
	console.error('convert: nothing was written; content/ is as it was.');
	process.exitCode = 1;
}
