/**
 * What to do when a script ends with a step that never finished. Pagefind's Node API does not watch
 * its binary: when the system kills the binary (out of memory, at 5,000 documents here), the awaited
 * call never settles and Node exits with code 13, "unsettled top-level await", and nothing else is said.
 */

/** Node's exit code for a top-level await that never settled. */
export const unsettledTopLevelAwait = 13;

/** Runs `cleanUp` (synchronously, as the process exits) if the script ends with an await that never settled. */
export function onUnsettledExit(cleanUp: () => void): void {
	process.on('exit', (code) => {
		if (code === unsettledTopLevelAwait) cleanUp();
	});
}
