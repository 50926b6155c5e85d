/**
 * The public contract (shared/CONTRACT.md): addresses, paragraph anchors and citation strings.
 *
 * Readers cite these for years, so this is the only module that builds them; everything else
 * (converter, pages, search records, tests) asks here.
 */
import type { DocumentMeta } from './model.ts';
import { formatIsoDate } from './words/dates.ts';

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

/**
 * A document symbol as the UN prints it, from the compact form that undocs.org and this site's
 * addresses take: the session of a resolution numbered before the thirty-first session (or a
 * Security Council resolution's year) stands in brackets after a space, and the letter of a part
 * adopted under one number stands after a space. Every other symbol is printed as it is.
 * @example printedSymbol('A/RES/415(V)') // 'A/RES/415 (V)'
 * @example printedSymbol('A/RES/57/270B') // 'A/RES/57/270 B'
 */
export function printedSymbol(symbol: string): string {
	return symbol
		.replace(/^([A-Z]+\/(?:RES|DEC)\/\d+)\((\w+)\)$/, '$1 ($2)')
		.replace(/^([A-Z]+\/(?:RES|DEC)\/(?:E?S-)?\d+\/\d+)([A-Z])$/, '$1 $2');
}

const organs: Record<string, string> = {
	A: 'General Assembly',
	E: 'Economic and Social Council',
	S: 'Security Council',
};

/**
 * A document as UN texts name it: a resolution or decision by its body, kind and number as printed,
 * any other document by its symbol as printed.
 * @example documentName('A/RES/60/177') // 'General Assembly resolution 60/177'
 * @example documentName('E/RES/155(VII)') // 'Economic and Social Council resolution 155 (VII)'
 */
export function documentName(symbol: string): string {
	const printed = printedSymbol(symbol);
	const act = /^([AES])\/(RES|DEC)\/(.+)$/.exec(printed);
	const organ = organs[act?.[1] ?? ''];
	if (act === null || organ === undefined) return printed;
	return `${organ} ${act[2] === 'RES' ? 'resolution' : 'decision'} ${act[3] ?? ''}`;
}

/** The site-relative address of a document: `/A/RES/64/180/`. */
export function documentPath(symbol: string): string {
	return `/${symbol}/`;
}

/**
 * The symbol of the document a page of it is at: the inverse of `documentPath`, for a component that
 * knows only the address it is rendered at.
 * @example symbolOfDocumentPath('/A/RES/64/180/') // 'A/RES/64/180'
 */
export function symbolOfDocumentPath(pathname: string): string {
	return decodeURI(pathname).replace(/^\/+|\/+$/g, '');
}

/** What changed since the previous resolution of its series: `/A/RES/65/230/changes/`. */
export function changesPath(symbol: string): string {
	return `${documentPath(symbol)}changes/`;
}

/** The address of a document's parsed model: `/A/RES/64/179/document.json`. */
export function documentJsonPath(symbol: string): string {
	return `${documentPath(symbol)}document.json`;
}

/** The address of a document in Akoma Ntoso 3.0: `/A/RES/65/230/akn.xml`. */
export function aknXmlPath(symbol: string): string {
	return `${documentPath(symbol)}akn.xml`;
}

/** The official record of any UN document symbol: `https://undocs.org/A/RES/63/193`. */
export function officialRecordUrl(symbol: string): string {
	return `https://undocs.org/${encodeURI(symbol)}`;
}

/** The formats of a document's record for reference managers, by file extension. */
export type CitationRecordFormat = 'ris' | 'bib' | 'json';

/** A document's record for reference managers: `/A/RES/64/180/citation.ris` (`.bib`, `.json` as CSL-JSON). */
export function citationRecordPath(symbol: string, format: CitationRecordFormat): string {
	return `${documentPath(symbol)}citation.${format}`;
}

/** The six official languages of the UN, as undocs.org names them, in the UN's order. */
export const officialLanguages = [
	{ code: 'ar', name: 'العربية', english: 'Arabic' },
	{ code: 'zh', name: '中文', english: 'Chinese' },
	{ code: 'en', name: 'English', english: 'English' },
	{ code: 'fr', name: 'Français', english: 'French' },
	{ code: 'ru', name: 'Русский', english: 'Russian' },
	{ code: 'es', name: 'Español', english: 'Spanish' },
] as const;

