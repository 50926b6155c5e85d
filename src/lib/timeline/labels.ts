/**
 * What a date in a sentence is the date of: the noun phrase it attaches to, within its clause.
 *
 * The date attaches to the nearest phrase the sentence's own grammar ties it to, tried in order:
 * a parenthesis that gives place and date after a name ("Intergovernmental Group of Experts …
 * (Bangkok, 15-18 August 2006)"); a period ("strategy for the period 2008-2011"); the object of
 * "to hold in 2010 high-level meetings"; a body's session or meeting ("by the Commission … at its
 * eighteenth session, held in Vienna from 16 to 24 April 2009"); the subject of a participle
 * ("Ministerial Conference …, held in Managua on 23 and 24 June 2009", "the Twelfth United Nations
 * Congress … is to be held in 2010"); else the phrase right before the date ("the Thirteenth
 * United Nations Congress …, in 2015", "the Global Report on Trafficking in Persons of February
 * 2009"). A date that attaches to no event or document noun makes no event ("beginning in 2005").
 */
import type { EventKind } from './types.ts';
import type { DateMention } from './dates.ts';
import {
	antecedentOf,
	clauseAround,
	type HeadClass,
	headClassOf,
	nounPhraseAfter,
	nounPhraseBefore,
	segmentStart,
	type Span,
	withoutDeterminer,
} from './phrases.ts';
import { placeBefore } from './places.ts';

/** What a date is the date of, where, the clause it stands in, and the tense that ties them. */
export interface Attachment {
	what: string;
	kind: EventKind;
	place: string | null;
	clause: Span;
	/** "held in" is past, "to be held in", "to hold in" future; null where no verb ties them. */
	tense: 'past' | 'future' | null;
}

/** What the rest of the document tells about a passage's words. */
export interface AttachContext {
	/** Bodies the document names in full, to expand "the Commission": `Commission on Crime Prevention and Criminal Justice`. */
	bodies: readonly string[];
	/** What the previous dated phrase of the same passage was, for "its review". */
	previous: string | null;
}

