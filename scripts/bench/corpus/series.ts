/**
 * Resolutions of a series: the next resolution on a subject repeats most paragraphs of the previous
 * one, amends some (an adverb, an actor, a clause added or cut, the sessions it names moved on),
 * drops a few and adds new ones, as a delegation drafts this year's text on last year's. The
 * agreed-language stage finds the previous one as its predecessor and sets the two side by side.
 */
import { ordinalValue, ordinalWords } from '../../../src/lib/words/ordinals.ts';
import { clauseEnd } from './clauses.ts';
import { paragraphOf, type PlannedItem, type PlannedParagraph } from './document-plan.ts';
import type { Random } from './random.ts';
import {
	beneficiaries,
	crimeKinds,
	groups,
	measureQualities,
	regions,
	sectors,
	trafficked,
} from './lexicon.ts';
import { bodyActors, crimes, otherActors, qualifiers, scopes, stateActors } from './vocabulary.ts';

/**
 * The same words with every session they name in words moved on by `sessions`, as the next
 * resolution of a series asks for its report at the next session; an ordinal past the ninety-ninth,
 * which the words cannot name, stays.
 * @example sessionsMovedOn('at its seventy-first session', 2) // 'at its seventy-third session'
 */
export function sessionsMovedOn(words: string, sessions: number): string {
	return words.replace(/\b([a-z]+(?:-[a-z]+)?) session\b/g, (found, ordinal: string) => {
		const value = ordinalValue(ordinal);
		return value === null || value + sessions > 99
			? found
			: `${ordinalWords(value + sessions)} session`;
	});
}

// Lead phrases that an adverb can follow or precede; which depends on the head: `Also requests`,
// `Recognizing also`.
const operativeHeads =
	/^(Requests|Encourages|Urges|Invites|Calls upon|Welcomes|Decides|Reaffirms|Stresses|Emphasizes|Recognizes|Notes|Commends|Takes note) /;
const preambularHeads =
	/^(Recalling|Recognizing|Reaffirming|Stressing|Emphasizing|Noting|Welcoming|Acknowledging|Underlining|Convinced|Concerned) /;

function withAdverb(words: string): string | null {
	const operative = operativeHeads.exec(words);
	if (operative?.[1] !== undefined)
		return `Also ${operative[1].toLowerCase()}${words.slice(operative[1].length)}`;
	const preambular = preambularHeads.exec(words);
	if (preambular?.[1] !== undefined && !/^ (also|further) /.test(words.slice(preambular[1].length)))
		return `${preambular[1]} also${words.slice(preambular[1].length)}`;
	return null;
}

// A phrase of one bank in the words (whole words only), replaced by another of the same bank.
function withOtherPhrase(random: Random, words: string, bank: readonly string[]): string | null {
	const found = bank.filter((phrase) => wholeWords(phrase).test(words));
	if (found.length === 0) return null;
	const phrase = random.pick(found);
	const other = random.pick(bank);
	return other === phrase ? null : words.replace(wholeWords(phrase), other);
}

function wholeWords(phrase: string): RegExp {
	return new RegExp(`(?<![\\w-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
}

// The last clause after a comma cut, where it is short and closes the paragraph.
function withoutLastClause(words: string): string | null {
	const comma = words.lastIndexOf(', ');
	if (comma < words.length / 2 || words.includes('“', comma)) return null;
	const cut = words.slice(0, comma);
	return words.length - comma > 120 ? null : cut;
}

/**
 * A repeated paragraph's words amended once, in one of the ways a series amends its text: an adverb
 * added to the lead phrase, an actor, a crime, a place or a quality changed, a clause cut or added
 * (which always applies, so the words always change).
 */
export function amendedWords(random: Random, words: string): string {
	const ways: [number, () => string | null][] = [
		[2, () => withAdverb(words)],
		[2, () => withoutLastClause(words)],
		[3, () => withOtherPhrase(random, words, random.pick([stateActors, bodyActors, otherActors]))],
		[2, () => withOtherPhrase(random, words, random.pick([crimes, trafficked, crimeKinds]))],
		[2, () => withOtherPhrase(random, words, random.pick([scopes, regions, sectors, groups]))],
		[2, () => withOtherPhrase(random, words, random.pick([measureQualities, beneficiaries]))],
		[3, () => `${words}${clauseEnd(random, 3) || `, ${random.pick(qualifiers)}`}`],
	];
	for (;;) {
		const way = random.weighted(ways.map((entry, index) => [entry[0], index] as const));
		const amended = ways[way]?.[1]();
		if (amended !== null && amended !== undefined && amended !== words) return amended;
		ways.splice(way, 1);
	}
}

/** How a series repeats a paragraph: kept as it was, amended, or dropped. */
type Repetition = 'kept' | 'amended' | 'dropped';

/** Whether the next resolution of a series keeps a paragraph, amends it or drops it. */
function repetitionOf(random: Random): Repetition {
	return random.weighted<Repetition>([
		[50, 'kept'],
		[30, 'amended'],
		[20, 'dropped'],
	]);
}

/**
 * A paragraph of the previous resolution as the next repeats it: the sessions it names moved on,
 * amended now and then, or dropped (null).
 */
export function repeatedParagraph(
	random: Random,
	previous: PlannedParagraph,
	sessionsLater: number,
): PlannedParagraph | null {
	const repetition = repetitionOf(random);
	if (repetition === 'dropped') return null;
	const moved = sessionsMovedOn(previous.words, sessionsLater);
	const words = repetition === 'amended' ? amendedWords(random, moved) : moved;
	const movedItems = (list: readonly PlannedItem[]): PlannedItem[] =>
		list.map((item) => ({
			...item,
			words: sessionsMovedOn(item.words, sessionsLater),
			items: movedItems(item.items),
		}));
	return paragraphOf(words, movedItems(previous.items));
}

/** New paragraphs put among repeated ones, at places drawn, the last `fixed` left at the end. */
export function withInserted(
	random: Random,
	kept: readonly PlannedParagraph[],
	added: readonly PlannedParagraph[],
	fixed: number,
): PlannedParagraph[] {
	const result = [...kept];
	for (const planned of added)
		result.splice(random.int(0, Math.max(0, result.length - fixed)), 0, planned);
	return result;
}
