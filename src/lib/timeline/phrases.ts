/**
 * Noun phrases in UN prose, found without a grammar: the clause a word stands in, the stretch of
 * it that one noun phrase can span, and the phrase headed by an event or document noun
 * ("meeting of the Intergovernmental Group of Experts on …", "Global Report on Trafficking in
 * Persons", "regional preparatory meetings").
 */
import { ordinalValue } from '../words/ordinals.ts';

/** Characters [start, end) of a text. */
export interface Span {
	start: number;
	end: number;
}

/** Which nouns head a phrase that a date can attach to. */
export type HeadClass = 'meeting' | 'document';

const heads: Record<HeadClass, ReadonlySet<string>> = {
	meeting: new Set(
		'congress session sessions meeting meetings conference conferences summit segment workshop workshops event events consultations discussion discussions debate forum symposium seminar group'.split(
			' ',
		),
	),
	document: new Set(
		'declaration resolution resolutions decision decisions report reports study strategy strategies pact plan budget guide handbook rules guidelines convention protocol review agreement statement programme'.split(
			' ',
		),
	),
};

// Words that may stand before a head noun inside its phrase, though written in lower case.
const modifiers = new Set(
	'regional preparatory intergovernmental special joint thematic ministerial political international national global expert annual updated draft informal interactive ancillary plenary parallel side treaty substantive organizational programme technical biennial regular extraordinary final first second third'.split(
		' ',
	),
);

// Capitalised words that open a resolution paragraph and are never part of a phrase after them.
const leadVerbs =
	/^(?:[A-Z][a-z]+ing|Takes|Notes|Recalls|Decides|Requests|Invites|Urges|Encourages|Endorses|Expresses|Acknowledges|Reiterates|Reaffirms|Emphasizes|Calls|Recommends|Approves|Accepts|Considers|Recognizes|Stresses|Welcomes|Declares|Also|Further)$/;

