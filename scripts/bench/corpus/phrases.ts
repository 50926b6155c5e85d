/**
 * The words of generated paragraphs, modelled on the Crime Congress resolutions and the General
 * Assembly's: each kind of paragraph real resolutions have (a recalled resolution, a concern, a
 * request to States, a meeting welcomed, a report asked for) is a sentence of several clause slots
 * (`clauses.ts`) filled by a seeded random stream, so that a corpus has the vocabulary, the
 * formulas and the lengths of real ones, and as few paragraphs alike as they have.
 */
import { monthNames } from '../../../src/lib/words/dates.ts';
import { ordinalWords } from '../../../src/lib/words/ordinals.ts';
import {
	action,
	actor,
	capitalise,
	clauseEnd,
	crime as crimeOf,
	doing,
	earlierResolution,
	field,
	good,
	heldAt,
	meeting,
	object,
	purpose,
	resolutionReference,
	resolutionsReference,
	scope,
	topic,
	type Drafting,
} from './clauses.ts';
import { adopter, recallingWords } from './formulas.ts';
import { cities } from './lexicon.ts';
import type { Random } from './random.ts';
import {
	importance,
	modals,
	phenomenon,
	secretaryGeneralReport,
	statementEnd,
	thatClause,
} from './statements.ts';
import { fields, instruments, meetings, threats } from './vocabulary.ts';

