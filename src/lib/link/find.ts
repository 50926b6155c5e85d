/**
 * Finding references in UN text: resolution and decision numbers, document symbols, annexes,
 * paragraphs ("paragraph 20 above", "paragraph 42 of the Salvador Declaration"), named
 * instruments and treaties, and treaty articles.
 *
 * Every pattern is anchored on a word that announces a reference ("resolution", "paragraph",
 * "article", a symbol's oblique strokes, an instrument's name), so years, dates, quantities and
 * footnote-call digits are never taken for one.
 */
import {
	instrumentPattern,
	namedInstruments,
	namedTreaties,
	treatyPattern,
} from './instruments.ts';
import { annexNumber, numberReference, spaced, symbolOf } from './numbers.ts';
import type {
	CitedParagraph,
	DocumentPlace,
	FoundReference,
	NamedBefore,
	Reference,
	Speaker,
} from './types.ts';

const body = String.raw`General\s+Assembly|Assembly|Economic\s+and\s+Social\s+Council|ECOSOC|Security\s+Council|Human\s+Rights\s+Council|Council|Commission(?:\s+on(?:\s+(?:[A-Z][A-Za-z-]*|and|the|of))+)?`;
// "64/180", "57/270 B", "S-26/2"; "415 (V)", "155 C (VII)" before the thirty-first session;
// "1373 (2001)" for the Security Council.
const newNumber = String.raw`(?:E?S-\d{1,2}|\d{1,4})\/\d{1,4}(?![\d/])(?:\s+[A-Z](?![\w/]))?`;
const oldNumber = String.raw`\d{1,4}(?:\s+[A-Z])?\s+\((?:E?S-)?(?:[IVXL]+|\d{4})\)`;
const number = `(?:${newNumber}|${oldNumber})`;
const date = String.raw`(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})`;
const annexTail = String.raw`(,\s+annex(?:\s+([IVX]+)\b)?)`;
const keyword = String.raw`([Rr]esolution|[Dd]ecision)`;
const segment = String.raw`(?:[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*|\d+(?:\.\d+)*|(?:Add|Corr|Rev|Amend)\.\d+)(?:-\d+)?`;
const symbol = String.raw`(?<![\w/.-])[A-Z]{1,6}(?:\/${segment})+(?![\w/])`;
const paragraphNumber = String.raw`(\d{1,3})(?![\d/])((?:\s*\((?:[a-z]{1,4}|\d{1,2})\))*)`;
const listSeparator = /,\s+and\s+|,\s*|\s+and\s+/y;
const workName = String.raw`[A-Z][A-Za-z'’-]*(?:\s+(?:(?:of|against|on|for|the|in|to)\s+)*[A-Z][A-Za-z'’-]*)*`;

const resolutionStart = new RegExp(
	String.raw`(?:(${body})\s+)?\b${keyword}s?\s+(?=${number})`,
	'g',
);
const resolutionItem = new RegExp(`(${number})${date}?${annexTail}?`, 'y');
// What follows a number may say its title and, where no body stands before it, whose it is:
// "resolution 18/3 of 24 April 2009 entitled "Improving …", adopted by the Commission on …".
const numberTail = new RegExp(
	String.raw`${date}?(?:,?\s+entitled\s+(?:“([^”]{1,400})”|"([^"]{1,400})"))?(?:,?\s+adopted\s+by\s+(?:the\s+)?(${body}))?`,
	'y',
);
const annexStart = new RegExp(
	String.raw`\b[Aa]nnex(?:\s+([IVX]+))?\s+to\s+(?:its\s+)?(?:(${body})\s+)?${keyword}\s+(${number})`,
	'g',
);
const paragraphStart = /\b(?:[Pp]aragraphs?|[Pp]aras?\.)\s+(?=\d)/g;
const paragraphItem = new RegExp(paragraphNumber, 'y');
const sameDocumentTail =
	/\s+(?:above|below|of\s+the\s+present\s+(?:resolution|report|decision))\b/y;
