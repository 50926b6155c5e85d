/**
 * The clauses generated paragraphs are built of: a topic, an actor, an action on an object, a
 * qualifier, a purpose, a reference to an earlier resolution, a meeting. Each fills its slots from
 * the banks of `vocabulary.ts`, so that clauses multiply into far more sentences than the banks hold.
 */
import { monthNames } from '../../../src/lib/words/dates.ts';
import { ordinalWords } from '../../../src/lib/words/ordinals.ts';
import type { Random } from './random.ts';
import {
	beneficiaries,
	cities,
	crimeAspects,
	fieldKinds,
	crimeKinds,
	crimeQualities,
	groups,
	institutionQualities,
	institutions,
	measureKinds,
	measureQualities,
	regions,
	sectors,
	settings,
	smuggled,
	trafficked,
} from './lexicon.ts';
import {
	bodyActors,
	counterLinks,
	crimeApproaches,
	crimes,
	fieldApproaches,
	fields,
	goals,
	means,
	meetings,
	objectLinks,
	objects,
	otherActors,
	purposeVerbs,
	qualifiers,
	scopes,
	smallNumbers,
	stateActors,
	values,
	verbs,
} from './vocabulary.ts';

/** The organs whose resolutions a generated corpus holds. */
export type Organ = 'General Assembly' | 'Economic and Social Council';

/** What the words of one resolution may refer to: who adopts it, at which session, in which year. */
export interface Drafting {
	organ: Organ;
	/** The General Assembly's session; null for the Council. */
	session: number | null;
	year: number;
}

/** A resolution another one recalls: its organ, its number and its date as printed. */
export interface RecalledResolution {
	organ: Organ;
	/** `72/310`, `2018/301`. */
	number: string;
	/** `14 December 2017`. */
	date: string;
}

/** The start of a text in capitals: `Member States` opens a sentence as it is. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A crime: one of the bank, something trafficked or smuggled, or a kind of crime and its quality. */
export function crime(random: Random): string {
	return random.weighted<() => string>([
		[2, () => random.pick(crimes)],
		[2, () => `trafficking in ${random.pick(trafficked)}`],
		[0.5, () => `the illicit trade in ${random.pick(trafficked)}`],
		[1, () => `the smuggling of ${random.pick(smuggled)}`],
		[
			2,
			() =>
				`${random.pick(crimeQualities)} ${random.pick(crimeKinds)}${random.chance(0.3) ? ` against ${random.pick(groups)}` : ''}`,
		],
	])();
}

/** Where or whom a topic concerns: `in the Sahel region`, `in the fisheries sector`, `involving seafarers`. */
export function scope(random: Random): string {
	return random.weighted<() => string>([
		[2, () => random.pick(scopes)],
		[3, () => `in ${random.pick(regions)}`],
		[2, () => `in ${random.pick(settings)}`],
		[2, () => `in the ${random.pick(sectors)} sector`],
		[2, () => `${random.pick(['involving', 'affecting'])} ${random.pick(groups)}`],
	])();
}

/** How a topic takes up a crime, before it, if at all: `the root causes of `, `victim-centred responses to `. */
function crimeApproach(random: Random): string {
	return random.weighted<() => string>([
		[2, () => `${random.pick(crimeApproaches)} `],
		[2, () => `the ${random.pick(crimeAspects)} of `],
		[1, () => `${random.pick(measureQualities)} responses to `],
		[3, () => ''],
	])();
}

/** A field of criminal justice: one of the bank, or a kind of work and its quality: `gender-sensitive prison management`. */
export function field(random: Random): string {
	return random.chance(0.5)
		? random.pick(fields)
		: `${random.pick(measureQualities)} ${random.pick(fieldKinds)}`;
}

/** A crime as an approach takes it up, now and then placed: `the root causes of cybercrime in ports`. */
export function crimeTopic(random: Random): string {
	return placed(random, `${crimeApproach(random)}${crime(random)}`);
}

/** A field of criminal justice as a topic, now and then placed: `the reform of legal aid in rural communities`. */
export function fieldTopic(random: Random): string {
	return placed(
		random,
		`${random.chance(0.2) ? `${random.pick(fieldApproaches)} ` : ''}${field(random)}`,
	);
}

function placed(random: Random, core: string): string {
	return random.chance(0.4) ? `${core} ${scope(random)}` : core;
}

