/**
 * The formulas resolutions repeat from one to the next: an earlier resolution recalled, a report
 * asked for at a later session, the subject put on the agenda of the next. Each is close to every
 * other instance of itself, as in real resolutions, so the corpus holds them in measure.
 */
import { ordinalWords } from '../../../src/lib/words/ordinals.ts';
import {
	action,
	actor,
	clauseEnd,
	doing,
	meeting,
	purpose,
	topic,
	type Drafting,
} from './clauses.ts';
import type { Random } from './random.ts';

/** The item of the agenda the Assembly considers these resolutions under. */
const agendaItem = 'Crime prevention and criminal justice';

/** How a recalled resolution is described after its number and date, if at all. */
function recalledFor(random: Random, reference: string): string {
	const it = adopter(reference);
	return random.weighted<() => string>([
		[
			4,
			() =>
				`, in which ${it} ${random.pick(['requested', 'urged', 'invited', 'encouraged', 'called upon'])} ${actor(random, 'any')} ${action(random)}`,
		],
		[1, () => `, in which ${it} decided to convene ${meeting(random)}`],
		[4, () => ` on ${topic(random)}${clauseEnd(random, 0.5)}`],
		[0.15, () => ', and all its other relevant resolutions'],
		[0.2, () => `, in particular paragraph ${random.int(2, 24)} thereof`],
		[0.3, () => ''],
	])();
}

/** Who adopted a recalled resolution, as the recalling one names it: `it` for its own organ's. */
export function adopter(reference: string): string {
	if (reference.startsWith('its ')) return 'it';
	return reference.startsWith('Economic') ? 'the Council' : 'the Assembly';
}

/** The words of a preambular paragraph recalling an earlier resolution of the corpus, named as recalled. */
export function recallingWords(random: Random, reference: string): string {
	const lead = random.pick(['Recalling', 'Recalling also', 'Recalling further', 'Reaffirming']);
	return `${lead} ${reference}${recalledFor(random, reference)}`;
}

/**
 * The paragraph asking for a report on the resolution, in one of the forms the Assembly and the
 * Council use, at a session after the resolution's own.
 */
export function reportRequestWords(random: Random, drafting: Drafting): string {
	if (drafting.session === null) {
		const session = ordinalWords(Math.min(99, drafting.year - 1991 + 1));
		return random.chance(0.3)
			? `Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at its ${session} session on the implementation of the present resolution`
			: `Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at its ${session} session on ${doing(random)}`;
	}
	const session = ordinalWords(
		Math.min(
			99,
			drafting.session +
				random.weighted([
					[3, 1],
					[1, 2],
				]),
		),
	);
	return random.weighted<() => string>([
		[
			2,
			() =>
				`Requests the Secretary-General to submit to the General Assembly at its ${session} session a report on the implementation of the present resolution`,
		],
		[
			1,
			() =>
				`Also requests the Secretary-General to report to the General Assembly at its ${session} session on the implementation of the present resolution`,
		],
		[
			4,
			() =>
				`Requests the Secretary-General to submit to the General Assembly at its ${session} session, through the Commission on Crime Prevention and Criminal Justice, a report on ${doing(random)}${clauseEnd(random, 0.5)}`,
		],
		[
			2,
			() =>
				`Requests the Secretary-General to include in his report to the General Assembly at its ${session} session information on ${topic(random)}${random.chance(0.5) ? `, ${purpose(random)}` : ''}`,
		],
	])();
}

/** The paragraph putting the subject on the agenda of the Assembly's next session; null for the Council. */
export function agendaWords(random: Random, drafting: Drafting, title: string): string | null {
	if (drafting.session === null || drafting.session >= 99) return null;
	const session = ordinalWords(drafting.session + 1);
	return random.chance(0.7)
		? `Decides to include in the provisional agenda of its ${session} session, under the item entitled “${agendaItem}”, the sub-item entitled “${title}”`
		: `Decides to include in the provisional agenda of its ${session} session the item entitled “${agendaItem}”`;
}
