/**
 * What the "Cited by" list of a document page and the `/references/` page show: each cited work and
 * place named and linked by the contract, and the passages that cite it as citations and permalinks.
 */
import {
	anchorFor,
	citationFor,
	documentName,
	documentPath,
	officialRecordUrl,
	partPath,
	type PartScope,
	type PassageAddress,
	permalinkPath,
	placeCitationFor,
	printedSymbol,
	referencesAnchor,
} from '../contract.ts';
import { type CitedAtIndex, citedAtOf } from './cited-at.ts';
import { namedTreaties } from './instruments.ts';
import type { UnDocument } from '../model.ts';
import { citingReferencesOf, corpusOf } from './links.ts';
import { type CitationIndex, type CitedPlace, type CitedWork, citedBy } from './cited-by.ts';
import type { Corpus } from './resolve.ts';
import type { CitingPassage } from './types.ts';

/** A labelled link; `href` is null where there is nothing to follow (a treaty's article). */
export interface LabelledLink {
	label: string;
	href: string | null;
	/**
	 * Words that make the label whole where the page shows them once nearby, read before it only by
	 * a screen reader: `A/RES/65/230, ` before `annex, para. 42`.
	 */
	unseenPrefix?: string;
}

/** A passage that cites a work, ready to list under the document it stands in. */
export interface CitingPassageView {
	/** Its contract citation: `A/RES/65/230, preambular para. 5`. */
	citation: string;
	/** Its place in its document, the citation without the symbol: `preambular para. 5`. */
	place: string;
	/** Its permalink. */
	href: string;
}

/** The passages of one document that cite one place of a work. */
export interface CitingDocumentView {
	/** The citing document's symbol, as the UN prints it. */
	symbol: string;
	passages: CitingPassageView[];
}

/** The passages that cite one place of a work, ready to list, by the document they stand in. */
export interface CitationGroupView {
	place: LabelledLink;
	citedBy: CitingDocumentView[];
}

/** A cited work, ready to list on `/references/`. */
export interface CitedWorkView {
	/** Its anchor on `/references/`. */
	anchor: string;
	/** Its name as UN texts name it (`General Assembly resolution 60/177`), linked where it is read. */
	work: LabelledLink;
	/** Its symbol as printed, where its name is not its symbol; else null. */
	symbol: string | null;
	/** Its own title where the corpus or a citing text gives it: never the title of its annex. */
	title: string | null;
	/** The instruments annexed to it that the texts name (`Annex: Bangkok Declaration`), linked to the annex where the site has it. */
	annexes: LabelledLink[];
	/** Where a treaty is registered: `United Nations, Treaty Series, No. 39574`. */
	registration: string | null;
	/** How many distinct passages cite it. */
	count: number;
	groups: CitationGroupView[];
}

/** The titles of the corpus's documents, by symbol. */
export type CorpusTitles = ReadonlyMap<string, string>;

/**
 * Who cites what across a corpus of parsed documents (each work, and each passage), what resolving
 * needs to know of it, and its titles.
 */
export function citationIndexOf(documents: readonly UnDocument[]): {
	index: CitationIndex;
	citedAt: CitedAtIndex;
	corpus: Corpus;
	titles: CorpusTitles;
} {
	const references = documents.flatMap(citingReferencesOf);
	const corpus = corpusOf(documents);
	return {
		index: citedBy(references),
		citedAt: citedAtOf(references, corpus),
		corpus,
		titles: new Map(documents.map((document) => [document.meta.symbol, document.meta.title])),
	};
}

/**
 * The passages that cite one passage, as links for the line under it: a passage of its own
 * document by its place (`para. 9 (this resolution)`), one of another by its citation
 * (`A/67/97, para. 3`).
 */
export function citedAtLinks(
	share: string,
	citedAt: CitedAtIndex,
	corpus: Corpus,
): { label: string; href: string }[] {
	const cited = citedAt.get(share);
	if (cited === undefined) return [];
	return cited.citedBy.map((passage) => {
		const own = passage.symbol === cited.symbol;
		const kind = corpus.get(passage.symbol)?.documentType ?? 'document';
		return {
			label: own
				? `${placeCitationFor(passage.address)} (this ${kind})`
				: citationFor(passage.symbol, passage.address),
			href: permalinkPath(passage.symbol, passage.address),
		};
	});
}

/** A citing passage as its contract citation, and its place in its document, linked to its permalink. */
export function citingPassageView(passage: CitingPassage): CitingPassageView {
	return {
		citation: citationFor(passage.symbol, passage.address),
		place: placeCitationFor(passage.address),
		href: permalinkPath(passage.symbol, passage.address),
	};
}

