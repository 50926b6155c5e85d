/**
 * Reading seeds and writing content/: the file-system edges of the converter.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import pLimit from 'p-limit';
import { contentHashOf, type ConvertManifest } from '../src/lib/emit/convert-cache.ts';
import type { SeedSource } from '../src/lib/emit/convert.ts';
import {
	type FileStamp,
	type StampedHash,
	type StampRecord,
	vouchedHash,
} from '../src/lib/emit/file-stamps.ts';
import type { SeedFile } from '../src/lib/parse/seed.ts';

const sidecarSuffix = '.meta.yml';
// Files open at once: a corpus of 20,000 seeds read all together ran out of file descriptors (EMFILE).
const openFiles = pLimit(64);
const projectRoot = resolve(import.meta.dirname, '..');

/** The seeds of a directory and their sidecars' paths, in file-name order. */
async function seedPathsIn(
	directory: string,
): Promise<{ file: string; sidecarFile: string | null }[]> {
	const names = (await readdir(directory)).sort();
	const present = new Set(names);
	return names
		.filter((name) => !name.endsWith(sidecarSuffix) && !name.startsWith('.'))
		.map((name) => {
			const sidecarName = name.replace(/\.[^.]+$/, '') + sidecarSuffix;
			return {
				file: join(directory, name),
				sidecarFile: present.has(sidecarName) ? join(directory, sidecarName) : null,
			};
		});
}

/** Every seed in a directory (sidecars beside them), in file-name order. */
export async function readSeeds(directory: string): Promise<SeedFile[]> {
	return Promise.all(
		(await seedPathsIn(directory)).map(({ file, sidecarFile }) =>
			openFiles(async () => ({
				file,
				text: await readFile(file, 'utf8'),
				sidecar:
					sidecarFile === null
						? null
						: { file: sidecarFile, text: await readFile(sidecarFile, 'utf8') },
			})),
		),
	);
}

/**
 * What hashing files found: each file's hash, the bytes of those it read when asked to keep them,
 * and their stamps to record.
 */
export interface HashedFiles {
	hashes: Map<string, string>;
	read: Map<string, Buffer>;
	stamps: Record<string, StampedHash>;
}

// Synchronous: tens of thousands of stats through promises cost three times as long (0.44 s against
// 0.13 s for the 15,742 files of 5,000 documents).
function stampOf(path: string): FileStamp {
	const stats = statSync(path, { bigint: true });
	return {
		size: Number(stats.size),
		ino: String(stats.ino),
		mtimeNs: String(stats.mtimeNs),
		ctimeNs: String(stats.ctimeNs),
	};
}

/**
 * The hash of each file, read only when the last run's stamp does not vouch for it
 * (src/lib/emit/file-stamps.ts). Each stamp is taken before the file is read, so a file changed in
 * between is read again next time. Records are keyed by absolute path. `keepBytes` keeps what was
 * read, for a caller that needs it next (the seeds to parse); the generated files are only compared.
 */
export async function hashFiles(
	paths: readonly string[],
	record: StampRecord | null,
	keepBytes = false,
): Promise<HashedFiles> {
	const found: HashedFiles = { hashes: new Map(), read: new Map(), stamps: {} };
	const unread: { path: string; key: string; stamp: FileStamp }[] = [];
	for (const path of paths) {
		const key = resolve(path);
		const stamp = stampOf(path);
		const hash = vouchedHash(record, key, stamp);
		if (hash === null) unread.push({ path, key, stamp });
		else {
			found.hashes.set(path, hash);
			found.stamps[key] = { stamp, hash };
		}
	}
	await Promise.all(
		unread.map(({ path, key, stamp }) =>
			openFiles(async () => {
				const bytes = await readFile(path);
				const hash = contentHashOf(bytes);
				if (keepBytes) found.read.set(path, bytes);
				found.hashes.set(path, hash);
				found.stamps[key] = { stamp, hash };
			}),
		),
	);
	return found;
}

/**
 * The seeds of a directory as the converter takes them: by their hashes, each read only if it must be
 * parsed. Seeds the last run's stamps vouch for are not read here at all.
 */
export async function seedSourcesIn(
	directory: string,
	record: StampRecord | null,
): Promise<{ seeds: SeedSource[]; stamps: Record<string, StampedHash> }> {
	const paths = await seedPathsIn(directory);
	const hashed = await hashFiles(
		paths.flatMap(({ file, sidecarFile }) => (sidecarFile === null ? [file] : [file, sidecarFile])),
		record,
		true,
	);
	const hashOf = (path: string): string => hashed.hashes.get(path) ?? '';
	const textOf = (path: string): string =>
		(hashed.read.get(path) ?? readFileSync(path)).toString('utf8');
	const seeds = paths.map(({ file, sidecarFile }): SeedSource => ({
		file,
		textHash: hashOf(file),
		sidecar: sidecarFile === null ? null : { file: sidecarFile, textHash: hashOf(sidecarFile) },
		read: () => ({
			file,
			text: textOf(file),
			sidecar: sidecarFile === null ? null : { file: sidecarFile, text: textOf(sidecarFile) },
		}),
	}));
	return { seeds, stamps: hashed.stamps };
}

/** What writing content/ did. */
export interface WriteReport {
	written: number;
	unchanged: number;
	removed: number;
}

const isGenerated = (name: string): boolean => /\.(mdx|json)$/.test(name) && !name.startsWith('.');