// A full stop ends a sentence unless it closes an abbreviation that UN citations use; a colon
// does not, since titles carry one ("Bangkok Declaration on Synergies and Responses: Strategic …").
const sentenceEnd =
	/(?<!\b(?:No|para|paras|vol|vols|chap|sect|art|Corr|Add|Rev|Suppl|e\.g|i\.e|St|[A-Z]))\.(?=\s+[“"‘(A-Z0-9])|;|:$/g;

/** The clause around characters [start, end): bounded by a semicolon or a sentence's end. */
export function clauseAround(text: string, start: number, end: number): Span {
	let clauseStart = 0;
	let clauseEnd = text.length;
	for (const match of text.matchAll(sentenceEnd)) {
		if (match.index < start) clauseStart = match.index + 1;
		else if (match.index >= end) {
			clauseEnd = match.index;
			break;
		}
	}
	return { start: clauseStart, end: clauseEnd };
}

// Where one noun phrase cannot reach across: punctuation that opens or closes a unit, a comma
// before a new clause (a determiner, a relative word, a participle, a preposition), a
// coordination before a preposition ("and of the joint … study"), "as well as".
const segmentBreak =
	/[;()“”"]|,\s+(?=(?:the|a|an|its|their|which|in|including|inter|whereby|pursuant|as|and|or|but|with|where|while|when|to|by|at|on|for|from|of|that|who|whose|[a-z]+ed|[a-z]+ing)\b)|\b(?:and|or)\s+(?=(?:of|to|for|in|on|at|by|with|from)\s)|\bas well as\s/g;

/** Where the noun phrase that ends at `end` can start at the earliest, not before `from`. */
export function segmentStart(text: string, from: number, end: number): number {
	let start = from;
	for (const match of text.slice(from, end).matchAll(segmentBreak))
		start = from + match.index + match[0].length;
	return start;
}

// What cannot stand between a head noun and the end of its phrase: a verb, a relative clause,
// an infinitive ("to enable"), a new coordinated complement ("and for the Thirteenth Congress").
const tailBreak =
	/\b(?:that|which|who|whom|whose|whereby|where|when|while|if|order|would|should|shall|will|may|must|can|is|are|was|were|be|been|has|have|had|being)\b|\bto (?!(?:the|its|their|a|an)\b)[a-z]|\band (?:for|to|in|with|by|at|on|from)\b|\bas (?:well|a|an)\b/;

/** A phrase found: its span, its words, its head's class and the word before it, if a determiner. */
export interface NounPhrase extends Span {
	text: string;
	head: HeadClass;
	headWord: string;
	determiner: string | null;
}

const determiners = new Set([
	'the',
	'a',
	'an',
	'its',
	'their',
	'those',
	'these',
	'this',
	'that',
	'such',
]);

function isModifier(word: string, atTextStart: boolean): boolean {
	if (leadVerbs.test(word) && atTextStart) return false;
	if (leadVerbs.test(word) && /^[A-Z][a-z]+ing$/.test(word)) return false;
	return (
		/^[A-Z]/.test(word) ||
		/\w-\w/.test(word) ||
		modifiers.has(word.toLowerCase()) ||
		ordinalValue(word) !== null
	);
}

/** Extends a head leftwards over its modifiers: "joint Council of Europe/United Nations study". */
function leftEdge(text: string, from: number, headStart: number): number {
	const words = [...text.slice(from, headStart).matchAll(/[^\s]+/g)];
	let start = headStart;
	for (let index = words.length - 1; index >= 0; index -= 1) {
		const word = words[index];
		if (word === undefined) break;
		const value = word[0].replace(/[,]$/, '');
		if (value !== word[0]) break;
		const at = from + word.index;
		const linking =
			(value === 'of' || value === 'and') && /^[A-Z]/.test(words[index - 1]?.[0] ?? '');
		if (!linking && !isModifier(value, at === 0)) break;
		if (linking && !/^[A-Z]/.test(text.slice(start))) break;
		start = at;
	}
	return start;
}

function determinerBefore(text: string, start: number): string | null {
	const word = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
	return word !== undefined && determiners.has(word) ? word : null;
}

/**
 * The noun phrase that ends at `end`, headed by a noun of one of `classes` (tried in order):
 * within the stretch one phrase can span, the head whose words run to `end` without a verb or a
 * new clause, extended leftwards over its modifiers. The `outermost` head is the leftmost such
 * ("meeting" in "meeting of the Intergovernmental Group of Experts"); the `nearest` is the last
 * ("strategy" in "resolutions 2007/12 … on the strategy", before "for the period 2008-2011").
 */
export function nounPhraseBefore(
	text: string,
	from: number,
	end: number,
	classes: readonly HeadClass[],
	pick: 'outermost' | 'nearest' = 'outermost',
): NounPhrase | null {
	const start = segmentStart(text, from, end);
	const found = [...text.slice(start, end).matchAll(/[\p{L}-]+/gu)];
	const words = pick === 'outermost' ? found : found.reverse();
	for (const head of classes) {
		for (const word of words) {
			if (!heads[head].has(word[0].toLowerCase())) continue;
			if (word[0] === 'Congresses' || word[0] === 'congresses') continue;
			const headStart = start + word.index;
			if (tailBreak.test(text.slice(headStart, end))) continue;
			const phraseStart = leftEdge(text, start, headStart);
			return {
				start: phraseStart,
				end,
				text: text
					.slice(phraseStart, end)
					.trim()
					.replace(/[\s,]+$/, ''),
				head,
				headWord: word[0],
				determiner: determinerBefore(text, phraseStart),
			};
		}
	}
	return null;
}

/**
 * The noun phrase that starts at `start` and runs to the next comma, stop or new clause: the
 * object of "to hold in 2010 high-level meetings and a special treaty event".
 */
export function nounPhraseAfter(text: string, start: number, end: number): string | null {
	let words = text.slice(start, end);
	const stop = /[,;:.(]/.exec(words);
	if (stop !== null) words = words.slice(0, stop.index);
	const verb = tailBreak.exec(words);
	if (verb !== null) words = words.slice(0, verb.index);
	const phrase = withoutDeterminer(words.trim());
	return phrase === '' ? null : phrase;
}

/** The class of the first head noun in a phrase, or null. */
export function headClassOf(phrase: string): HeadClass | null {
	for (const word of phrase.matchAll(/[\p{L}-]+/gu)) {
		const lower = word[0].toLowerCase();
		if (heads.meeting.has(lower)) return 'meeting';
		if (heads.document.has(lower)) return 'document';
	}
	return null;
}

/**
 * The last phrase before `end` headed by `headWord` itself, not pointed at by a demonstrative:
 * what "those meetings" refer to.
 */
export function antecedentOf(text: string, end: number, headWord: string): string | null {
	const pattern = new RegExp(String.raw`\b${headWord}\b`, 'g');
	let found: string | null = null;
	for (const match of text.slice(0, end).matchAll(pattern)) {
		const start = leftEdge(text, 0, match.index);
		const determiner = determinerBefore(text, start);
		if (determiner !== null && ['those', 'these', 'this', 'that', 'such'].includes(determiner))
			continue;
		found = text.slice(start, match.index + match[0].length);
	}
	return found;
}

/** A phrase without the article or possessive that opens it. */
export function withoutDeterminer(phrase: string): string {
	return phrase.replace(/^(?:(?:and|or|of)\s+)?(?:the|a|an|its|their)\s+/i, '').trim();
}
