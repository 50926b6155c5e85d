/**
 * The documents collection's loader: each generated MDX file's front-matter, and where the file is,
 * for its page to read its text (`src/lib/view/document-text.ts`). Astro's glob loader would also
 * compile every MDX file into a module of the site's bundle, which the bundler holds all at once:
 * about 1 MiB a document (20.8 GiB at 20,000 documents) before a page is written.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import matter from 'gray-matter';

/** Loads `directory/*.mdx`, each under its file's name (`a-res-64-180`), as Astro's glob loader names them. */
export function generatedDocuments(directory: string): Loader {
	return {
		name: 'generated-documents',
		load: async (context) => {
			const { store, watcher, logger } = context;
			const idOf = (file: string): string => basename(file, '.mdx');
			const loadFile = async (file: string): Promise<void> => {
				const filePath = join(directory, file);
				const source = await readFile(filePath, 'utf8');
				const id = idOf(file);
				// gray-matter keeps every text it parsed without options in a cache of its own.
				const data = await context.parseData({ id, data: matter(source, {}).data, filePath });
				// The store takes a path relative to the project, as the glob loader gives it, wherever
				// the content directory is (a benchmark's is outside it).
				const fromRoot = relative(fileURLToPath(context.config.root), resolve(filePath));
				store.set({ id, data, digest: context.generateDigest(source), filePath: fromRoot });
			};
			store.clear();
			const files = (await readdir(directory)).filter((file) => file.endsWith('.mdx')).sort();
			for (const file of files) await loadFile(file);
			// In `astro dev`, a convert rewrites content/: the changed documents are loaded again.
			const root = resolve(directory);
			watcher?.add(root);
			watcher?.on('all', (event, path) => {
				if (dirname(path) !== root || !path.endsWith('.mdx')) return;
				if (event === 'unlink') store.delete(idOf(path));
				// A file that fails its schema is said, not thrown where nothing awaits it: the server
				// keeps the document as it last loaded.
				else if (event === 'add' || event === 'change')
					loadFile(basename(path)).catch((error: unknown) => {
						logger.error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
					});
			});
		},
	};
}