/**
 * Writes a conversion's files into a content directory without touching it until the conversion
 * has succeeded: `write` sets each changed file aside in a staging directory beside it as the
 * converter makes it (a file whose hash is the one already there is not written at all), `commit`
 * moves them in, each by a rename so no reader sees half a file, and removes the generated files
 * the conversion no longer makes; `abandon` throws the staged files away.
 */
export class ContentWriter {
	readonly #directory: string;
	readonly #staging: string;
	readonly #existing: ReadonlyMap<string, string>;
	readonly #staged: string[] = [];
	#unchanged = 0;

	/** `existing`: the hash of each generated file now in the directory, by name. */
	constructor(directory: string, existing: ReadonlyMap<string, string>) {
		this.#directory = directory;
		this.#staging = join(
			dirname(resolve(directory)),
			`.${basename(resolve(directory))}.convert-${process.pid}`,
		);
		this.#existing = existing;
	}

	/** Sets a file aside unless the directory already has it with these bytes. */
	write = (name: string, text: string, hash: string): void => {
		if (this.#existing.get(name) === hash) {
			this.#unchanged += 1;
			return;
		}
		if (this.#staged.length === 0) mkdirSync(this.#staging, { recursive: true });
		writeFileSync(join(this.#staging, name), text);
		this.#staged.push(name);
	};

	/** Moves the staged files in and removes generated files that are neither made nor `kept`. */
	async commit(made: readonly string[], kept: readonly string[]): Promise<WriteReport> {
		await mkdir(this.#directory, { recursive: true });
		for (const name of this.#staged)
			await rename(join(this.#staging, name), join(this.#directory, name));
		await this.abandon();
		const wanted = new Set([...made, ...kept]);
		let removed = 0;
		for (const name of await readdir(this.#directory)) {
			if (wanted.has(name) || !isGenerated(name)) continue;
			await rm(join(this.#directory, name));
			removed += 1;
		}
		return { written: this.#staged.length, unchanged: this.#unchanged + kept.length, removed };
	}

	/** Throws the staged files away: the content directory stays as it was. */
	async abandon(): Promise<void> {
		await rm(this.#staging, { recursive: true, force: true });
	}
}

/**
 * The hash of every generated file now in a directory (none when it does not exist yet), by name,
 * and their stamps to record.
 */
export async function contentHashesIn(
	directory: string,
	record: StampRecord | null = null,
): Promise<{ hashes: Map<string, string>; stamps: Record<string, StampedHash> }> {
	const names = (await readdir(directory).catch(() => [])).filter(isGenerated);
	const hashed = await hashFiles(
		names.map((name) => join(directory, name)),
		record,
	);
	return {
		hashes: new Map(names.map((name) => [name, hashed.hashes.get(join(directory, name)) ?? ''])),
		stamps: hashed.stamps,
	};
}

/**
 * The file system's time now: the modification time of a file written in `directory` for the
 * purpose (and removed), so that it has the granularity of the files stamped there.
 */
export async function fileSystemNow(directory: string): Promise<string> {
	await mkdir(directory, { recursive: true });
	const clock = join(directory, `.clock.${process.pid}.tmp`);
	await writeFile(clock, '');
	try {
		return String((await stat(clock, { bigint: true })).mtimeNs);
	} finally {
		await rm(clock, { force: true });
	}
}

/**
 * The converter's version: a hash of the sources that decide what it writes (src/lib, tests aside)
 * and of package-lock.json (the versions of the MDX serialiser and the YAML writer).
 */
export async function converterVersion(
	record: StampRecord | null = null,
): Promise<{ version: string; stamps: Record<string, StampedHash> }> {
	const library = join(projectRoot, 'src/lib');
	const sources = (await readdir(library, { recursive: true }))
		.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
		.map((name) => join(library, name));
	const files = [...sources, join(projectRoot, 'package-lock.json')].sort();
	const hashed = await hashFiles(files, record);
	const lines = files.map((file) => `${relative(projectRoot, file)}\n${hashed.hashes.get(file)}`);
	return { version: contentHashOf(lines.join('\n')), stamps: hashed.stamps };
}

/**
 * Where the manifest of a content directory lives. Not in the content directory, which is committed
 * and read by Astro, but in node_modules/.cache/convert/ (git-ignored, the usual place for a tool's
 * cache, gone with a fresh install), one file per content directory named by a hash of its absolute
 * path, so that content/, the tests' and the benchmark's directories never share one. The environment
 * variable CONVERT_CACHE_DIRECTORY puts it elsewhere (the tests' temporary directories).
 */
export function manifestPathFor(contentDirectory: string): string {
	const cache =
		process.env.CONVERT_CACHE_DIRECTORY ?? join(projectRoot, 'node_modules/.cache/convert');
	return join(cache, `${contentHashOf(resolve(contentDirectory)).slice(0, 16)}.json`);
}

/**
 * A record the converter keeps between runs (its manifest, its stamp record), read back by `from`,
 * or null when there is none or it cannot be read: then the run reads and converts everything.
 */
export async function readRecord<T>(
	path: string,
	from: (value: unknown) => T | null,
): Promise<T | null> {
	try {
		return from(JSON.parse(await readFile(path, 'utf8')));
	} catch {
		// A missing or damaged record only costs a full conversion.
		return null;
	}
}

/** Writes a record through a temporary file and a rename, so a stopped run leaves the old one whole. */
export async function writeRecord(
	path: string,
	record: ConvertManifest | StampRecord,
): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	await writeFile(temporary, JSON.stringify(record));
	await rename(temporary, path);
}

/** Where the stamp record of a content directory's runs lives: beside its manifest. */
export const stampRecordPathFor = (manifestPath: string): string =>
	manifestPath.replace(/\.json$/, '.stamps.json');
