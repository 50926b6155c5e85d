// citation-js ships no types: these declare the little of its API that src/lib/emit/ uses.
declare module '@citation-js/core' {
	/** A list of CSL-JSON items, read from any format a plugin knows and written to any it formats. */
	export class Cite {
		constructor(data: unknown);
		data: Record<string, unknown>[];
		format(format: string, options?: Record<string, unknown>): unknown;
	}
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
