/**
 * The words of generated paragraphs: phrase banks modelled on the Crime Congress resolutions, put
 * together by a seeded random stream so that a corpus has the vocabulary and lengths of real ones.
 */
import { monthNames } from '../../../src/lib/words/dates.ts';
import { ordinalWords } from '../../../src/lib/words/ordinals.ts';
import type { Random } from './random.ts';

const topics = [
	'the prevention of trafficking in persons, especially women and children',
	'the protection of victims and witnesses of crime',
	'the fight against cybercrime and the misuse of information and communications technologies',
	'the smuggling of migrants by land, sea and air',
	'trafficking in cultural property and other related offences',
	'money-laundering and the financing of terrorism',
	'the prevention of corruption and the return of assets of illicit origin',
	'juvenile justice and the treatment of children in conflict with the law',
	'prison reform, alternatives to imprisonment and the reduction of prison overcrowding',
	'access to legal aid in criminal justice systems',
	'the collection, analysis and reporting of crime data',
	'the social reintegration of offenders',
	'restorative justice programmes in criminal matters',
	'crime prevention in urban areas and the safety of public spaces',
	'illicit manufacturing of and trafficking in firearms, their parts and components and ammunition',
	'piracy and armed robbery at sea',
	'crimes that affect the environment, including wildlife and forest crime',
	'economic fraud and identity-related crime',
	'kidnapping and the taking of hostages',
	'violence against women and girls in all its forms',
	'the independence and integrity of the judiciary',
	'the rule of law at the national and international levels',
	'transnational organized crime and its links with other forms of crime',
	'the use of forensic science in criminal investigations',
	'the treatment of women prisoners and non-custodial measures for women offenders',
	'international cooperation in criminal matters, including extradition and mutual legal assistance',
	'the standards and norms in crime prevention and criminal justice',
	'the illicit trafficking in precious metals and gemstones',
	'crime prevention through social development',
	'the trafficking in falsified medical products',
];

const actors = [
	'Member States',
	'the Secretary-General',
	'the United Nations Office on Drugs and Crime',
	'the Commission on Crime Prevention and Criminal Justice',
	'the institutes of the United Nations crime prevention and criminal justice programme network',
	'Governments',
	'intergovernmental and non-governmental organizations',
	'the relevant entities of the United Nations system',
	'donor countries',
	'the Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
	'the regional commissions',
	'the host Government of the Congress',
];

const actions = [
	'to strengthen international cooperation in',
	'to provide technical assistance to requesting States in',
	'to continue to give priority to',
	'to exchange information and good practices on',
	'to develop and implement comprehensive national strategies on',
	'to review and, where appropriate, update their legislation on',
	'to allocate adequate resources for',
	'to support research and the collection of data on',
	'to raise public awareness of',
	'to develop training programmes for criminal justice practitioners on',
];

const qualifiers = [
	', in particular in developing countries',
	', within existing resources',
	', in accordance with its mandate',
	', including through the exchange of expertise and good practices',
	', taking into account the specific needs of countries with economies in transition',
	', in close cooperation with the regional preparatory meetings',
	', with full respect for human rights and fundamental freedoms',
	', as appropriate and in accordance with national legislation',
	'',
	'',
];

const places = [
	'Vienna',
	'Bangkok',
	'Doha',
	'Salvador',
	'Kyoto',
	'Nairobi',
	'Santiago',
	'Abu Dhabi',
	'Cairo',
	'Buenos Aires',
	'Tashkent',
	'Manila',
	'Accra',
	'Lima',
	'Dakar',
	'Almaty',
	'Beirut',
	'Bogota',
	'Addis Ababa',
	'San José',
	'Panama City',
	'Kuala Lumpur',
	'Tunis',
	'Windhoek',
];