/** A date as the UN prints it: `18 December 2009`. */
export function printedDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${day ?? 1} ${monthNames[(month ?? 1) - 1] ?? 'January'} ${year ?? 2000}`;
}

/** A session named in words: `Sixty-fourth session` (capitalised) or `sixty-fourth session`. */
export function sessionWords(session: number, capitalised = false): string {
	const words = `${ordinalWords(session)} session`;
	return capitalised ? capitalise(words) : words;
}

/** An annexed declaration's title; Bangkok is left out, whose declaration is a real instrument. */
export function declarationTitle(random: Random, place: string): string {
	return `${place === 'Bangkok' ? 'Doha' : place} Declaration on ${capitalise(topic(random))}`;
}

/** A resolution's title, in the forms the Assembly gives its crime-prevention resolutions. */
export function resolutionTitle(random: Random): string {
	const crime = `${crimeOf(random)}${random.chance(0.25) ? ` ${scope(random)}` : ''}`;
	return random.weighted<() => string>([
		[
			3,
			() =>
				`${random.pick(['Strengthening', 'Enhancing', 'Improving'])} ${random.pick([
					'crime prevention and criminal justice responses to',
					'international cooperation against',
					'the coordination of efforts against',
					'national and international efforts to counter',
				])} ${crime}`,
		],
		[
			2,
			() =>
				`${random.pick(['International cooperation in', 'Technical assistance for', 'United Nations standards and norms in', 'Promoting'])} ${field(random)}`,
		],
		[2, () => `${random.pick(['Preventing and combating', 'Countering', 'Addressing'])} ${crime}`],
		[1, () => capitalise(random.pick(fields))],
		[1, () => `Follow-up to the ${random.pick(meetings)} on ${topic(random)}`],
	])();
}

/** A place where meetings are held. */
export function placeName(random: Random): string {
	return random.pick(cities);
}

/** The words of a preambular paragraph, lead phrase first. */
export function preambularWords(random: Random, drafting: Drafting): string {
	const { year } = drafting;
	const other =
		drafting.organ === 'General Assembly' ? 'Economic and Social Council' : 'General Assembly';
	return random.weighted<() => string>([
		[
			18,
			() => {
				const organ = random.chance(0.8) ? drafting.organ : other;
				const reference = random.chance(0.3)
					? resolutionsReference(random, drafting, organ)
					: resolutionReference(drafting, earlierResolution(random, organ));
				return random.chance(0.15)
					? `Recalling that, in ${reference.replace(/ of \d+ \w+ \d+$/, '')}, ${adopter(reference)} ${random.pick(['requested', 'invited', 'encouraged'])} ${actor(random, 'any')} ${action(random)}`
					: recallingWords(random, reference);
			},
		],
		[
			6,
			() =>
				`${random.pick(['Reaffirming', 'Bearing in mind', 'Guided by', 'Recalling', 'Mindful of', 'Reaffirming its commitment to'])} ${random.pick(instruments)}${random.weighted<
					() => string
				>([
					[
						3,
						() => `, in particular its provisions relating to ${topic(random)}${clauseEnd(random)}`,
					],
					[
						2,
						() =>
							`, and ${random.pick(['stressing', 'recognizing', 'emphasizing'])} ${importance(random)}`,
					],
					[
						1,
						() => `, in particular article ${random.int(2, 40)} thereof, and ${importance(random)}`,
					],
					[0.3, () => ` and ${random.pick(instruments)}`],
					[0.5, () => ''],
				])()}`,
		],
		[
			22,
			() =>
				`${random.pick(['Recognizing', 'Recognizing also', 'Convinced', 'Stressing', 'Emphasizing', 'Acknowledging', 'Noting', 'Concerned', 'Deeply concerned', 'Aware', 'Considering', 'Underlining', 'Reaffirming', 'Conscious', 'Mindful', 'Bearing in mind'])} that ${thatClause(random)}${statementEnd(random)}`,
		],
		[
			18,
			() =>
				`${random.pick(['Recognizing', 'Emphasizing', 'Stressing', 'Reaffirming', 'Acknowledging', 'Underlining', 'Highlighting', 'Noting', 'Recognizing further', 'Emphasizing also', 'Noting with appreciation'])} ${importance(random)}${clauseEnd(random, 1.2)}`,
		],
		[
			10,
			() =>
				`${random.pick(['Deeply concerned about', 'Alarmed by', 'Gravely concerned about', 'Concerned about', 'Noting with concern', 'Expressing concern about', 'Seriously concerned about'])} ${phenomenon(random)}${random.chance(0.6) ? `, which ${random.pick(modals)} ${random.pick(threats)} ${good(random)}` : ''}${statementEnd(random)}`,
		],
		[
			10,
			() =>
				`${random.pick(['Welcoming', 'Noting with appreciation', 'Taking note of', 'Recalling', 'Welcoming also', 'Acknowledging'])} the ${random.pick(['outcome', 'report', 'conclusions and recommendations', 'work', 'results'])} of ${meeting(random)}, ${heldAt(random, year - random.int(0, 2))}${random.weighted<
					() => string
				>([
					[2, () => `, in particular its recommendations on ${doing(random)}`],
					[1, () => `, and ${importance(random)}`],
					[2, () => clauseEnd(random)],
				])()}`,
		],
		[
			4,
			() =>
				`${random.pick(['Having considered', 'Taking note of', 'Having examined', 'Noting with appreciation'])} ${secretaryGeneralReport(random)}`,
		],
		[
			7,
			() =>
				random.chance(0.3)
					? `Desirous of ${doing(random)}${clauseEnd(random, 1)}`
					: `${random.pick(['Determined', 'Resolved', 'Committed', 'Wishing'])} ${action(random)}${clauseEnd(random, 1.2)}`,
		],
	])();
}

/** Leads of an operative paragraph asking someone to act, by whom it asks. */
const requestLeads = {
	bodies: [
		'Requests',
		'Also requests',
		'Further requests',
		'Invites',
		'Encourages',
		'Calls upon',
		'Reiterates its request to',
	],
	states: [
		'Urges',
		'Calls upon',
		'Encourages',
		'Invites',
		'Strongly encourages',
		'Urges once again',
		'Also encourages',
		'Requests',
	],
	any: ['Encourages', 'Invites', 'Calls upon', 'Also invites'],
} as const;

/** An operative paragraph that asks someone to act, without its close: `Urges Member States to …`. */
export function requestWords(random: Random): string {
	const kind = random.weighted<'bodies' | 'states' | 'any'>([
		[4, 'bodies'],
		[4, 'states'],
		[2, 'any'],
	]);
	const second = random.chance(0.25) ? ` and ${action(random)}` : '';
	return `${random.pick(requestLeads[kind])} ${actor(random, kind)} ${action(random)}${second}`;
}

/** The words of an operative paragraph, opening with its lead phrase. */
export function operativeWords(random: Random, drafting: Drafting): string {
	const { year } = drafting;
	const commissionSession = year - 1991 + 1;
	return random.weighted<() => string>([
		[45, () => `${requestWords(random)}${clauseEnd(random, 2)}`],
		[
			14,
			() =>
				`${random.pick(['Reaffirms', 'Stresses', 'Emphasizes', 'Underlines', 'Recognizes', 'Acknowledges', 'Reiterates', 'Notes', 'Affirms', 'Also stresses'])} ${random.chance(0.5) ? `that ${thatClause(random)}` : importance(random)}${clauseEnd(random, 1.2)}`,
		],
		[
			12,
			() =>
				random.chance(0.5)
					? `${random.pick(['Welcomes', 'Welcomes with appreciation', 'Notes with appreciation', 'Commends', 'Acknowledges'])} the ${random.pick(['work', 'efforts', 'initiatives', 'contribution'])} of ${actor(random, 'any')} ${random.pick(['in', 'towards'])} ${doing(random)}${clauseEnd(random, 1.2)}`
					: `${random.pick(['Commends', 'Expresses its appreciation to', 'Thanks'])} ${actor(random, 'any')} for ${doing(random)}${clauseEnd(random, 1.2)}`,
		],
		[
			4,
			() =>
				random.chance(0.95)
					? `Decides to convene${random.chance(0.4) ? `, ${random.pick(['within existing resources', 'subject to the availability of extrabudgetary resources', 'before the end of its next session'])},` : ''} ${withArticle(random.pick(meetings))} on ${topic(random)}${random.chance(0.4) ? ` in ${placeName(random)} in ${year + random.int(1, 2)}` : ''}, ${random.pick(['with a view to', 'for the purpose of', 'with the mandate of'])} ${doing(random)}`
					: `Decides that the Commission on Crime Prevention and Criminal Justice shall ${random.pick(['consider', 'review', 'examine', 'devote a thematic discussion to'])} ${topic(random)} at its ${ordinalWords(Math.min(99, commissionSession))} session, ${purpose(random)}`,
		],
		[
			3,
			() =>
				random.chance(0.7)
					? `Takes note ${random.chance(0.4) ? 'with appreciation ' : ''}of ${secretaryGeneralReport(random)}`
					: `Takes note of the ${random.pick(['outcome', 'report'])} of ${meeting(random)}, ${heldAt(random, year - random.int(0, 1))}${clauseEnd(random)}`,
		],
		[
			3,
			() =>
				`${random.pick(['Invites', 'Encourages', 'Calls upon'])} ${random.pick(['Member States and other donors', 'donor countries', 'Member States and other donors, including the private sector,'])} to ${random.pick(['provide', 'continue to provide', 'increase'])} ${random.pick(['extrabudgetary resources', 'voluntary contributions', 'financial and technical support'])} for ${doing(random)}${random.chance(0.3) ? ', in accordance with the rules and procedures of the United Nations' : clauseEnd(random, 1.5)}`,
		],
		[
			7,
			() =>
				`${random.pick(['Calls for', 'Stresses the need for', 'Supports', 'Emphasizes the need for'])} ${random.pick(['the strengthening of', 'the adoption of', 'the establishment of', 'greater cooperation in developing', 'renewed efforts to develop'])} ${object(random)}${clauseEnd(random, 1.2)}`,
		],
	])();
}

/** A noun with its indefinite article: `an expert group meeting`, `a round table`. */
function withArticle(noun: string): string {
	return `${/^[aeio]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** What an operative paragraph with a list says before its items. */
export function listIntroduction(random: Random): string {
	return `${requestWords(random)}${clauseEnd(random, 0.4)}, ${random.pick(['in particular through the following measures', 'in particular', 'and in that regard', 'inter alia'])}`;
}

/** The words of an item in a list ("(a) To …"). */
export function itemWords(random: Random): string {
	return capitalise(`${action(random)}${clauseEnd(random, 0.4)}`);
}

/** The words of a numbered paragraph of an annexed declaration ("We recognize …"). */
export function declarationWords(random: Random): string {
	return random.weighted<() => string>([
		[
			3,
			() =>
				`We ${random.pick(['recognize', 'reaffirm', 'stress', 'acknowledge', 'emphasize', 'are convinced', 'note with concern'])} that ${thatClause(random)}${statementEnd(random, 'and we stress')}`,
		],
		[
			3,
			() =>
				`We ${random.pick(['recognize', 'reaffirm', 'stress', 'underline', 'emphasize', 'highlight'])} ${importance(random)}${clauseEnd(random, 0.6)}`,
		],
		[3, () => `We commit ourselves to ${doing(random)}${clauseEnd(random)}`],
		[2, () => `We invite ${actor(random, 'any')} ${action(random)}${clauseEnd(random)}`],
		[
			2,
			() =>
				`We ${random.pick(['endeavour', 'resolve', 'undertake', 'will strive'])} ${action(random)}${clauseEnd(random)}`,
		],
		[
			1,
			() =>
				`We ${random.pick(['welcome', 'appreciate', 'take note of'])} the ${random.pick(['work', 'efforts', 'contribution'])} of ${actor(random, 'any')} in ${doing(random)}`,
		],
	])();
}
