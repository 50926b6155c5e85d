/**
 * Reading seeds and writing content/: the file-system edges of the converter.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
	contentHashOf,
	type ConvertManifest,
	manifestFrom,
} from '../src/lib/emit/convert-cache.ts';
import type { SeedFile } from '../src/lib/parse/seed.ts';

const sidecarSuffix = '.meta.yml';
const projectRoot = resolve(import.meta.dirname, '..');

/** Every seed in a directory (sidecars beside them), in file-name order. */
export async function readSeeds(directory: string): Promise<SeedFile[]> {
	const names = (await readdir(directory)).sort();
	const seedNames = names.filter((name) => !name.endsWith(sidecarSuffix) && !name.startsWith('.'));
	return Promise.all(
		seedNames.map(async (name) => {
			const sidecarName = name.replace(/\.[^.]+$/, '') + sidecarSuffix;
			const sidecarFile = join(directory, sidecarName);
			return {
				file: join(directory, name),
				text: await readFile(join(directory, name), 'utf8'),
				sidecar: names.includes(sidecarName)
					? { file: sidecarFile, text: await readFile(sidecarFile, 'utf8') }
					: null,
			};
		}),
	);
}

/** What writing content/ did. */
export interface WriteReport {
	written: number;
	unchanged: number;
	removed: number;
}

const isGenerated = (name: string): boolean => /\.(mdx|json)$/.test(name) && !name.startsWith('.');

/**
 * Brings a directory to exactly the given files, plus the `kept` ones left as they are. Only files
 * whose content changed are rewritten, each through a temporary file and a rename, so no reader ever
 * sees half a file.
 */
export async function writeContent(
	directory: string,
	files: ReadonlyMap<string, string>,
	kept: readonly string[] = [],
): Promise<WriteReport> {
	await mkdir(directory, { recursive: true });
	const existing = new Set(await readdir(directory));
	const keep = new Set(kept);
	const report: WriteReport = { written: 0, unchanged: keep.size, removed: 0 };
	for (const [name, text] of files) {
		const path = join(directory, name);
		if (existing.has(name) && (await readFile(path, 'utf8')) === text) {
			report.unchanged += 1;
			continue;
		}
		const temporary = join(directory, `.${name}.${process.pid}.tmp`);
		await writeFile(temporary, text);
		await rename(temporary, path);
		report.written += 1;
	}
	for (const name of existing) {
		if (files.has(name) || keep.has(name) || !isGenerated(name)) continue;
		await rm(join(directory, name));
		report.removed += 1;
	}
	return report;
}

/** The hash of every generated file now in a directory (none when it does not exist yet), by name. */
export async function contentHashesIn(directory: string): Promise<Map<string, string>> {
	const names = await readdir(directory).catch(() => []);
	const hashes = await Promise.all(
		names
			.filter(isGenerated)
			.map(async (name) => [name, contentHashOf(await readFile(join(directory, name)))] as const),
	);
	return new Map(hashes);
}

/**
 * The converter's version: a hash of the sources that decide what it writes (src/lib, tests aside)
 * and of package-lock.json (the versions of the MDX serialiser and the YAML writer).
 */
export async function converterVersion(): Promise<string> {
	const library = join(projectRoot, 'src/lib');
	const sources = (await readdir(library, { recursive: true }))
		.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
		.map((name) => join(library, name));
	const files = [...sources, join(projectRoot, 'package-lock.json')].sort();
	const texts = await Promise.all(
		files.map(
			async (file) =>
				`${relative(projectRoot, file)}\n${contentHashOf(await readFile(file, 'utf8'))}`,
		),
	);
	return contentHashOf(texts.join('\n'));
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

/** The manifest at a path, or null when there is none or it cannot be read: then everything is converted. */
export async function readManifest(path: string): Promise<ConvertManifest | null> {
	try {
		return manifestFrom(JSON.parse(await readFile(path, 'utf8')));
	} catch {
		// A missing or damaged manifest only costs a full conversion.
		return null;
	}
}

/** Writes a manifest through a temporary file and a rename, so a stopped run leaves the old one whole. */
export async function writeManifest(path: string, manifest: ConvertManifest): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	await writeFile(temporary, JSON.stringify(manifest));
	await rename(temporary, path);
}
