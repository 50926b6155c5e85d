/**
 * In `astro dev`, keeps the converter running with `--watch`: it converts again when a seed changes,
 * and, holding its records and code between edits, does so in a fraction of a second at thousands of
 * documents. The content layer watches content/ and reloads the page, so an edited seed shows
 * without a restart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** Starts the converter watching the seeds; what it says goes to the dev server's log. */
function startConverter(seedsDirectory: string, logger: AstroIntegrationLogger): ChildProcess {
	const converter = spawn(
		process.execPath,
		['scripts/convert.ts', '--watch', seedsDirectory, 'content'],
		{ stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
	);
	const { stdout, stderr } = converter;
	if (stdout !== null) createInterface({ input: stdout }).on('line', (line) => logger.info(line));
	// A bad seed must not stop the server: the converter says what is wrong, keeps the last good
	// content and goes on watching. Its warnings (odd but safe seeds) are no errors.
	if (stderr !== null)
		createInterface({ input: stderr }).on('line', (line) =>
			line.startsWith('warning: ') ? logger.warn(line) : logger.error(line),
		);
	converter.on('exit', (code) => {
		if (code !== 0) logger.error(`the seed converter stopped (exit ${code})`);
	});
	return converter;
}

/** The integration; `seedsDirectory` is relative to the project root. */
export function seedWatcher(seedsDirectory = 'seeds'): AstroIntegration {
	let command: string | null = null;
	let converter: ChildProcess | null = null;
	return {
		name: 'seed-watcher',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			// Astro sets a server up for `build`, `sync` and `check` too: only the dev server watches.
			'astro:server:setup': ({ logger }) => {
				if (command === 'dev') converter ??= startConverter(seedsDirectory, logger);
			},
			'astro:server:done': () => {
				// It stops when its channel closes (scripts/convert.ts).
				if (converter?.connected === true) converter.disconnect();
				converter = null;
			},
		},
	};
}
