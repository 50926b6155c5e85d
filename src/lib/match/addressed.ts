/**
 * A document's operative paragraphs by whom they ask to act: each paragraph's addressees
 * (`addresseesOf`), and the other way round, each addressee's paragraphs, for the document page's
 * filter, `document.json` and the search facet.
 */
import type { PassageAddress } from '../contract.ts';
import { plainText } from '../inline.ts';
import type { UnDocument } from '../model.ts';
import { passagesOf } from '../passages.ts';
import { addresseeNames, addresseesOf, type Addressee } from './addressees.ts';

/** An operative paragraph and whom it asks to act (none for one that decides, welcomes, notes …). */
export interface AddressedParagraph {
	address: PassageAddress;
	addressees: Addressee[];
}

// A document's page and its document.json both ask, and reading addressees from the words is most
// of what either costs (4.8 s of a 5,000-document build, asked twice).
const addressedByDocument = new WeakMap<UnDocument, readonly AddressedParagraph[]>();

/**
 * Every operative paragraph of a document (not its list items, which the paragraph's lead phrase
 * governs), in reading order, with its addressees read from its own words.
 * @example addressedParagraphsOf(a64180)[8] // { address: op9, addressees: [{ name: 'the Secretary-General', listed: true }] }
 */
export function addressedParagraphsOf(document: UnDocument): readonly AddressedParagraph[] {
	let addressed = addressedByDocument.get(document);
	if (addressed === undefined)
		addressedByDocument.set(
			document,
			(addressed = passagesOf(document)
				.filter(
					({ address }) =>
						address.kind === 'operative' &&
						(address.items === undefined || address.items.length === 0),
				)
				.map(({ address, content }) => ({
					address,
					addressees: addresseesOf(plainText(content)),
				}))),
		);
	return addressed;
}

/** An addressee and the paragraphs that ask it to act, in reading order. */
export interface AddresseeParagraphs {
	addressee: Addressee;
	paragraphs: PassageAddress[];
}

/**
 * Each addressee of a document with its paragraphs: those of the controlled list in the list's
 * order, then those it does not know, as the text first names them.
 * @example paragraphsByAddressee(addressedParagraphsOf(a64180))[0].addressee.name // 'the Secretary-General'
 */
export function paragraphsByAddressee(
	paragraphs: readonly AddressedParagraph[],
): AddresseeParagraphs[] {
	const byName = new Map<string, AddresseeParagraphs>();
	for (const { address, addressees } of paragraphs)
		for (const addressee of addressees) {
			const entry = byName.get(addressee.name);
			if (entry === undefined) byName.set(addressee.name, { addressee, paragraphs: [address] });
			else entry.paragraphs.push(address);
		}
	const rank = (entry: AddresseeParagraphs): number => {
		const index = addresseeNames.indexOf(entry.addressee.name);
		return index === -1 ? addresseeNames.length : index;
	};
	// Array.prototype.sort is stable, so the unlisted keep the order the text names them in.
	return [...byName.values()].sort((a, b) => rank(a) - rank(b));
}
