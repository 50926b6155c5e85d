/**
 * The narrative of a generated report of the Secretary-General: what the Office and its partners
 * did in the year, in a few sentences a paragraph, the resolution that asked for it named first.
 */
import {
	action,
	actor,
	capitalise,
	clauseEnd,
	count,
	dayOf,
	object,
	purpose,
	topic,
} from './clauses.ts';
import type { Random } from './random.ts';
import { instruments, pastVerbs, verbs } from './vocabulary.ts';

/** One sentence of a report's narrative of the year's work. */
function reportSentence(random: Random, year: number): string {
	const who = capitalise(actor(random, random.chance(0.6) ? 'bodies' : 'any'));
	return random.weighted<() => string>([
		[4, () => `${who} ${random.pick(pastVerbs)} ${object(random)}${clauseEnd(random, 0.5)}.`],
		[
			2,
			() =>
				`In ${year - random.int(0, 1)}, ${actor(random, 'bodies')} ${random.pick(pastVerbs)} ${object(random)} in ${count(random)} countries.`,
		],
		[
			1,
			() =>
				`As at ${dayOf(random, year)}, ${random.int(40, 190)} States had ratified or acceded to ${random.pick(instruments.slice(0, 2))}.`,
		],
		[
			2,
			() =>
				`${capitalise(random.pick(['two', 'three', 'four', 'five', 'six', 'several', 'twelve']))} ${random.pick(['regional workshops', 'training courses', 'expert meetings', 'national consultations', 'study visits'])} on ${topic(random)} were held in ${year}, attended by ${random.int(20, 400)} practitioners from ${random.int(5, 60)} countries.`,
		],
		[2, () => `The Office also ${random.pick(pastVerbs)} ${object(random)}, ${purpose(random)}.`],
		[
			1,
			() =>
				`The Assembly may wish to ${random.pick(verbs)[0].replace(/^to /, '')} ${object(random)}.`,
		],
	])();
}

/** A report paragraph: a few sentences of narrative, opening with a resolution it cites where given. */
export function reportWords(random: Random, year: number, cited: string | null): string {
	const sentences = Array.from({ length: random.int(2, 4) }, () => reportSentence(random, year));
	if (cited !== null)
		sentences.unshift(
			`In its resolution ${cited}, the General Assembly ${random.pick(['requested the Secretary-General', 'encouraged Member States', 'invited the Office'])} ${action(random)}.`,
		);
	return sentences.join(' ');
}
