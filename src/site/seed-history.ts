/**
 * When each seed entered the collection, from the repository's history: the date its text was
 * first read into the site. Null where there is no history to ask (a copy without .git).
 */
import { execFileSync } from 'node:child_process';

/** The date (YYYY-MM-DD) the file was added to the repository, or null if git cannot say. */
export function dateAdded(path: string): string | null {
	try {
		const dates = execFileSync('git', ['log', '--diff-filter=A', '--format=%cs', '--', path], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		})
			.trim()
			.split('\n')
			.filter((line) => /^\d{4}-\d{2}-\d{2}$/.test(line));
		return dates.at(-1) ?? null;
	} catch {
		return null;
	}
}