/** A topic: a crime as an approach takes it up, or a field of criminal justice. */
export function topic(random: Random): string {
	return random.chance(0.7) ? crimeTopic(random) : fieldTopic(random);
}

/** A measure, without its topic: `victim-centred referral mechanisms for labour inspectors`. */
export function measure(random: Random): string {
	const kind = random.weighted<() => string>([
		[1, () => random.pick(objects)],
		[4, () => `${random.pick(measureQualities)} ${random.pick(measureKinds)}`],
		[
			1,
			() =>
				`${random.pick(measureQualities)} and ${random.pick(measureQualities)} ${random.pick(measureKinds)}`,
		],
	])();
	return random.chance(0.3) ? `${kind} for ${random.pick(beneficiaries)}` : kind;
}

/** What is to be had or protected: `the integrity of supply chains`, `the rule of law`. */
export function good(random: Random, bank: readonly string[] = values): string {
	return random.chance(0.3)
		? random.pick(bank)
		: `the ${random.pick(institutionQualities)} of ${random.pick(institutions)}`;
}

/** Who is asked to act: States, bodies of the United Nations system, others, or two of them. */
export function actor(random: Random, kind: 'states' | 'bodies' | 'any'): string {
	const bank =
		kind === 'states'
			? stateActors
			: kind === 'bodies'
				? bodyActors
				: random.pick([stateActors, bodyActors, otherActors]);
	const first = random.pick(bank);
	return random.chance(0.15) ? `${first} and ${random.pick(otherActors)}` : first;
}

/** An object with its topic: `victim support services relating to the smuggling of migrants`. */
export function object(random: Random): string {
	return random.chance(0.7)
		? random.chance(0.7)
			? `${measure(random)} ${random.pick(objectLinks)} ${crimeTopic(random)}`
			: `${measure(random)} ${random.pick(counterLinks)} ${placed(random, crime(random))}`
		: `${measure(random)} ${random.pick(objectLinks)} ${fieldTopic(random)}`;
}

/** An infinitive and its object: `to strengthen forensic capacities on cybercrime`. */
export function action(random: Random): string {
	return `${random.pick(verbs)[0]} ${object(random)}`;
}

/** A gerund and its object: `strengthening forensic capacities on cybercrime`. */
export function doing(random: Random): string {
	return `${random.pick(verbs)[1]} ${object(random)}`;
}

/** A purpose after a comma: `with a view to ensuring the best interests of the child`. */
export function purpose(random: Random): string {
	const [gerund, infinitive] = random.pick(purposeVerbs);
	const goal = good(random, goals);
	return random.weighted<() => string>([
		[3, () => `with a view to ${gerund} ${goal}`],
		[2, () => `in order to ${infinitive} ${goal}`],
		[1, () => `so as to ${infinitive} ${goal}`],
		[1, () => `with the aim of ${gerund} ${goal}`],
		[1, () => `${random.pick(['thereby', 'and thus'])} ${gerund} ${goal}`],
	])();
}

/**
 * What closes a clause, each part after a comma and each part now and then: a qualifier, the means,
 * a purpose; often nothing.
 */
export function clauseEnd(random: Random, often = 1): string {
	const parts: string[] = [];
	if (random.chance(0.12 * often)) parts.push(authority(random));
	if (random.chance(0.3 * often)) parts.push(random.pick(qualifiers));
	if (random.chance(0.22 * often))
		parts.push(
			`${random.pick(['including through', 'in particular through', 'inter alia through'])} ${random.chance(0.3) ? random.pick(means) : measure(random)}`,
		);
	if (random.chance(0.3 * often)) parts.push(purpose(random));
	if (random.chance(0.08 * often)) parts.push(deadline(random));
	return parts.map((part) => `, ${part}`).join('');
}

/** What a request rests on: `as called for in paragraph 7 of resolution 58/140`. */
function authority(random: Random): string {
	return random.weighted<() => string>([
		[
			3,
			() =>
				`as ${random.pick(['called for', 'requested', 'envisaged', 'set out', 'recommended'])} in paragraph ${random.int(2, 40)} of resolution ${earlierResolution(random, 'General Assembly').number}`,
		],
		[
			2,
			() =>
				`in line with the ${random.pick(['recommendations', 'outcome', 'conclusions'])} of the ${random.pick(meetings)} held in ${random.pick(cities)} in ${random.pick(monthNames)} ${random.int(2005, 2015)}`,
		],
		[
			1,
			() =>
				`as agreed by the Commission on Crime Prevention and Criminal Justice at its ${ordinalWords(random.int(12, 55))} session`,
		],
	])();
}

