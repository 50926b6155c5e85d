/**
 * A value read from the whole corpus, worked out on the first ask and shared by every page after:
 * the corpus's models, its agreed language, its citations, its congresses.
 * @example const corpusCitations = once(() => allModels().then(citationIndexOf));
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
	let cached: Promise<T> | undefined;
	return () => (cached ??= compute());
}
