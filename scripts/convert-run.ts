/**
 * One run of the converter over a seeds directory into its content directory, from the records the
 * last run left (its stamps and manifest) to the records it leaves. `scripts/convert.ts` reads them
 * from disk for a single run; `--watch` keeps them in memory between runs, with the modules loaded,
 * which is what a one-seed edit of a large corpus otherwise spends most of its time on.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { manifestFrom, type ConvertManifest } from '../src/lib/emit/convert-cache.ts';
import type { ConvertedCorpus } from '../src/lib/emit/convert.ts';
import type { ParseError } from '../src/lib/parse/error.ts';
import { stampRecordFrom, stampRecordOf, type StampRecord } from '../src/lib/emit/file-stamps.ts';
import {
	contentHashesIn,
	ContentWriter,
	converterVersion,
	fileSystemNow,
	manifestPathFor,
	readRecord,
	seedSourcesIn,
	stampRecordPathFor,
	type WriteReport,
	writeRecord,
} from './content-io.ts';
import { convertCorpusInParallel } from './convert-in-parallel.ts';

/** What one run leaves for the next: the stamps it took and what it converted. */
export interface ConverterRecords {
	stamps: StampRecord;
	manifest: ConvertManifest;
}

/** The converter's version and the stamps of the files hashed for it. */
export type ConverterVersion = Awaited<ReturnType<typeof converterVersion>>;

/**
 * Records a run starts from, none for a content directory never converted: the manifest may still
 * be on its way from disk while files are statted.
 */
export interface StartingRecords {
	stamps: StampRecord | null;
	manifest: ConvertManifest | null | Promise<ConvertManifest | null>;
}

/**
 * The records the last run over a content directory wrote (none for a directory never converted):
 * the stamps read, the manifest being read.
 */
export async function recordsOnDisk(contentDirectory: string): Promise<StartingRecords> {
	const manifestPath = manifestPathFor(contentDirectory);
	const manifest = readRecord(manifestPath, manifestFrom);
	return {
		stamps: await readRecord(stampRecordPathFor(manifestPath), stampRecordFrom),
		manifest,
	};
}

/**
 * Writes a run's records, the manifest first. Only after the content files: a run stopped in
 * between leaves the previous manifest, whose keys or file hashes do not match the files that run
 * rewrote, so they are converted again.
 */
export async function saveRecords(
	contentDirectory: string,
	{ stamps, manifest }: ConverterRecords,
): Promise<void> {
	const manifestPath = manifestPathFor(contentDirectory);
	await writeRecord(manifestPath, manifest);
	await writeRecord(stampRecordPathFor(manifestPath), stamps);
}

/** What a run did. */
export interface ConvertRun {
	converted: ConvertedCorpus;
	report: WriteReport;
	records: ConverterRecords;
}

/**
 * Converts the seeds whose bytes, converter or corpus link data changed since `records` were left,
 * and writes what changed into the content directory, all or nothing: a ParseError leaves it as it
 * was. `version`, when given, is taken as the converter's (a converter that keeps running keeps the
 * code it started with); otherwise it is read from the sources.
 */
export async function convertOnce(
	seedsDirectory: string,
	contentDirectory: string,
	records: StartingRecords,
	version?: ConverterVersion,
): Promise<ConvertRun> {
	// Taken before any stamp, on the clock of the files stamped (the content directory's, or the
	// cache's on a first run, which has no content to vouch for).
	const began = await fileSystemNow(
		existsSync(contentDirectory) ? contentDirectory : dirname(manifestPathFor(contentDirectory)),
	);
	const [seeds, converter, content, manifest] = await Promise.all([
		seedSourcesIn(seedsDirectory, records.stamps),
		version ?? converterVersion(records.stamps),
		contentHashesIn(contentDirectory, records.stamps),
		records.manifest,
	]);
	const writer = new ContentWriter(contentDirectory, content.hashes);
	let converted: ConvertedCorpus;
	try {
		converted = await convertCorpusInParallel(
			seeds.seeds,
			{
				converterVersion: converter.version,
				manifest,
				contentHashes: content.hashes,
			},
			writer.write,
		);
	} catch (error) {
		await writer.abandon();
		throw error;
	}
	const report = await writer.commit(converted.emittedFiles, converted.kept);
	// The files this run wrote have changed since their stamps were taken: the next run reads them.
	const stamps = stampRecordOf(began, { ...seeds.stamps, ...converter.stamps, ...content.stamps });
	return { converted, report, records: { stamps, manifest: converted.manifest } };
}

/** What a run warns about, a line each: `warning: file:line: what is odd`. */
export function warningLines({ converted }: ConvertRun): string[] {
	return converted.warnings.map(
		(warning) => `warning: ${warning.file}:${warning.line}: ${warning.message}`,
	);
}

/** What a run that refused a seed says: the cause, `file:line: what is wrong`, and that nothing changed. */
export function refusalLines(error: ParseError): string[] {
	return [`convert: ${error.message}`, 'convert: nothing was written; content/ is as it was.'];
}

/** The line a run prints: what it found and what it wrote. */
export function runSummary({ converted, report }: ConvertRun): string {
	return `convert: ${converted.documents} documents; ${converted.parsed} parsed, ${converted.emitted} converted, ${converted.reused} reused; ${report.written} files written, ${report.unchanged} unchanged, ${report.removed} removed`;
}