/** Citing passages by the document they stand in, documents in the order they first appear. */
export function citingDocumentsOf(passages: readonly CitingPassage[]): CitingDocumentView[] {
	const bySymbol = new Map<string, CitingPassageView[]>();
	for (const passage of passages) {
		const views = bySymbol.get(passage.symbol) ?? [];
		views.push(citingPassageView(passage));
		bySymbol.set(passage.symbol, views);
	}
	return [...bySymbol].map(([symbol, views]) => ({
		symbol: printedSymbol(symbol),
		passages: views,
	}));
}

function capitalized(words: string): string {
	return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/**
 * A work's name as UN texts name it: a resolution or decision by body, kind and number; a treaty or
 * another document by its name or symbol. Where the text names no body for a resolution, the name
 * says so rather than guess one.
 */
export function workName(work: CitedWork): string {
	if (work.symbol !== null) return documentName(work.symbol);
	if (work.act !== null && work.act.body === null)
		return `${capitalized(work.act.kind)} ${work.act.number} (the text does not name the body that adopted it)`;
	return work.label;
}

/** Where a work is read: its page here, its official record, or nowhere when it has no symbol. */
export function workLink(work: CitedWork, corpus: Corpus): LabelledLink {
	const label = workName(work);
	if (work.symbol === null) return { label, href: null };
	return {
		label,
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

/** How an annex of a work is named ("Annex", "Annex II"), and where it leads. */
function annexLink(work: CitedWork, annex: number, corpus: Corpus): LabelledLink {
	const whole = workLink(work, corpus);
	const entry = work.symbol === null ? undefined : corpus.get(work.symbol);
	const count = entry?.annexCount ?? 1;
	const numeral = romanNumerals[annex - 1] ?? String(annex);
	const part: PartScope = { kind: 'annex', index: annex, count };
	return {
		label: count > 1 || annex > 1 ? `Annex ${numeral}` : 'Annex',
		// An annex of a corpus document lands on its part; the official record has no anchors.
		href:
			work.symbol !== null && entry !== undefined && annex <= entry.annexCount
				? partPath(work.symbol, part)
				: whole.href,
	};
}

/** How a group's place in a work is named, and where it leads. */
export function citedPlaceLink(work: CitedWork, place: CitedPlace, corpus: Corpus): LabelledLink {
	const whole = workLink(work, corpus);
	switch (place.kind) {
		case 'whole':
			return { label: 'As a whole', href: whole.href };
		case 'annex':
			return annexLink(work, place.annex, corpus);
		case 'provision':
			return { label: place.provision, href: null };
		case 'paragraph': {
			if (work.symbol === null) return { label: `paragraph ${place.paragraph.number}`, href: null };
			const address = citedAddress(work.symbol, place, corpus);
			const entry = corpus.get(work.symbol);
			// Listed under the work, the paragraph is named by its place; its citation is read whole.
			const label = placeCitationFor(address);
			const unseenPrefix = `${printedSymbol(work.symbol)}, `;
			if (entry === undefined) return { label, href: whole.href, unseenPrefix };
			// A paragraph the page lacks (a misprinted reference) still leads to the document.
			const href = entry.anchors.has(anchorFor(address))
				? permalinkPath(work.symbol, address)
				: whole.href;
			return { label, href, unseenPrefix };
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
			citedBy: citingDocumentsOf(group.citedBy),
		};
	});
}

/** A cited work, named, titled and linked, with its citations grouped, ready to list. */
export function citedWorkView(
	work: CitedWork,
	corpus: Corpus,
	titles: CorpusTitles,
): CitedWorkView {
	const link = workLink(work, corpus);
	const printed = work.symbol === null ? null : printedSymbol(work.symbol);
	// An instrument that is the document itself (the Millennium Declaration) is its title; one in
	// an annex (the Bangkok Declaration) is the annex's, and is named as the annex.
	const itself = work.instruments.find((instrument) => instrument.annex === null);
	return {
		anchor: referencesAnchor(work.symbol ?? work.label),
		work: link,
		symbol: printed === link.label ? null : printed,
		title:
			(work.symbol === null ? undefined : titles.get(work.symbol)) ??
			work.title ??
			itself?.name ??
			null,
		annexes: work.instruments.flatMap(({ name, annex }) => {
			if (annex === null) return [];
			const part = annexLink(work, annex, corpus);
			return [
				{ label: `${part.label}: ${name}`, href: part.href === link.href ? null : part.href },
			];
		}),
		registration: namedTreaties.find((treaty) => treaty.name === work.label)?.registration ?? null,
		count: work.citedBy.length,
		groups: citationGroupsOf(work, corpus),
	};
}

/** Every cited work, in the index's order, ready to list. */
export function citedWorksView(
	index: CitationIndex,
	corpus: Corpus,
	titles: CorpusTitles,
): CitedWorkView[] {
	return index.works.map((work) => citedWorkView(work, corpus, titles));
}
