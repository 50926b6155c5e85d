/**
 * Events named without a date. "The Commission … at its eighteenth session", "its resolution
 * 62/173, in which it had endorsed …", "the regional preparatory meetings for the Twelfth Congress"
 * give no date, so they state none; but they name an event, tie it to the congress around them and
 * say whether it took place. Such a statement joins the dated event of the same identity stated
 * elsewhere ("at its eighteenth session, held in Vienna from 16 to 24 April 2009") as a mention;
 * where none is dated, a session, a resolution the text says what it did, or meetings held for a
 * congress are events of their own, dated by reckoning (`reckon.ts`) or listed without a date.
 */
import type { UnDocument } from '../model.ts';
import { datedActs } from './acts.ts';
import type { CongressLink, EventKind } from './types.ts';
import { congressesNamed, linksOf, nearestCongresses } from './congress.ts';
import { identityOfLabel, meetingsIdentity, type Saying } from './merge.ts';
import { bodiesNamed, type PassageContext, passageContexts } from './mentions.ts';
import { clauseAround, nounPhraseBefore, type Span } from './phrases.ts';
import { moodOf } from './status.ts';

/** A passage that names an event without a date: its identity, label, congresses and what it says. */
export interface NamedStatement {
	/** As `identityOfLabel` gives it, or a resolution's symbol: `session:18:commission on …`, `A/RES/62/173`. */
	identity: string;
	kind: EventKind;
	what: string;
	congresses: CongressLink[];
	/** Whether, when no dated event has its identity, it is an event of its own. */
	standsAlone: boolean;
	/** Its passage, with a null date and place. */
	saying: Saying;
}

const body = String.raw`(?:Commission|Committee)(?: on [A-Z][a-z]+(?: (?:and|[A-Z][a-z]+))*)?`;
const ordinal = String.raw`([a-z]+(?:-[a-z]+)?)`;
// "the eighteenth session of the Commission on Crime Prevention and Criminal Justice"
const sessionOf = new RegExp(String.raw`\b${ordinal} session of the (${body})`, 'g');
// "the Commission on Crime Prevention and Criminal Justice … at its eighteenth session"
const atIts = new RegExp(String.raw`\bat its ${ordinal} session\b`, 'g');
const bodyName = new RegExp(String.raw`\b${body}`, 'g');
// Another body between the Commission and "at its" is the one "its" stands for.
const otherBody = /\b(?:Assembly|Council|Congress|Conference|Secretary-General)\b/;
// "for the Twelfth Congress", "for the Thirteenth United Nations Congress on …"
const forCongress =
	/\bfor the ([A-Z][a-z]+(?:-[a-z]+)?) (?:United Nations )?Congress\b(?: on Crime Prevention and Criminal Justice)?/g;