/** A code of one of the six official languages. */
export type OfficialLanguage = (typeof officialLanguages)[number]['code'];

/** The official record of a document in one official language: `https://undocs.org/fr/A/RES/64/180`. */
export function officialRecordUrlIn(language: OfficialLanguage, symbol: string): string {
	return `https://undocs.org/${language}/${encodeURI(symbol)}`;
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

/** The page about the site: what it is, where its texts come from, how to report an error. */
export const aboutPath = '/about/';

/**
 * The anchor of an entry of `/references/`: a cited work by its symbol or its name, a section by
 * its body or kind; in lower case, each run of other characters as one hyphen.
 * @example referencesAnchor('A/RES/415(V)') // 'a-res-415-v'
 * @example referencesAnchor('United Nations Convention against Corruption') // 'united-nations-convention-against-corruption'
 */
export function referencesAnchor(symbolOrName: string): string {
	return symbolOrName
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Where `/references/` lists a cited work: `/references/#a-res-60-177`. */
export function citedWorkPath(symbolOrName: string): string {
	return `${referencesPath}#${referencesAnchor(symbolOrName)}`;
}

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
 * The anchor of a part of a document, where a reference to the part as a whole lands.
 * @example partAnchor({ kind: 'annex', index: 1, count: 1 }) // 'part-annex'
 */
export function partAnchor(part: PartScope): string {
	return `part-${part.kind === 'annex' && part.count > 1 ? `annex${part.index}` : part.kind}`;
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

/** Where a reference to a whole part of a document lands: `/A/RES/65/230/#part-annex`. */
export function partPath(symbol: string, part: PartScope): string {
	return `${documentPath(symbol)}#${partAnchor(part)}`;
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
 * Where a passage stands in its document, as its citation names it after the symbol; alone, it
 * cites a passage of the document the reader is in.
 * @example placeCitationFor({ kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, number: 42 })
 * // 'annex, para. 42'
 */
export function placeCitationFor(address: PassageAddress): string {
	switch (address.kind) {
		case 'preambular':
			return `${partLabel(address.part)}preambular para. ${address.number}`;
		case 'operative':
			return `${partLabel(address.part)}para. ${address.number}${itemsLabel(address.items)}`;
		case 'report':
			return `para. ${address.number}${itemsLabel(address.items)}`;
		case 'summary':
			return 'summary';
		case 'footnote':
			return `footnote ${address.number}`;
	}
}

/**
 * The citation of a passage, as the contract fixes it: the symbol as the UN prints it, then the
 * passage's place in the document.
 * @example citationFor('A/RES/65/230', { kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, number: 42 })
 * // 'A/RES/65/230, annex, para. 42'
 */
export function citationFor(symbol: string, address: PassageAddress): string {
	return `${printedSymbol(symbol)}, ${placeCitationFor(address)}`;
}

/** What the full form of a citation needs to know of the document. */
export type CitedDocument = Pick<
	DocumentMeta,
	'symbol' | 'body' | 'documentType' | 'resolutionNumber' | 'date'
>;

/**
 * A document named as UN documents cite one: a resolution by its body, number and date of adoption,
 * a report by its author and symbol.
 * @example fullDocumentName({ symbol: 'A/RES/64/180', body: 'General Assembly', documentType: 'resolution', resolutionNumber: '64/180', date: '2009-12-18' })
 * // 'General Assembly resolution 64/180 of 18 December 2009'
 */
export function fullDocumentName(document: CitedDocument): string {
	if (document.documentType === 'report')
		return `Report of the ${document.body} (${printedSymbol(document.symbol)})`;
	const number = document.resolutionNumber ?? resolutionNumberOf(document.symbol);
	return `${document.body} resolution ${number} of ${formatIsoDate(document.date)}`;
}

/** `64/180` of `A/RES/64/180`, `2007/17` of `E/RES/2007/17`: what follows the symbol's `RES/`. */
function resolutionNumberOf(symbol: string): string {
	return symbol.replace(/^[A-Z]+\/RES\//, '');
}

/**
 * The full form of a passage's citation, as UN documents themselves cite.
 * @example fullCitationFor(meta of A/RES/65/230, annex para. 42) // 'General Assembly resolution 65/230 of 21 December 2010, annex, para. 42'
 */
export function fullCitationFor(document: CitedDocument, address: PassageAddress): string {
	return `${fullDocumentName(document)}, ${placeCitationFor(address)}`;
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

/** A part as an anchor names it (`resolution`, `annex`, `annex2`, `draft`), as an eId names it: `annex_2`. */
function aknPartName(name: string): string {
	return name.replace(/^annex(\d+)$/, 'annex_$1');
}

/** What each kind of anchor names, as an AKN eId names it. */
const aknElementOfAnchor = new Map([
	['pp', 'preamble__rec'],
	['op', 'para'],
	['para', 'para'],
	['sec', 'crossHeading'],
]);

/**
 * The Akoma Ntoso `eId` of what a contract anchor names, so that `#op5` on the page and `para_5` in
 * `akn.xml` are always the same passage. The anchor is rewritten piece by piece, in the naming
 * convention's shape (`{element}_{number}`, a child after its parent and `__`): a preambular paragraph
 * is a recital of the preamble, an operative or report paragraph a `para`, a sub-paragraph a `point`
 * named by its label, a heading a `crossHeading`, a part an attachment named as its anchor names it;
 * a footnote is the `authorialNote` at its first call, and a later call the `noteRef` there.
 *
 * | anchor | eId |
 * | --- | --- |
 * | `pp3`, `op5`, `op5-a-ii` | `preamble__rec_3`, `para_5`, `para_5__point_a__point_ii` |
 * | `annex-op42`, `annex2-pp1`, `draft-op6` | `annex__para_42`, `annex_2__preamble__rec_1`, `draft__para_6` |
 * | `para9`, `para9-3`, `summary` | `para_9`, `para_9__point_3`, `summary` |
 * | `sec1`, `annex-sec2` | `crossHeading_1`, `annex__crossHeading_2` |
 * | `part-resolution`, `part-annex`, `part-annex2`, `part-draft` | `resolution`, `annex`, `annex_2`, `draft` |
 * | `fn2`, `fnref2`, `fnref2-3`, `footnotes` | `authorialNote_2`, `noteRef_2`, `noteRef_2_3`, `footnotes` |
 *
 * Distinct anchors give distinct eIds, except that operative and report paragraphs share `para`, as
 * no document has both. An anchor the contract does not make is an error, never a guess.
 * @example aknEidOf('annex-op42-a') // 'annex__para_42__point_a'
 */
export function aknEidOf(anchor: string): string {
	if (anchor === 'summary' || anchor === 'footnotes') return anchor;
	const part = /^part-(resolution|draft|annex\d*)$/.exec(anchor);
	if (part !== null) return aknPartName(part[1] ?? '');
	const note = /^fn(\d+)$/.exec(anchor);
	if (note !== null) return `authorialNote_${note[1] ?? ''}`;
	const call = /^fnref(\d+)(?:-(\d+))?$/.exec(anchor);
	if (call !== null) return ['noteRef', call[1], call[2]].filter(Boolean).join('_');
	// A report's paragraphs (`para`) stand in no part, so no part prefix comes before them.
	const passage = /^(?:(annex\d*|draft)-(?!para))?(pp|op|sec|para)(\d+)((?:-[^-\s]+)*)$/.exec(
		anchor,
	);
	const element = aknElementOfAnchor.get(passage?.[2] ?? '');
	if (passage === null || element === undefined)
		throw new Error(`"${anchor}" is not an anchor the contract makes, so it has no AKN eId`);
	const points = (passage[4] ?? '')
		.split('-')
		.slice(1)
		.map((label) => `__point_${label}`)
		.join('');
	const prefix = passage[1] === undefined ? '' : `${aknPartName(passage[1])}__`;
	return `${prefix}${element}_${passage[3] ?? ''}${points}`;
}

/**
 * The Akoma Ntoso `eId` of a passage: its contract anchor, rewritten by `aknEidOf`.
 * @example aknEidFor({ kind: 'operative', part: { kind: 'resolution' }, number: 5 }) // 'para_5'
 */
export function aknEidFor(address: PassageAddress): string {
	return aknEidOf(anchorFor(address));
}
