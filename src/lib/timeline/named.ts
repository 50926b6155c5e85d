/**
 * Sessions named without a date. "The Commission … at its eighteenth session to reviewing the
 * progress made in the preparations for the Twelfth Congress" gives no date, so it makes no event;
 * but it says which congress that session served. Such a statement joins the dated event of the
 * same session, stated elsewhere ("at its eighteenth session, held in Vienna from 16 to 24 April
 * 2009"), as one more source, and ties it to the congress its clause or passage names.
 */
import { plainText } from '../inline.ts';
import type { UnDocument } from '../model.ts';
import { passagesOf } from '../passages.ts';
import type { CongressLink, EventSource, TimelineEvent } from './types.ts';
import { congressesNamed, linksOf, nearestCongresses, strongestLinks } from './congress.ts';
import { identityOfLabel } from './merge.ts';
import { bodiesNamed, passageSource } from './mentions.ts';
import { clauseAround } from './phrases.ts';

/** A passage that names a body's session, with the session's identity and the congresses around it. */
export interface SessionMention {
	/** As `identityOfLabel` gives it: `session:18:commission on crime prevention and criminal justice`. */
	identity: string;
	congresses: CongressLink[];
	source: EventSource;
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

/** The full name of a body a text names in short ("the Commission"), from the names its document gives. */
function fullName(name: string, bodies: readonly string[]): string {
	const trimmed = name.replace(/ and$/, '');
	if (/\s/.test(trimmed)) return trimmed;
	return bodies.find((known) => known.startsWith(`${trimmed} `)) ?? trimmed;
}

/** The sessions a passage names, each as [identity, where its words are]. */
function sessionsIn(
	text: string,
	bodies: readonly string[],
): { identity: string; at: number; end: number }[] {
	const found: { identity: string; at: number; end: number }[] = [];
	const add = (number: string, owner: string, at: number, end: number): void => {
		const identity = identityOfLabel(`${number} session of the ${fullName(owner, bodies)}`);
		if (identity !== null) found.push({ identity, at, end });
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

/**
 * Every passage of a document that names a body's session alongside a congress: its clause names
 * the congress (`clause`), or else its passage does (`passage`). A session named with no congress
 * around it is left out: it adds nothing a dated statement does not.
 * @example sessionMentionsOf(a64180)[0]?.congresses // [{ congress: 12, basis: 'clause' }]
 */
export function sessionMentionsOf(document: UnDocument): SessionMention[] {
	const passages = passagesOf(document).map((passage) => ({
		passage,
		text: plainText(passage.content),
	}));
	const bodies = bodiesNamed(passages.map((entry) => entry.text).join(' '));
	return passages.flatMap(({ passage, text }) =>
		sessionsIn(text, bodies).flatMap(({ identity, at, end }): SessionMention[] => {
			const clause = clauseAround(text, at, end);
			const congresses = nearestCongresses([
				linksOf('clause', congressesNamed(text.slice(clause.start, clause.end))),
				linksOf('passage', congressesNamed(text)),
			]);
			if (congresses.length === 0) return [];
			return [
				{ identity, congresses, source: passageSource(document.meta.symbol, passage.address) },
			];
		}),
	);
}

/**
 * Events with the undated mentions of their session joined in: each mention's passage as one more
 * source (sources kept in corpus order, by `order`), and its congresses added to the event's.
 */
export function withSessionMentions(
	events: readonly TimelineEvent[],
	mentions: readonly SessionMention[],
	order: ReadonlyMap<string, number>,
): TimelineEvent[] {
	return events.map((event) => {
		const identity = identityOfLabel(event.what);
		const joining = mentions.filter((mention) => mention.identity === identity);
		if (identity === null || joining.length === 0) return event;
		const known = new Set(event.sources.map((source) => source.permalink));
		const added = joining
			.map((mention) => mention.source)
			.filter((source, index, all) => {
				const first = all.findIndex((other) => other.permalink === source.permalink) === index;
				return first && !known.has(source.permalink);
			});
		const rank = (source: EventSource): number => order.get(source.permalink) ?? Infinity;
		return {
			...event,
			congresses: strongestLinks([
				...event.congresses,
				...joining.flatMap((mention) => mention.congresses),
			]),
			sources: [...event.sources, ...added].sort((a, b) => rank(a) - rank(b)),
		};
	});
}