const parenthesis = /\(\s*(?:[^(),;]+,\s*)?$/;
const period =
	/\b(?:(?:for|of|in|during)\s+)?the\s+(?:period|biennium)\s+$|\b(?:period|biennium)\s+$/;
const preposition =
	/(?:,\s*)?(?:\b(from|on|of|in|during|between)\s+)?(?:the (?:first|second|third|fourth|last) (?:half|quarter) of |early |late |mid-)?$/;
const holdObject = /\bto (?:hold|convene|organize|organise|launch)\s*$/;
const adverbs =
	/\s+(?:as early as possible|as soon as possible|in a timely manner|well in advance)\s*$/;
const participle =
	/(?:,\s*)?\b(?:((?:is|are|was|were) to be|was|were|is|are|will be|would be|to be|be)\s+)?(held|convened|organized|organised|opened|concluded|adopted|signed|approved|endorsed|finalized|launched|issued|published)(?:\s+(?:by|at)\s+(?:(?!\bat its\b)[^,;])*?)?\s*$/;
const atIts = /\bat its (?:([a-z]+(?:-[a-z]+)?) )?(session|meeting)\s*$/;

const meetingVerbs = new Set(['held', 'convened', 'organized', 'organised', 'opened', 'concluded']);
const adoptionVerbs = new Set(['adopted', 'signed', 'approved', 'endorsed']);

function kindOf(head: HeadClass | null, verb: string | null): EventKind {
	if (head === 'meeting') return 'meeting';
	if (head === 'document' && verb !== null && adoptionVerbs.has(verb)) return 'adoption';
	return 'other';
}

/** The body a phrase before "at its" names, its short name expanded from the document. */
function ownerBefore(
	text: string,
	from: number,
	end: number,
	bodies: readonly string[],
): string | null {
	const words = text.slice(segmentStart(text, from, end), end);
	const afterBy = /\bby\s+((?:(?!\bby\b).)*)$/s.exec(words)?.[1] ?? words;
	const owner = withoutDeterminer(afterBy.trim());
	if (owner === '' || owner.split(/\s+/).length > 24 || !/^[\p{L}]/u.test(owner)) return null;
	if (/\s/.test(owner)) return owner;
	return bodies.find((body) => body.startsWith(`${owner} `)) ?? owner;
}

/** "at its eighteenth session" as the session of its body, or null. */
function sessionAt(
	text: string,
	from: number,
	end: number,
	bodies: readonly string[],
): string | null {
	const region = text.slice(from, end);
	const match = atIts.exec(region);
	if (match === null) return null;
	const owner = ownerBefore(text, from, from + match.index, bodies);
	if (owner === null) return null;
	const [, ordinal, noun = ''] = match;
	return `${ordinal === undefined ? '' : `${ordinal} `}${noun} of the ${owner}`;
}

/** The phrase before `end`, its demonstrative or possessive resolved from the passage. */
function phraseBefore(
	text: string,
	from: number,
	end: number,
	classes: readonly HeadClass[],
	context: AttachContext,
): { what: string; head: HeadClass } | null {
	const phrase = nounPhraseBefore(text, from, end, classes);
	if (phrase === null) return null;
	if (
		phrase.determiner === 'those' ||
		phrase.determiner === 'these' ||
		phrase.determiner === 'such'
	) {
		const antecedent = antecedentOf(text, phrase.start, phrase.headWord);
		return antecedent === null ? null : { what: antecedent, head: phrase.head };
	}
	const possessed = phrase.determiner === 'its' || phrase.determiner === 'their';
	if (possessed && context.previous !== null && phrase.text === phrase.headWord) {
		return {
			what: `${phrase.text} of the ${withoutDeterminer(context.previous)}`,
			head: phrase.head,
		};
	}
	return { what: phrase.text, head: phrase.head };
}

/**
 * What a date found in `text` is the date of, or null when it attaches to no event or document.
 * @example attachDate('the Twelfth Congress, held in Salvador, Brazil, from 12 to 19 April 2010', date, context)
 * // { what: 'Twelfth Congress', kind: 'meeting', place: 'Salvador, Brazil', clause: … }
 */
export function attachDate(
	text: string,
	date: DateMention,
	context: AttachContext,
): Attachment | null {
	const clause = clauseAround(text, date.start, date.end);
	const lead = text.slice(clause.start, date.start);
	const attachment = (
		what: string | null,
		kind: EventKind,
		place: string | null,
		tense: Attachment['tense'] = null,
	): Attachment | null =>
		what === null || what === '' ? null : { what, kind, place, clause, tense };

	const inParenthesis = parenthesis.exec(lead);
	if (inParenthesis !== null) {
		const what = withoutDeterminer(
			lead
				.slice(0, inParenthesis.index)
				.trim()
				.replace(/^see\s+/i, ''),
		);
		return attachment(what, kindOf(headClassOf(what), null), placeBefore(lead)?.place ?? null);
	}
	const ofPeriod = period.exec(lead);
	if (ofPeriod !== null) {
		const end = clause.start + ofPeriod.index;
		const phrase = nounPhraseBefore(text, clause.start, end, ['document', 'meeting'], 'nearest');
		return attachment(phrase === null ? null : text.slice(phrase.start, date.end), 'period', null);
	}
	const connector = preposition.exec(lead);
	let cut = connector?.index ?? lead.length;
	const prep = connector?.[1] ?? null;
	if (prep === 'in' && holdObject.test(lead.slice(0, cut))) {
		const what = nounPhraseAfter(text, date.end, clause.end);
		return attachment(what, kindOf(what === null ? null : headClassOf(what), null), null, 'future');
	}
	const place = prep === 'of' ? null : placeBefore(lead);
	if (place !== null) cut = Math.min(cut, place.start);
	const rest = lead.slice(0, cut).replace(adverbs, '');
	const restEnd = clause.start + rest.length;

	const session = sessionAt(text, clause.start, restEnd, context.bodies);
	if (session !== null) return attachment(session, 'meeting', place?.place ?? null);
	const verb = participle.exec(rest);
	if (verb !== null) {
		const verbWord = verb[2] ?? '';
		const tense = /\bbe$/.test(verb[1] ?? '') ? 'future' : 'past';
		const subjectEnd = clause.start + verb.index;
		const classes: HeadClass[] = meetingVerbs.has(verbWord)
			? ['meeting', 'document']
			: ['document', 'meeting'];
		const owned = sessionAt(text, clause.start, subjectEnd, context.bodies);
		if (owned !== null) return attachment(owned, 'meeting', place?.place ?? null, tense);
		const subject = phraseBefore(text, clause.start, subjectEnd, classes, context);
		return subject === null
			? null
			: attachment(subject.what, kindOf(subject.head, verbWord), place?.place ?? null, tense);
	}
	const classes: HeadClass[] = prep === 'of' ? ['document', 'meeting'] : ['meeting', 'document'];
	const phrase = phraseBefore(text, clause.start, restEnd, classes, context);
	return phrase === null
		? null
		: attachment(phrase.what, kindOf(phrase.head, null), place?.place ?? null);
}
