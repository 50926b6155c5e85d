/**
 * The citation index behind `/references/`: every document and instrument the corpus cites, with
 * the passages that cite it, grouped by the paragraph they name.
 */
import { anchorFor } from '../contract.ts';
import type {
	CitedParagraph,
	CitingPassage,
	DocumentPlace,
	Reference,
	UnsymbolledAct,
} from './types.ts';

/** A reference and the passage it stands in: one row of the index's input. */
export interface CitingReference {
	citing: CitingPassage;
	reference: Reference;
}

/** The place in a cited work that a group of citations names: a place in a document, or a treaty's provision. */
export type CitedPlace = DocumentPlace | { kind: 'provision'; provision: string };

/** The passages that cite one place in a work. */
export interface CitationGroup {
	place: CitedPlace;
	/** Distinct citing passages, in the order the input gives them. */
	citedBy: CitingPassage[];
}

/** An instrument a document carries, named by the texts instead of the document's symbol. */
export interface CarriedInstrument {
	/** `Salvador Declaration`. */
	name: string;
	/** The annex that carries it (1-based), or null when it is the document itself. */
	annex: number | null;
}

/** A document or instrument that the corpus cites. */
export interface CitedWork {
	/** The UN document symbol, or null for a work without one (a treaty, a commission's resolution). */
	symbol: string | null;
	/** The symbol, or the work's name as the text gives it. */
	label: string;
	/** For a resolution or decision without a symbol, whose it is and its number; else null. */
	act: UnsymbolledAct | null;
	/** Its title, the first that a citing text gives (`entitled “…”`), or null. */
	title: string | null;
	/** Instruments the texts name instead of its symbol: the Salvador Declaration, its annex. */
	instruments: CarriedInstrument[];
	/** Every distinct passage that cites it, in the order the input gives them. */
	citedBy: CitingPassage[];
	/** The same passages grouped by what they cite: the whole first, then annexes, then paragraphs in order. */
	groups: CitationGroup[];
}

/** Who cites what across the corpus. */
export interface CitationIndex {
	/** Most-cited first (by distinct citing passages), then by label. */
	works: CitedWork[];
	/** The works that have a symbol, by symbol. */
	bySymbol: ReadonlyMap<string, CitedWork>;
}

const byLabel = new Intl.Collator('en', { numeric: true });

function passageKey(passage: CitingPassage): string {
	return `${passage.symbol}#${anchorFor(passage.address)}`;
}

function paragraphKey(paragraph: CitedParagraph): string {
	return [String(paragraph.number).padStart(4, '0'), ...paragraph.items].join('-');
}

/** Orders groups: the whole, annexes, the resolution's paragraphs, each annex's paragraphs, provisions. */
function placeKey(place: CitedPlace): string {
	switch (place.kind) {
		case 'whole':
			return '0';
		case 'annex':
			return `1-${String(place.annex).padStart(2, '0')}`;
		case 'paragraph':
			return `2-${String(place.annex ?? 0).padStart(2, '0')}-${paragraphKey(place.paragraph)}`;
		case 'provision':
			return `3-${place.provision.replace(/\d+/g, (digits) => digits.padStart(4, '0'))}`;
	}
}

/** What a reference cites as a work and a place in it, or null for a citation of the citing document itself. */
/** The annex a place in a document stands in, or null for the document itself. */
function annexOf(place: DocumentPlace): number | null {
	switch (place.kind) {
		case 'whole':
			return null;
		case 'annex':
			return place.annex;
		case 'paragraph':
			return place.annex;
	}
}

/** What a reference cites as a work and a place in it, or null for a citation of the citing document itself. */
function citedOf(entry: CitingReference): {
	key: string;
	symbol: string | null;
	label: string;
	act: UnsymbolledAct | null;
	title: string | null;
	instrument: CarriedInstrument | null;
	place: CitedPlace;
} | null {
	const { reference, citing } = entry;
	switch (reference.kind) {
		case 'same-document':
			return null;
		case 'document':
			if (reference.symbol === citing.symbol) return null;
			return {
				key: `symbol:${reference.symbol}`,
				symbol: reference.symbol,
				label: reference.symbol,
				act: null,
				title: reference.title ?? null,
				instrument:
					reference.instrument === null
						? null
						: { name: reference.instrument, annex: annexOf(reference.place) },
				place: reference.place,
			};
		case 'unsymbolled':
			return {
				key: `work:${reference.work}`,
				symbol: null,
				label: reference.work,
				act: reference.act,
				title: reference.title ?? null,
				instrument: null,
				place:
					reference.provision === null
						? { kind: 'whole' }
						: { kind: 'provision', provision: reference.provision },
			};
	}
}

interface Building {
	work: CitedWork;
	seen: Set<string>;
	groups: Map<string, { group: CitationGroup; seen: Set<string> }>;
}

function addOnce(list: CitingPassage[], seen: Set<string>, passage: CitingPassage): void {
	const key = passageKey(passage);
	if (seen.has(key)) return;
	seen.add(key);
	list.push(passage);
}

/**
 * Inverts the corpus's references: for each cited work, the passages that cite it, grouped by the
 * place they name. A document's references to itself ("paragraph 20 above") are not citations of
 * another work and are left out.
 */
export function citedBy(references: readonly CitingReference[]): CitationIndex {
	const building = new Map<string, Building>();
	for (const entry of references) {
		const cited = citedOf(entry);
		if (cited === null) continue;
		let work = building.get(cited.key);
		if (work === undefined) {
			work = {
				work: {
					symbol: cited.symbol,
					label: cited.label,
					act: cited.act,
					title: null,
					instruments: [],
					citedBy: [],
					groups: [],
				},
				seen: new Set(),
				groups: new Map(),
			};
			building.set(cited.key, work);
		}
		const instrument = cited.instrument;
		if (
			instrument !== null &&
			!work.work.instruments.some((known) => known.name === instrument.name)
		)
			work.work.instruments.push(instrument);
		work.work.title ??= cited.title;
		addOnce(work.work.citedBy, work.seen, entry.citing);
		const groupKey = placeKey(cited.place);
		let group = work.groups.get(groupKey);
		if (group === undefined) {
			group = { group: { place: cited.place, citedBy: [] }, seen: new Set() };
			work.groups.set(groupKey, group);
		}
		addOnce(group.group.citedBy, group.seen, entry.citing);
	}
	const works = [...building.values()].map(({ work, groups }) => ({
		...work,
		groups: [...groups.entries()]
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([, { group }]) => group),
	}));
	works.sort((a, b) => b.citedBy.length - a.citedBy.length || byLabel.compare(a.label, b.label));
	return {
		works,
		bySymbol: new Map(
			works.flatMap((work) => (work.symbol === null ? [] : [[work.symbol, work] as const])),
		),
	};
}
