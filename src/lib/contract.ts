/**
 * The public contract (shared/CONTRACT.md): addresses, paragraph anchors and citation strings.
 *
 * Readers cite these for years, so this is the only module that builds them; everything else
 * (converter, pages, search records, tests) asks here.
 */

/** Ordinals of the congresses that have pages. */
export type CongressOrdinal = 'twelfth' | 'thirteenth';

/** Where in a document a paragraph stands: the resolution itself, an annex or a recommended draft. */
export type PartScope =
	| { kind: 'resolution' }
	| { kind: 'draft' }
	/** `index` is 1-based; `count` is how many annexes the document has. */
	| { kind: 'annex'; index: number; count: number };

/** The address of one citable passage of a document. */
export type PassageAddress =
	| {
			kind: 'preambular' | 'operative';
			part: PartScope;
			number: number;
			/** Labels of nested list items, outermost first: `['a', 'ii']`. */
			items?: readonly string[];
	  }
	| { kind: 'report'; number: number; items?: readonly string[] }
	| { kind: 'summary' }
	| { kind: 'footnote'; number: number };

/** The site-relative address of a document: `/A/RES/64/180/`. */
export function documentPath(symbol: string): string {
	return `/${symbol}/`;
}

/** The address of a document's parsed model: `/A/RES/64/179/document.json`. */
export function documentJsonPath(symbol: string): string {
	return `${documentPath(symbol)}document.json`;
}

/** The official record of any UN document symbol: `https://undocs.org/A/RES/63/193`. */
export function officialRecordUrl(symbol: string): string {
	return `https://undocs.org/${encodeURI(symbol)}`;
}

/**
 * A document's record in the UN Digital Library, by the record's number; null for anything that
 * is not a record number, so no other text becomes a link.
 * @example digitalLibraryRecordUrl('4094779') // 'https://digitallibrary.un.org/record/4094779'
 */
export function digitalLibraryRecordUrl(recordId: string): string | null {
	return /^\d{1,12}$/.test(recordId) ? `https://digitallibrary.un.org/record/${recordId}` : null;
}

/** The page of a congress: `/congresses/twelfth/`. */
export function congressPath(ordinal: CongressOrdinal): string {
	return `/congresses/${ordinal}/`;
}

/** The machine-readable timeline of a congress. */
export function congressTimelinePath(ordinal: CongressOrdinal): string {
	return `${congressPath(ordinal)}timeline.json`;
}

/** The page that lists the congresses that have pages. */
export const congressesPath = '/congresses/';

/** The page that lists every cited document and instrument. */
export const referencesPath = '/references/';

/** The search page, with the query in the address when one is given. */
export function searchPath(query?: string): string {
	return query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;
}

function partPrefix(part: PartScope): string {
	switch (part.kind) {
		case 'resolution':
			return '';
		case 'draft':
			return 'draft-';
		case 'annex':
			return part.count > 1 ? `annex${part.index}-` : 'annex-';
	}
}

function itemsSuffix(items: readonly string[] | undefined): string {
	return (items ?? []).map((label) => `-${label}`).join('');
}

/** The anchor of a passage: `op5`, `pp3`, `op5-a-ii`, `annex-op42`, `draft-op6`, `para9-3`, `fn2`. */
export function anchorFor(address: PassageAddress): string {
	switch (address.kind) {
		case 'preambular':
			return `${partPrefix(address.part)}pp${address.number}`;
		case 'operative':
			return `${partPrefix(address.part)}op${address.number}${itemsSuffix(address.items)}`;
		case 'report':
			return `para${address.number}${itemsSuffix(address.items)}`;
		case 'summary':
			return 'summary';
		case 'footnote':
			return `fn${address.number}`;
	}
}

/**
 * The anchor of the n-th heading (1-based, in document order) inside a part: `annex-sec2`.
 * @example sectionAnchor({ kind: 'annex', index: 1, count: 1 }, 2) // 'annex-sec2'
 */
export function sectionAnchor(part: PartScope, n: number): string {
	return `${partPrefix(part)}sec${n}`;
}

/** The anchor of the n-th place (1-based) that calls a footnote: `fnref2`, `fnref2-2`. */
export function footnoteCallAnchor(footnote: number, occurrence: number): string {
	return occurrence === 1 ? `fnref${footnote}` : `fnref${footnote}-${occurrence}`;
}

/** The canonical permalink of a passage: `/A/RES/64/180/#op5`. */
export function permalinkPath(symbol: string, address: PassageAddress): string {
	return `${documentPath(symbol)}#${anchorFor(address)}`;
}

/** The share page of a passage: `/A/RES/65/230/annex-op42/`. */
export function sharePagePath(symbol: string, address: PassageAddress): string {
	return `${documentPath(symbol)}${anchorFor(address)}/`;
}