const resolutionTail = new RegExp(
	String.raw`\s+of\s+(?:its\s+)?(?:(${body})\s+)?${keyword}\s+(${number})${annexTail}?`,
	'y',
);
const symbolTail = new RegExp(String.raw`\s+of\s+(?:document\s+)?(${symbol})`, 'y');
const instrumentTails = namedInstruments.map((instrument) => ({
	instrument,
	tail: new RegExp(String.raw`\s+of\s+the\s+(?:${instrumentPattern(instrument)})(?![A-Za-z])`, 'y'),
	bare: new RegExp(String.raw`\b(?:${instrumentPattern(instrument)})(?![A-Za-z])`, 'g'),
}));
const treatyNames = namedTreaties.map((treaty) => ({
	treaty,
	pattern: new RegExp(String.raw`\b${treatyPattern(treaty)}(?![A-Za-z])`, 'g'),
}));
// "the Convention" on its own, as texts write it after naming one in full: not "the Conventions",
// and not the first word of another convention's name ("the Convention on the Rights of the Child",
// "the Convention against Torture"). "each Convention", "these two Conventions" are not read.
const conventionShortForm =
	/\bthe\s+(Convention)(?![\w-]|\s+(?:on|against|for|relating|concerning|of)\b)/g;
const symbolPattern = new RegExp(symbol, 'g');
const symbolAnnex = /,\s+annex(?:\s+([IVX]+)\b)?/y;
const symbolParagraph = new RegExp(String.raw`,\s+paras?\.\s+${paragraphNumber}`, 'y');
const symbolCompanion = /\s+and\s+((?:Corr|Add|Rev)\.\d+)(?![\w/])/y;
const articleStart = new RegExp(
	String.raw`\b[Aa]rticles?\s+(\d{1,3}(?:(?:,\s+and\s+|,\s*|\s+and\s+)\d{1,3})*)\s+of\s+the\s+(${workName})`,
	'g',
);

/** A candidate reference before overlapping candidates are dropped. */
type Candidate = Omit<FoundReference, 'text'>;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
	pattern.lastIndex = at;
	return pattern.exec(text);
}

function paragraphOf(numberText: string, itemsText: string): CitedParagraph {
	return {
		number: Number(numberText),
		items: [...itemsText.matchAll(/\(([^)]+)\)/g)].map((item) => item[1] ?? ''),
	};
}

/** Reads a list of items at `at` ("63/193, 63/194 and 63/195"): each item's match and offset. */
function listAt(pattern: RegExp, text: string, at: number): RegExpExecArray[] {
	const items: RegExpExecArray[] = [];
	let position = at;
	for (;;) {
		const item = matchAt(pattern, text, position);
		if (item === null) return items;
		items.push(item);
		const separator = matchAt(listSeparator, text, item.index + item[0].length);
		if (separator === null) return items;
		position = separator.index + separator[0].length;
	}
}

function resolutionCandidates(text: string, speaker: Speaker): Candidate[] {
	return [...text.matchAll(resolutionStart)].flatMap((start) => {
		const [, prefix, kind = ''] = start;
		return listAt(resolutionItem, text, start.index + start[0].length).map((item, index) => {
			const [, printed = '', annex, roman] = item;
			const place: DocumentPlace =
				annex === undefined ? { kind: 'whole' } : { kind: 'annex', annex: annexNumber(roman) };
			const end = annex === undefined ? item.index + printed.length : item.index + item[0].length;
			const tail = annex === undefined ? matchAt(numberTail, text, end) : null;
			return {
				start: index === 0 ? start.index : item.index,
				end,
				reference: numberReference(kind, spaced(printed), prefix, speaker, place, {
					title: tail?.[1] ?? tail?.[2],
					adoptedBy: tail?.[3],
				}),
			};
		});
	});
}

function annexCandidates(text: string, speaker: Speaker): Candidate[] {
	return [...text.matchAll(annexStart)].map((match) => {
		const [, roman, prefix, kind = '', printed = ''] = match;
		const place: DocumentPlace = { kind: 'annex', annex: annexNumber(roman) };
		return {
			start: match.index,
			end: match.index + match[0].length,
			reference: numberReference(kind, spaced(printed), prefix, speaker, place),
		};
	});
}

