/**
 * What the "Cited by" list of a document page and the `/references/` page show: each cited work and
 * place named and linked by the contract, and the passages that cite it as citations and permalinks.
 */
import {
	anchorFor,
	citationFor,
	documentPath,
	officialRecordUrl,
	partPath,
	type PartScope,
	type PassageAddress,
	permalinkPath,
	printedSymbol,
} from '../contract.ts';
import type { UnDocument } from '../model.ts';
import { citingReferencesOf, corpusOf } from './links.ts';
import { type CitationIndex, type CitedPlace, type CitedWork, citedBy } from './cited-by.ts';
import type { Corpus } from './resolve.ts';
import type { CitingPassage } from './types.ts';

/** A labelled link; `href` is null where there is nothing to follow (a treaty's article). */
export interface LabelledLink {
	label: string;
	href: string | null;
}

/** The passages that cite one place of a work, ready to list. */
export interface CitationGroupView {
	place: LabelledLink;
	citedBy: LabelledLink[];
}

/** A cited work, ready to list on `/references/`. */
export interface CitedWorkView {
	work: LabelledLink;
	/** Names the texts give it instead of its symbol: `Salvador Declaration`. */
	instruments: string[];
	/** How many distinct passages cite it. */
	count: number;
	groups: CitationGroupView[];
}

/** Who cites what across a corpus of parsed documents, and what resolving needs to know of it. */
export function citationIndexOf(documents: readonly UnDocument[]): {
	index: CitationIndex;
	corpus: Corpus;
} {
	return { index: citedBy(documents.flatMap(citingReferencesOf)), corpus: corpusOf(documents) };
}

/** A citing passage as its contract citation, linked to its permalink. */
export function citingPassageLink(passage: CitingPassage): LabelledLink {
	return {
		label: citationFor(passage.symbol, passage.address),
		href: permalinkPath(passage.symbol, passage.address),
	};
}

/** Where a work is read: its page here, its official record, or nowhere when it has no symbol. */
export function workLink(work: CitedWork, corpus: Corpus): LabelledLink {
	if (work.symbol === null) return { label: work.label, href: null };
	return {
		label: printedSymbol(work.symbol),
		href: corpus.has(work.symbol) ? documentPath(work.symbol) : officialRecordUrl(work.symbol),
	};
}

const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The address a cited paragraph has in its document, as far as the corpus knows that document. */
function citedAddress(
	symbol: string,
	place: Extract<CitedPlace, { kind: 'paragraph' }>,
	corpus: Corpus,
): PassageAddress {
	const entry = corpus.get(symbol);
	const items = place.paragraph.items.length === 0 ? {} : { items: place.paragraph.items };
	if (entry?.documentType === 'report')
		return { kind: 'report', number: place.paragraph.number, ...items };
	const part: PartScope =
		place.annex === null
			? { kind: 'resolution' }
			: { kind: 'annex', index: place.annex, count: Math.max(entry?.annexCount ?? 1, place.annex) };
	return { kind: 'operative', part, number: place.paragraph.number, ...items };
}

/** How a group's place in a work is named, and where it leads. */
export function citedPlaceLink(work: CitedWork, place: CitedPlace, corpus: Corpus): LabelledLink {
	const whole = workLink(work, corpus);
	switch (place.kind) {
		case 'whole':
			return { label: 'As a whole', href: whole.href };
		case 'annex': {
			const entry = work.symbol === null ? undefined : corpus.get(work.symbol);
			const count = entry?.annexCount ?? 1;
			const numeral = romanNumerals[place.annex - 1] ?? String(place.annex);
			const part: PartScope = { kind: 'annex', index: place.annex, count };
			return {
				label: count > 1 || place.annex > 1 ? `Annex ${numeral}` : 'Annex',
				// An annex of a corpus document lands on its part; the official record has no anchors.
				href:
					work.symbol !== null && entry !== undefined && place.annex <= entry.annexCount
						? partPath(work.symbol, part)
						: whole.href,
			};
		}
		case 'provision':
			return { label: place.provision, href: null };
		case 'paragraph': {
			if (work.symbol === null) return { label: `paragraph ${place.paragraph.number}`, href: null };
			const address = citedAddress(work.symbol, place, corpus);
			const entry = corpus.get(work.symbol);
			const label = citationFor(work.symbol, address);
			if (entry === undefined) return { label, href: whole.href };
			// A paragraph the page lacks (a misprinted reference) still leads to the document.
			const href = entry.anchors.has(anchorFor(address))
				? permalinkPath(work.symbol, address)
				: whole.href;
			return { label, href };
		}
	}
}

/**
 * A work's citations grouped by the place they name, each place and citing passage linked; on the
 * work's own page (`onItsPage`) a place that is the whole page is not linked to itself.
 */
export function citationGroupsOf(
	work: CitedWork,
	corpus: Corpus,
	onItsPage = false,
): CitationGroupView[] {
	const page = work.symbol === null ? null : documentPath(work.symbol);
	return work.groups.map((group) => {
		const place = citedPlaceLink(work, group.place, corpus);
		return {
			place: onItsPage && place.href === page ? { label: place.label, href: null } : place,
			citedBy: group.citedBy.map(citingPassageLink),
		};
	});
}

/** Every cited work, most-cited first, ready to list. */
export function citedWorksView(index: CitationIndex, corpus: Corpus): CitedWorkView[] {
	return index.works.map((work) => ({
		work: workLink(work, corpus),
		instruments: work.instruments,
		count: work.citedBy.length,
		groups: citationGroupsOf(work, corpus),
	}));
}
