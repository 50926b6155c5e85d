/**
 * What the files a Pagefind search fetches are for, so a first query's bytes can be told apart.
 */

/** The part of the Pagefind bundle a file belongs to. */
export type PagefindFetchKind =
	'script' | 'entry' | 'wasm' | 'meta' | 'index chunk' | 'filter chunk' | 'fragment' | 'other';

/**
 * The kind of a file under `/pagefind/`, from its address.
 * @example pagefindFetchKind('/pagefind/index/en_3f2a1b.pf_index') // 'index chunk'
 */
export function pagefindFetchKind(path: string): PagefindFetchKind {
	if (path.endsWith('.pf_index')) return 'index chunk';
	if (path.endsWith('.pf_filter')) return 'filter chunk';
	if (path.endsWith('.pf_fragment')) return 'fragment';
	if (path.endsWith('.pf_meta')) return 'meta';
	if (/\/wasm\.[^/]*pagefind$/.test(path)) return 'wasm';
	if (path.endsWith('pagefind-entry.json')) return 'entry';
	if (path.endsWith('.js')) return 'script';
	return 'other';
}

/** Bytes and requests of each kind, for fetches given as [path, bytes]. */
export function fetchesByKind(
	fetches: readonly (readonly [string, number])[],
): Partial<Record<PagefindFetchKind, { bytes: number; requests: number }>> {
	const byKind: Partial<Record<PagefindFetchKind, { bytes: number; requests: number }>> = {};
	for (const [path, bytes] of fetches) {
		const kind = pagefindFetchKind(path);
		const total = byKind[kind] ?? { bytes: 0, requests: 0 };
		byKind[kind] = { bytes: total.bytes + bytes, requests: total.requests + 1 };
	}
	return byKind;
}