/** What a list of paragraphs belongs to, read from the words after it, and where those words end. */
function paragraphTarget(
	text: string,
	at: number,
	speaker: Speaker,
): { end: number; reference: (paragraph: CitedParagraph) => Reference } | null {
	const same = matchAt(sameDocumentTail, text, at);
	if (same !== null)
		return {
			end: at + same[0].length,
			reference: (paragraph) => ({ kind: 'same-document', paragraph }),
		};
	const resolution = matchAt(resolutionTail, text, at);
	if (resolution !== null) {
		const [, prefix, kind = '', printed = '', annex, roman] = resolution;
		const annexIndex = annex === undefined ? null : annexNumber(roman);
		return {
			end: at + resolution[0].length,
			reference: (paragraph) =>
				numberReference(kind, spaced(printed), prefix, speaker, {
					kind: 'paragraph',
					annex: annexIndex,
					paragraph,
				}),
		};
	}
	for (const { instrument, tail } of instrumentTails) {
		const named = matchAt(tail, text, at);
		if (named !== null) {
			return {
				end: at + named[0].length,
				reference: (paragraph) => ({
					kind: 'document',
					symbol: instrument.symbol,
					place: { kind: 'paragraph', annex: instrument.annex, paragraph },
					instrument: instrument.name,
				}),
			};
		}
	}
	const document = matchAt(symbolTail, text, at);
	if (document === null) return null;
	const cited = symbolOf(document[1] ?? '');
	return {
		end: at + document[0].length,
		reference: (paragraph) => ({
			kind: 'document',
			symbol: cited,
			place: { kind: 'paragraph', annex: null, paragraph },
			instrument: null,
		}),
	};
}

function paragraphCandidates(text: string, speaker: Speaker): Candidate[] {
	return [...text.matchAll(paragraphStart)].flatMap((start) => {
		const items = listAt(paragraphItem, text, start.index + start[0].length);
		const last = items.at(-1);
		if (last === undefined) return [];
		const target = paragraphTarget(text, last.index + last[0].length, speaker);
		if (target === null) return [];
		return items.map((item, index) => ({
			start: index === 0 ? start.index : item.index,
			end: items.length === 1 ? target.end : item.index + item[0].length,
			reference: target.reference(paragraphOf(item[1] ?? '', item[2] ?? '')),
		}));
	});
}

function symbolCandidates(text: string): Candidate[] {
	return [...text.matchAll(symbolPattern)].flatMap((match): Candidate[] => {
		if (!/\d/.test(match[0])) return [];
		const cited = symbolOf(match[0]);
		let end = match.index + match[0].length;
		let place: DocumentPlace = { kind: 'whole' };
		const annex = matchAt(symbolAnnex, text, end);
		if (annex !== null) {
			place = { kind: 'annex', annex: annexNumber(annex[1]) };
			end += annex[0].length;
		}
		const paragraph = matchAt(symbolParagraph, text, end);
		if (paragraph !== null) {
			place = {
				kind: 'paragraph',
				annex: place.kind === 'annex' ? place.annex : null,
				paragraph: paragraphOf(paragraph[1] ?? '', paragraph[2] ?? ''),
			};
			end += paragraph[0].length;
		}
		const found: Candidate = {
			start: match.index,
			end,
			reference: { kind: 'document', symbol: cited, place, instrument: null },
		};
		const companion = matchAt(symbolCompanion, text, end);
		if (companion === null) return [found];
		const companionStart = companion.index + companion[0].length - (companion[1] ?? '').length;
		return [
			found,
			{
				start: companionStart,
				end: companion.index + companion[0].length,
				reference: {
					kind: 'document',
					symbol: `${cited}/${companion[1] ?? ''}`,
					place: { kind: 'whole' },
					instrument: null,
				},
			},
		];
	});
}

function instrumentCandidates(text: string): Candidate[] {
	return instrumentTails.flatMap(({ instrument, bare }) =>
		[...text.matchAll(bare)].map((match) => ({
			start: match.index,
			end: match.index + match[0].length,
			reference: {
				kind: 'document' as const,
				symbol: instrument.symbol,
				place:
					instrument.annex === null
						? { kind: 'whole' as const }
						: { kind: 'annex' as const, annex: instrument.annex },
				instrument: instrument.name,
			},
		})),
	);
}

/** The full-name treaty candidates of a text. */
function treatyCandidates(text: string): Candidate[] {
	return treatyNames.flatMap(({ treaty, pattern }) =>
		[...text.matchAll(pattern)].map((match) => ({
			start: match.index,
			end: match.index + match[0].length,
			reference: {
				kind: 'unsymbolled' as const,
				work: treaty.name,
				provision: null,
				act: null,
			},
		})),
	);
}

