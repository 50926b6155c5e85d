/**
 * Reading seeds and writing content/: the file-system edges of the converter.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SeedFile } from '../src/lib/parse/parse-seed.ts';

const sidecarSuffix = '.meta.yml';

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

/**
 * Brings a directory to exactly the given files. Only files whose content changed are rewritten,
 * each through a temporary file and a rename, so no reader ever sees half a file.
 */
export async function writeContent(directory: string, files: ReadonlyMap<string, string>): Promise<WriteReport> {
	await mkdir(directory, { recursive: true });
	const existing = new Set(await readdir(directory));
	const report: WriteReport = { written: 0, unchanged: 0, removed: 0 };
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
		if (files.has(name) || !/\.(mdx|json)$/.test(name)) continue;
		await rm(join(directory, name));
		report.removed += 1;
	}
	return report;
}
