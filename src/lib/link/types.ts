/**
 * Cross-references: what a passage of UN text cites, where the reader can follow it, and who cites what.
 *
 * This module holds the vocabulary and imports nothing else of `link/`; the work is split by job:
 * `find.ts` finds references in a string, `resolve.ts` turns one into a link, `cited-by.ts` inverts
 * them into the index behind `/references/`, `links.ts` does all three for a document's passages.
 */
import type { PartScope, PassageAddress } from '../contract.ts';
import type { Body } from '../model.ts';

/** The body whose voice a passage is in, which decides what "its resolution" means. */
export type Speaker = 'General Assembly' | 'Economic and Social Council';

/**
 * The speaker of a document's text: a report of the Secretary-General is addressed to the Assembly,
 * and its "its resolution 66/179" means the Assembly's.
 */
export function speakerOf(body: Body): Speaker {
	return body === 'Economic and Social Council' ? body : 'General Assembly';
}

/** A paragraph that a reference names: "paragraph 3 (b)" is number 3 with items `['b']`. */
export interface CitedParagraph {
	/** An operative paragraph of a resolution, or a numbered paragraph of a report. */
	number: number;
	/** Labels of nested list items, outermost first, lower case as printed: `['b', 'ii']`. */
	items: readonly string[];
}

/** Where inside a cited document a reference points. */
export type DocumentPlace =
	/** The document as a whole: "resolution 63/193". */
	| { kind: 'whole' }
	/** An annex, 1-based: "resolution 60/177, annex", "annex II to resolution 55/25". */
	| { kind: 'annex'; annex: number }
	/** A paragraph of the resolution itself (`annex` null) or of an annex: "paragraph 42 of the Salvador Declaration". */
	| { kind: 'paragraph'; annex: number | null; paragraph: CitedParagraph };

/**
 * A resolution or decision that has no UN document symbol (a functional commission's): the body
 * the text names as adopting it, before its number ("Commission on … decision 17/1") or after it
 * ("resolution 18/3 …, adopted by the Commission on …"), or null where the text names none.
 */
export interface UnsymbolledAct {
	body: string | null;
	kind: 'resolution' | 'decision';
	/** The number as printed, white space as one space: `18/3`. */
	number: string;
}

/** What a reference refers to. */
export type Reference =
	/** A UN document with a symbol, named by the symbol itself or by a resolution or decision number. */
	| {
			kind: 'document';
			/** The symbol as undocs.org spells it: `A/RES/57/270B`, `E/RES/2007/12`, `A/RES/415(V)`. */
			symbol: string;
			place: DocumentPlace;
			/** The instrument's name where the text names it rather than its symbol: `Salvador Declaration`. */
			instrument: string | null;
			/** Its title where the text gives it: `resolution 66/179, entitled “Follow-up to …”`. */
			title?: string;
	  }
	/** A paragraph of the citing document, in the same part as the citing passage: "paragraph 20 above". */
	| { kind: 'same-document'; paragraph: CitedParagraph }
	/**
	 * Something cited that has no UN document symbol: a functional commission's resolution, a treaty.
	 * Still a citation; it just links nowhere.
	 */
	| {
			kind: 'unsymbolled';
			/** The cited work as the text names it: `Commission resolution 18/3`, `United Nations Convention against Corruption`. */
			work: string;
			/** The provision cited within it, as printed (`article 62`), or null for the whole work. */
			provision: string | null;
			/** The resolution or decision it is, or null for a treaty or another named work. */
			act: UnsymbolledAct | null;
			/** Its title where the text gives it: `decision 17/1 … entitled "Strengthening …"`. */
			title?: string;
	  };

/**
 * The conventions named in full before a stretch of text, which decide what "the Convention" in it
 * means: the one convention its passage has named so far, or, in a passage that has named none, the
 * one convention its document has named so far. With two named, "the Convention" is not read.
 */
export interface NamedBefore {
	/** Names of the conventions named earlier in the same passage. */
	passage: readonly string[];
	/** Names of the conventions named in the document's earlier passages. */
	document: readonly string[];
}

/** A reference found in a string: characters [start, end) of the string are the reference. */
export interface FoundReference {
	start: number;
	end: number;
	/** The string's own characters at [start, end): `resolution 63/193`. */
	text: string;
	reference: Reference;
}

/** The passage a reference stands in: which document, and where in it. */
export interface CitingPassage {
	symbol: string;
	address: PassageAddress;
}

/** A link found in a stretch of text: characters [start, end) become a link to `href`. */
export interface TextLink {
	start: number;
	end: number;
	href: string;
}

/** Where a stretch of text stands, which decides what its references mean ("its resolution"). */
export interface LinkContext {
	/** The document the text is in. */
	symbol: string;
	/** The body that speaks: the document's, or the Assembly inside a draft that ECOSOC recommends. */
	speaker: Body;
	scope: PartScope | null;
	/** The passage the text is in ("paragraph 20 above" counts in its part). */
	address: PassageAddress;
}

/** Finds the links in a stretch of a document's text. */
export type LinksInText = (text: string, context: LinkContext) => readonly TextLink[];
