// html-metadata (Wikimedia's, behind Wikipedia's Citoid) ships no types: the little the tests use.
declare module 'html-metadata' {
	/** Every kind of metadata the page carries; `highwirePress` its `citation_*` tags by name without the prefix. */
	export function loadFromString(
		html: string,
	): Promise<{ highwirePress?: Record<string, string | string[]> }>;
}