/** When or where something is to be done: `within three years`, `in at least 40 countries`. */
function deadline(random: Random): string {
	return random.weighted([
		[2, `within ${random.pick(smallNumbers)} years`],
		[1, 'by the end of the decade'],
		[1, `in at least ${random.int(12, 90)} countries`],
		[1, 'on an annual basis'],
	]);
}

/** A count in words or figures, as texts write them: `three`, `12`. */
export function count(random: Random): string {
	return random.chance(0.5) ? random.pick(smallNumbers) : String(random.int(13, 140));
}

/** A day of a year, printed: `7 March 2031`. */
export function dayOf(random: Random, year: number): string {
	return `${random.int(1, 28)} ${random.pick(monthNames)} ${year}`;
}

/** Where and when a meeting was held: `held in Lima from 3 to 5 March 2031`. */
export function heldAt(random: Random, year: number): string {
	const month = random.pick(monthNames);
	const day = random.int(1, 24);
	const when = random.chance(0.6)
		? `from ${day} to ${day + random.int(1, 4)} ${month} ${year}`
		: `on ${day} ${month} ${year}`;
	return `held in ${random.pick(cities)} ${when}`;
}

/** A meeting and its subject: `the expert group meeting on cybercrime`. */
export function meeting(random: Random): string {
	return `the ${random.pick(meetings)} on ${topic(random)}`;
}

// Resolutions of the real seeds: an invented reference that fell on one would cite the seed.
const realNumbers = new Set(['64/179', '64/180', '65/230', '2007/17']);

/**
 * A resolution before the corpus: of sessions and years no document of a benchmark corpus has, so
 * that recalling it names nothing there, as real resolutions recall ones the site does not hold.
 */
export function earlierResolution(random: Random, organ: Organ): RecalledResolution {
	for (;;) {
		if (organ === 'General Assembly') {
			const session = random.int(45, 69);
			const number = `${session}/${random.int(1, 280)}`;
			if (realNumbers.has(number)) continue;
			// Most of a session's resolutions are adopted in its last weeks, some earlier.
			const month = random.weighted([
				[1, 'October'],
				[3, 'November'],
				[6, 'December'],
			]);
			return { organ, number, date: `${random.int(1, 28)} ${month} ${session + 1945}` };
		}
		const year = random.int(1990, 2015);
		const number = `${year}/${random.int(1, 60)}`;
		if (realNumbers.has(number)) continue;
		return { organ, number, date: `${random.int(20, 31)} July ${year}` };
	}
}

/**
 * A recalled resolution as the recalling one names it: `its resolution 72/310 of 14 December 2017`
 * for its own organ's, `Economic and Social Council resolution 2018/301 of 24 July 2018` for another's.
 */
export function resolutionReference(drafting: Drafting, recalled: RecalledResolution): string {
	const whose = recalled.organ === drafting.organ ? 'its' : recalled.organ;
	return `${whose} resolution ${recalled.number} of ${recalled.date}`;
}

// `58/140` as one number that orders resolutions by session, then number.
function numberOrder(number: string): number {
	const [session = 0, serial = 0] = number.split('/').map(Number);
	return session * 1000 + serial;
}

/** Several earlier resolutions of one organ, oldest first: `its resolutions 58/140 of …, 61/182 of … and 63/193 of …`. */
export function resolutionsReference(random: Random, drafting: Drafting, organ: Organ): string {
	const recalled = Array.from({ length: random.int(2, 4) }, () => earlierResolution(random, organ))
		.sort((a, b) => numberOrder(a.number) - numberOrder(b.number))
		.filter((resolution, index, all) => all[index - 1]?.number !== resolution.number);
	const whose = organ === drafting.organ ? 'its' : organ;
	const listed = recalled.map(({ number, date }) => `${number} of ${date}`);
	const last = listed.pop() ?? '';
	return listed.length === 0
		? `${whose} resolution ${last}`
		: `${whose} resolutions ${listed.join(', ')} and ${last}`;
}
