/**
 * In `astro dev`, re-runs the converter when a seed changes. The content layer watches content/ and
 * reloads the page, so an edited seed shows without a restart.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';

const run = promisify(execFile);

/** The integration; `seedsDirectory` is relative to the project root. */
export function seedWatcher(seedsDirectory = 'seeds'): AstroIntegration {
	return {
		name: 'seed-watcher',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				const seeds = resolve(seedsDirectory);
				server.watcher.add(seeds);
				let queue = Promise.resolve();
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(seeds)) return;
					queue = queue.then(async () => {
						try {
							const { stdout } = await run(process.execPath, ['scripts/convert.ts']);
							logger.info(stdout.trim());
						} catch (error) {
							// A bad seed must not stop the server: say what is wrong and keep the last good content.
							const failure = error as { stderr?: string };
							logger.error(failure.stderr?.trim() ?? String(error));
						}
					});
				});
			},
		},
	};
}