// "In its resolution 66/179, …, the General Assembly took note", "its resolution 62/173, in which it had endorsed": the text says what the resolution did.
const narratedBefore = /\b[Ii]n (?:its|their) $/;
const narratedAfter = /^(?:,\s*entitled\s*[“"][^”"]*[”"])?,?\s+(?:in|by) which\b/;

/** The full name of a body a text names in short ("the Commission"), from the names its document gives. */
function fullName(name: string, bodies: readonly string[]): string {
	const trimmed = name.replace(/ and$/, '');
	if (/\s/.test(trimmed)) return trimmed;
	return bodies.find((known) => known.startsWith(`${trimmed} `)) ?? trimmed;
}

interface Found extends Span {
	identity: string;
	what: string;
}

/** The sessions a passage names, each with its identity, its label and where its words are. */
function sessionsIn(text: string, bodies: readonly string[]): Found[] {
	const found: Found[] = [];
	const add = (number: string, owner: string, start: number, end: number): void => {
		const what = `${number} session of the ${fullName(owner, bodies)}`;
		const identity = identityOfLabel(what);
		if (identity !== null) found.push({ identity, what, start, end });
	};
	for (const match of text.matchAll(sessionOf)) {
		add(match[1] ?? '', match[2] ?? '', match.index, match.index + match[0].length);
	}
	for (const match of text.matchAll(atIts)) {
		const clause = clauseAround(text, match.index, match.index + match[0].length);
		const owners = [...text.slice(clause.start, match.index).matchAll(bodyName)];
		const owner = owners.at(-1);
		if (owner === undefined) continue;
		const between = text.slice(clause.start + owner.index + owner[0].length, match.index);
		if (otherBody.test(between)) continue;
		add(match[1] ?? '', owner[0], clause.start + owner.index, match.index + match[0].length);
	}
	return found;
}

/** The meetings a passage names by the congress they are held for: "regional preparatory meetings for the Twelfth Congress". */
function meetingsIn(text: string): Found[] {
	return [...text.matchAll(forCongress)].flatMap((match): Found[] => {
		const [congress] = congressesNamed(match[0]);
		const clause = clauseAround(text, match.index, match.index);
		// The meetings' words must run right up to "for": "meetings, including …, for" names other meetings.
		if (congress === undefined || !/\p{L} $/u.test(text.slice(0, match.index))) return [];
		const phrase = nounPhraseBefore(text, clause.start, match.index, ['meeting'], 'nearest');
		if (phrase === null || !/^meetings?$/i.test(phrase.headWord)) return [];
		if (!phrase.text.endsWith(phrase.headWord)) return [];
		return [
			{
				identity: meetingsIdentity(phrase.text, congress),
				what: `${phrase.text} ${match[0]}`,
				start: phrase.start,
				end: match.index + match[0].length,
			},
		];
	});
}

/** The resolutions and decisions a passage names without a date, each with whether the text says what it did. */
function actsIn(context: PassageContext): (Found & { narrated: boolean })[] {
	const { text, speaker, references } = context;
	const dated = datedActs(text, speaker, references);
	return references.flatMap((found) => {
		const { reference } = found;
		// "resolution 60/177, annex" cites a text annexed to it, not the act of adopting it.
		if (reference.kind !== 'document' || reference.place.kind !== 'whole') return [];
		const symbol = /^([AE])\/(RES|DEC)\/(.+)$/.exec(reference.symbol);
		if (symbol === null) return [];
		if (dated.some((act) => found.start < act.end && found.end > act.start)) return [];
		const organ = symbol[1] === 'A' ? 'General Assembly' : 'Economic and Social Council';
		const kind = symbol[2] === 'RES' ? 'resolution' : 'decision';
		const number = /\d[\w/ ()]*$/.exec(found.text)?.[0] ?? symbol[3] ?? '';
		return [
			{
				identity: reference.symbol,
				what: `${organ} ${kind} ${number}`,
				start: found.start,
				end: found.end,
				narrated:
					narratedBefore.test(text.slice(0, found.start)) ||
					narratedAfter.test(text.slice(found.end)),
			},
		];
	});
}

/**
 * Every passage of a document that names a body's session, a resolution or decision, or meetings
 * held for a congress, without a date. Each is tied to the congresses its clause names, else its
 * passage, else (for a footnote) the passages that call it; its mood is what its words say of
 * whether the event took place (a numbered resolution has been adopted).
 * @example namedStatementsOf(a64180).find((named) => named.identity.startsWith('session:18'))?.congresses // [{ congress: 12, basis: 'clause' }]
 */
export function namedStatementsOf(
	document: UnDocument,
	contexts: readonly PassageContext[] = passageContexts(document),
): NamedStatement[] {
	const bodies = bodiesNamed(contexts.map((context) => context.text).join(' '));
	return contexts.flatMap((context) => {
		const { text, inDraft, statedOn, source } = context;
		const statement = (
			found: Found,
			kind: EventKind,
			standsAlone: boolean,
			mood = moodOf({
				text,
				clause: clauseAround(text, found.start, found.end),
				at: found,
				inDraft,
				tense: null,
			}),
		): NamedStatement => {
			const clause = clauseAround(text, found.start, found.end);
			const callers = context.source.address?.kind === 'footnote' ? context.wider : [];
			return {
				identity: found.identity,
				kind,
				what: found.what,
				congresses: nearestCongresses([
					linksOf(
						'named',
						found.identity.startsWith('meetings:') ? congressesNamed(found.what) : [],
					),
					linksOf('clause', congressesNamed(text.slice(clause.start, clause.end))),
					linksOf('passage', congressesNamed(text)),
					...callers,
				]),
				standsAlone,
				saying: { source, date: null, place: null, mood, statedOn },
			};
		};
		return [
			...sessionsIn(text, bodies).map((found) => statement(found, 'meeting', true)),
			...meetingsIn(text).map((found) => statement(found, 'meeting', true)),
			// A resolution or decision with a number has been adopted, whatever the sentence asks of it.
			...actsIn(context).map((found) => statement(found, 'adoption', found.narrated, 'happened')),
		];
	});
}