/** Openings of preambular paragraphs: a lead phrase and, for some, the word its object starts with. */
const preambularLeads = [
	'Recognizing',
	'Recognizing also',
	'Reaffirming',
	'Reaffirming also',
	'Emphasizing',
	'Stressing',
	'Noting with appreciation',
	'Noting with concern',
	'Bearing in mind',
	'Deeply concerned about',
	'Mindful of',
	'Convinced of',
	'Acknowledging',
	'Welcoming',
	'Taking into account',
	'Expressing its appreciation for',
];

/** Openings of operative paragraphs, each followed by an actor and an action. */
const operativeLeads = [
	'Requests',
	'Also requests',
	'Further requests',
	'Urges',
	'Invites',
	'Encourages',
	'Calls upon',
	'Reiterates its request to',
	'Emphasizes the need for',
	'Welcomes the efforts of',
];

/** An annexed declaration's title. */
export function declarationTitle(random: Random, place: string): string {
	return `${place} Declaration on ${capitalise(random.pick(topics))}`;
}

/** A resolution's title. */
export function resolutionTitle(random: Random): string {
	return random.chance(0.5)
		? `Strengthening crime prevention and criminal justice responses to ${random.pick(topics).replace(/^the /, '')}`
		: `International cooperation in ${random.pick(topics).replace(/^the /, '')}`;
}

/** A place where meetings are held. */
export function placeName(random: Random): string {
	return random.pick(places);
}

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

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The words of a preambular paragraph, lead phrase first: about a topic, or recalling a resolution. */
export function preambularWords(random: Random, recalled: string | null): string {
	if (recalled !== null) {
		const lead = random.pick(['Recalling', 'Recalling also', 'Recalling further']);
		return `${lead} its resolution ${recalled}, in which it addressed ${random.pick(topics)}${random.pick(qualifiers)}`;
	}
	const lead = random.pick(preambularLeads);
	const place = placeName(random);
	const year = random.int(2016, 2045);
	return random.chance(0.4)
		? `${lead} the outcome of the expert group meeting on ${random.pick(topics)}, held in ${place} from ${random.int(2, 9)} to ${random.int(10, 14)} ${random.pick(monthNames)} ${year}`
		: `${lead} ${random.pick(topics)} and the role of ${random.pick(actors)} in that regard${random.pick(qualifiers)}`;
}

/** The words of an operative paragraph, opening with its lead phrase. */
export function operativeWords(random: Random, session: number | null): string {
	const lead = random.pick(operativeLeads);
	const object = random.pick(actors);
	const tail =
		random.chance(0.25) && session !== null && session < 99
			? ` and to report thereon to the General Assembly at its ${sessionWords(session + 1)}`
			: '';
	return `${lead} ${object} ${random.pick(actions)} ${random.pick(topics)}${random.pick(qualifiers)}${tail}`;
}

/** The words of an item in a list ("(a) To …"). */
export function itemWords(random: Random): string {
	return capitalise(`${random.pick(actions)} ${random.pick(topics)}${random.pick(qualifiers)}`);
}

/** The words of a numbered paragraph of an annexed declaration ("We recognize …"). */
export function declarationWords(random: Random): string {
	const verb = random.pick([
		'We recognize',
		'We reaffirm',
		'We commit ourselves',
		'We stress',
		'We acknowledge',
		'We invite States',
	]);
	return `${verb} the importance of ${random.pick(topics)}${random.pick(qualifiers)}, and ${random.pick(actions).replace(/^to /, 'we endeavour to ')} ${random.pick(topics)}`;
}

/** A report paragraph: a few sentences of narrative about the Commission's work. */
export function reportWords(random: Random, cited: string | null): string {
	const sentences = Array.from({ length: random.int(2, 5) }, () => {
		const actor = capitalise(random.pick(actors));
		return `${actor} ${random.pick(['continued', 'undertook', 'reported on efforts', 'was requested'])} ${random.pick(actions)} ${random.pick(topics)}${random.pick(qualifiers)}.`;
	});
	if (cited !== null)
		sentences.unshift(
			`In its resolution ${cited}, the General Assembly addressed ${random.pick(topics)}.`,
		);
	return sentences.join(' ');
}
