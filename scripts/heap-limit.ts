/**
 * The heap a build's Node process may grow to. V8 sizes its old generation from the machine's
 * memory but caps it (4,288 MiB on this 24 GiB machine), and the Astro stage of 20,000 documents
 * holds 7 GiB: without a larger limit it stops for its heap, however much memory is free. The
 * processes that hold the corpus are started with three quarters of the machine's memory, unless
 * the one who runs the build chose a limit.
 */
import { totalmem } from 'node:os';

const heapFlag = '--max-old-space-size';

/**
 * The Node options that set the heap limit of a process the build starts: three quarters of
 * `totalBytes`, in MiB, or none when `nodeOptions` (NODE_OPTIONS, which the process inherits)
 * sets one already.
 * @example heapLimitArgs(24 * 2 ** 30, '') // ['--max-old-space-size=18432']
 */
export function heapLimitArgs(
	totalBytes: number = totalmem(),
	nodeOptions: string = process.env['NODE_OPTIONS'] ?? '',
): string[] {
	const chosen = nodeOptions
		.split(/\s+/)
		.some((option) => option.replace(/_/g, '-').startsWith(heapFlag));
	return chosen ? [] : [`${heapFlag}=${String(Math.floor((totalBytes * 0.75) / 2 ** 20))}`];
}