const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function annexName(index: number | null): string {
	return index === null ? 'annex' : `annex ${romanNumerals[index - 1] ?? index}`;
}

/**
 * A part of a document as citations name it: '' for the resolution itself, which they do not name.
 * @example partName({ kind: 'annex', index: 2, count: 2 }) // 'annex II'
 */
export function partName(part: PartScope): string {
	switch (part.kind) {
		case 'resolution':
			return '';
		case 'draft':
			return 'draft resolution';
		case 'annex':
			return annexName(part.count > 1 ? part.index : null);
	}
}

function partLabel(part: PartScope): string {
	const name = partName(part);
	return name === '' ? '' : `${name}, `;
}

function itemsLabel(items: readonly string[] | undefined): string {
	return (items ?? []).map((label) => ` (${label})`).join('');
}

/**
 * The citation of a passage, as the contract fixes it.
 * @example citationFor('A/RES/65/230', { kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, number: 42 })
 * // 'A/RES/65/230, annex, para. 42'
 */
export function citationFor(symbol: string, address: PassageAddress): string {
	switch (address.kind) {
		case 'preambular':
			return `${symbol}, ${partLabel(address.part)}preambular para. ${address.number}`;
		case 'operative':
			return `${symbol}, ${partLabel(address.part)}para. ${address.number}${itemsLabel(address.items)}`;
		case 'report':
			return `${symbol}, para. ${address.number}${itemsLabel(address.items)}`;
		case 'summary':
			return `${symbol}, summary`;
		case 'footnote':
			return `${symbol}, footnote ${address.number}`;
	}
}

const passageAnchorPattern = /^(?:(draft)-|annex(\d*)-)?(pp|op|para)(\d+)((?:-[a-z0-9]+)*)$/;
const partAnchorPattern = /^part-(?:(resolution)|(draft)|annex(\d*))$/;

/**
 * What an anchor of this contract names, in readers' words and without the document: what a screen
 * reader says for a paragraph's printed number, or a part's name. Null for an anchor that names
 * no passage or part.
 * @example anchorInWords('annex-op12') // 'annex, paragraph 12'
 * @example anchorInWords('op5-a-ii') // 'paragraph 5 (a) (ii)'
 * @example anchorInWords('part-annex') // 'annex'
 */
export function anchorInWords(anchor: string): string | null {
	const part = partAnchorPattern.exec(anchor);
	if (part !== null) {
		if (part[1] !== undefined) return 'resolution';
		if (part[2] !== undefined) return 'draft resolution';
		return annexName(part[3] ? Number(part[3]) : null);
	}
	if (anchor === 'summary') return 'summary';
	const footnote = /^fn(\d+)$/.exec(anchor);
	if (footnote !== null) return `footnote ${footnote[1]}`;
	const passage = passageAnchorPattern.exec(anchor);
	if (passage === null) return null;
	const [, draft, annex, kind, number, items = ''] = passage;
	if (kind === 'para' && (draft !== undefined || annex !== undefined)) return null;
	const where =
		draft !== undefined
			? 'draft resolution, '
			: annex !== undefined
				? `${annexName(annex ? Number(annex) : null)}, `
				: '';
	const what = kind === 'pp' ? 'preambular paragraph' : 'paragraph';
	return `${where}${what} ${number}${itemsLabel(items.split('-').slice(1))}`;
}

/** What "copy citation" copies: the citation and the absolute permalink. */
export function citationWithPermalink(
	symbol: string,
	address: PassageAddress,
	site: string,
): string {
	return citationLine(
		citationFor(symbol, address),
		new URL(permalinkPath(symbol, address), site).href,
	);
}

/** A citation followed by its absolute permalink, as "copy citation" copies it. */
export function citationLine(citation: string, permalink: string): string {
	return citationLineParts(citation, permalink).join('');
}

/**
 * A citation line in its two pieces, the citation with the separator and then the permalink, for a
 * page that sets the permalink apart (to break it only between its segments).
 * @example citationLineParts('A/RES/64/180, para. 5', 'https://HOST/A/RES/64/180/#op5') // ['A/RES/64/180, para. 5 — ', 'https://HOST/A/RES/64/180/#op5']
 */
export function citationLineParts(citation: string, permalink: string): readonly [string, string] {
	return [`${citation} — `, permalink];
}

/**
 * A site address as the site prints it for readers: absolute on the public address, or left
 * site-relative when the build was given none, so no development host is ever printed.
 * @example publicUrl('/A/RES/64/180/#op5', 'https://example.org') // 'https://example.org/A/RES/64/180/#op5'
 */
export function publicUrl(path: string, site: URL | string | null | undefined): string {
	return site === null || site === undefined ? path : new URL(path, site).href;
}
