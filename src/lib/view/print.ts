/**
 * What a printed document adds after its text: the addresses of the references out of the site,
 * which print cannot put inside the legal text without breaking its sentences.
 */
import { officialRecordUrl, printedSymbol } from '../contract.ts';

/** A document cited out of the site, and the official record its link leads to. */
export interface PrintedReference {
	/** The symbol as the UN prints it: `A/RES/57/270 B`. */
	symbol: string;
	url: string;
}

/**
 * The documents a text cites that are not on this site, in the order it first cites them, each with
 * the address of its official record.
 * @example referencesOutOfSite(['A/RES/46/152', 'A/RES/64/180'], new Set(['A/RES/64/180'])) // [{ symbol: 'A/RES/46/152', url: 'https://undocs.org/A/RES/46/152' }]
 */
export function referencesOutOfSite(
	cites: readonly string[],
	corpusSymbols: ReadonlySet<string>,
): PrintedReference[] {
	return [...new Set(cites)]
		.filter((symbol) => !corpusSymbols.has(symbol))
		.map((symbol) => ({ symbol: printedSymbol(symbol), url: officialRecordUrl(symbol) }));
}
