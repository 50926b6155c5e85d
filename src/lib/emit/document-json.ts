/**
 * `/{symbol}/document.json`: the parsed model, and beside it what a reuser would otherwise have to
 * rebuild from the contract: every passage's anchor, permalink and citations in both forms.
 */
import {
	anchorFor,
	citationFor,
	fullCitationFor,
	permalinkPath,
	type PassageAddress,
} from '../contract.ts';
import type { UnDocument } from '../model.ts';
import { passagesOf } from '../passages.ts';

/** One citable passage as document.json lists it. */
export interface PassageCitation {
	address: PassageAddress;
	anchor: string;
	/** Site-relative: `/A/RES/64/180/#op5`. */
	permalink: string;
	citation: string;
	fullCitation: string;
}

/** A document as document.json gives it: its model, and its passages' citations in document order. */
export type DocumentJson = UnDocument & { passages: PassageCitation[] };

/** The data of `/{symbol}/document.json`. */
export function documentJson(document: UnDocument): DocumentJson {
	const { symbol } = document.meta;
	return {
		...document,
		passages: passagesOf(document).map(({ address }) => ({
			address,
			anchor: anchorFor(address),
			permalink: permalinkPath(symbol, address),
			citation: citationFor(symbol, address),
			fullCitation: fullCitationFor(document.meta, address),
		})),
	};
}