const isConvention = (name: string): boolean => /\bConvention\b/.test(name);

/**
 * The convention that "the Convention" at `at` means: the only one named in full before it in its
 * passage (the text's own treaty candidates before `at`, after those named in the passage's earlier
 * text); in a passage that has named none, the only one its document has named; otherwise none.
 */
function conventionMeant(
	at: number,
	treaties: readonly Candidate[],
	before: NamedBefore,
): string | null {
	const inPassage = new Set([
		...before.passage.filter(isConvention),
		...treaties.flatMap(({ start, reference }) =>
			start < at && reference.kind === 'unsymbolled' && isConvention(reference.work)
				? [reference.work]
				: [],
		),
	]);
	const named = inPassage.size > 0 ? inPassage : new Set(before.document.filter(isConvention));
	return named.size === 1 ? ([...named][0] ?? null) : null;
}

function shortFormCandidates(
	text: string,
	treaties: readonly Candidate[],
	before: NamedBefore,
): Candidate[] {
	return [...text.matchAll(conventionShortForm)].flatMap((match) => {
		const work = conventionMeant(match.index, treaties, before);
		if (work === null) return [];
		const start = match.index + match[0].length - (match[1] ?? '').length;
		return [
			{
				start,
				end: match.index + match[0].length,
				reference: { kind: 'unsymbolled' as const, work, provision: null, act: null },
			},
		];
	});
}

/** Where the article references of a text stand, from "article(s)" to the end of the work's name. */
function articleSpans(text: string): [number, number][] {
	return [...text.matchAll(articleStart)].map((match) => [
		match.index,
		match.index + match[0].length,
	]);
}

function articleCandidates(
	text: string,
	treaties: readonly Candidate[],
	before: NamedBefore,
): Candidate[] {
	return [...text.matchAll(articleStart)].flatMap((match) => {
		const printed = spaced(match[2] ?? '');
		// "article 8 of the Convention" cites the convention the context names, or nothing it can tell.
		const work =
			printed === 'Convention' ? conventionMeant(match.index, treaties, before) : printed;
		if (work === null) return [];
		const numbers = [...(match[1] ?? '').matchAll(/\d+/g)];
		const listStart = match.index + match[0].indexOf(match[1] ?? '');
		return numbers.map((found, index) => ({
			start: index === 0 ? match.index : listStart + found.index,
			end:
				numbers.length === 1
					? match.index + match[0].length
					: listStart + found.index + found[0].length,
			reference: {
				kind: 'unsymbolled' as const,
				work,
				provision: `article ${found[0]}`,
				act: null,
			},
		}));
	});
}

const nothingNamed: NamedBefore = { passage: [], document: [] };

/**
 * Every reference in a string, in order, with its [start, end) offsets; where candidates overlap,
 * the one that starts first (then the longest) wins, so "paragraph 9 of General Assembly
 * resolution 55/25" is one reference to that paragraph. `before` names the conventions named
 * before the string, which "the Convention" in it may mean.
 * @example findReferences('Recalling further its resolution 63/193 of 18 December 2008,', 'General Assembly')
 * // [{ start: 22, end: 39, text: 'resolution 63/193', reference: { kind: 'document', symbol: 'A/RES/63/193', … } }]
 */
export function findReferences(
	text: string,
	speaker: Speaker,
	before: NamedBefore = nothingNamed,
): FoundReference[] {
	const treaties = treatyCandidates(text);
	const articles = articleSpans(text);
	// "articles 5 and 6 of the Convention …" cites the Convention by its articles, not also whole.
	const named = treaties.filter(
		(treaty) => !articles.some(([start, end]) => start <= treaty.start && treaty.end <= end),
	);
	const candidates = [
		...paragraphCandidates(text, speaker),
		...annexCandidates(text, speaker),
		...resolutionCandidates(text, speaker),
		...symbolCandidates(text),
		...instrumentCandidates(text),
		...named,
		...shortFormCandidates(text, treaties, before),
		...articleCandidates(text, treaties, before),
	].sort((a, b) => a.start - b.start || b.end - a.end);
	const found: FoundReference[] = [];
	let position = 0;
	for (const candidate of candidates) {
		if (candidate.start < position || candidate.end <= candidate.start) continue;
		found.push({ ...candidate, text: text.slice(candidate.start, candidate.end) });
		position = candidate.end;
	}
	return found;
}
