/**
 * Years reckoned for sessions no text dates. A body that the texts say meets "at its annual
 * sessions" holds its session n in the year of its session m, plus n − m. So where the texts date
 * some of its sessions, and those dates agree with one session a year, a session named without a
 * date is dated by that reckoning: at a year's precision, never finer, citing the passage that says
 * the body meets annually and the passages that date the session it is reckoned from.
 */
import { plainText } from '../inline.ts';
import type { UnDocument } from '../model.ts';
import { passagesOf } from '../passages.ts';
import type { EventSource } from './types.ts';
import { type GatheredEvent, statesDate } from './merge.ts';
import { bodiesNamed, passageSource } from './mentions.ts';

/** A body the texts say meets annually, and the passage that says so. */
export interface AnnualBody {
	/** Its full name, lower case, as session identities carry it: `commission on crime prevention and criminal justice`. */
	body: string;
	source: EventSource;
}

// "the agenda of the Commission on Crime Prevention and Criminal Justice at its annual sessions"
const annual =
	/\b((?:Commission|Committee)(?: on [A-Z][a-z]+(?: (?:and|[A-Z][a-z]+))*)?)[^;.]*?\bat its annual sessions\b/g;

/**
 * The bodies a document says meet annually, each with the passage that says it.
 * @example annualBodiesOf(a65230)[0]?.body // 'commission on crime prevention and criminal justice'
 */
export function annualBodiesOf(document: UnDocument): AnnualBody[] {
	const passages = passagesOf(document).map((passage) => ({
		passage,
		text: plainText(passage.content),
	}));
	const bodies = bodiesNamed(passages.map((entry) => entry.text).join(' '));
	return passages.flatMap(({ passage, text }) =>
		[...text.matchAll(annual)].map((match) => {
			const name = (match[1] ?? '').replace(/ and$/, '');
			const full = /\s/.test(name)
				? name
				: (bodies.find((known) => known.startsWith(`${name} `)) ?? name);
			return {
				body: full.toLowerCase(),
				source: passageSource(document.meta.symbol, passage.address),
			};
		}),
	);
}

const sessionIdentity = /^session:(\d+):(.+)$/;

/** A session identity's number and body, or null for another identity. */
function sessionOf(identity: string | null): { number: number; body: string } | null {
	const match = sessionIdentity.exec(identity ?? '');
	return match === null ? null : { number: Number(match[1]), body: match[2] ?? '' };
}

/**
 * A session named without a date, dated by reckoning when its body meets annually and the texts
 * date some of its sessions consistently with that (each dated session's year minus its number is
 * the same); reckoned from the dated session nearest in number. Any other event, or a session that
 * cannot be reckoned, is returned as it is.
 * @example reckonedSession(twentieth, events, annualBodies)?.date // { start: '2011', end: null, precision: 'year' }
 */
export function reckonedSession(
	event: GatheredEvent,
	dated: readonly GatheredEvent[],
	annualBodies: readonly AnnualBody[],
): GatheredEvent {
	const session = sessionOf(event.identity);
	if (event.date !== null || session === null) return event;
	const says = annualBodies.filter((annualBody) => annualBody.body === session.body);
	const anchors = dated.flatMap((other) => {
		const known = sessionOf(other.identity);
		return known === null ||
			known.body !== session.body ||
			other.date === null ||
			other.reckonedFrom.length > 0
			? []
			: [{ event: other, number: known.number, year: Number(other.date.start.slice(0, 4)) }];
	});
	const offsets = new Set(anchors.map((anchor) => anchor.year - anchor.number));
	const [offset] = offsets;
	if (says.length === 0 || offsets.size !== 1 || offset === undefined) return event;
	const [nearest] = [...anchors].sort(
		(a, b) =>
			Math.abs(a.number - session.number) - Math.abs(b.number - session.number) ||
			a.number - b.number,
	);
	if (nearest === undefined) return event;
	const anchorSources = nearest.event.sayings
		.filter((saying) => statesDate(nearest.event, saying))
		.map((saying) => saying.source);
	return {
		...event,
		date: { start: String(session.number + offset), end: null, precision: 'year' },
		reckonedFrom: [...says.map((annualBody) => annualBody.source), ...anchorSources],
	};
}
