/**
 * "Addressed to": who an operative paragraph asks to act, read from the words after each verb that
 * asks (the lead phrase's, and any later "and requests …", "and invites …" in the same paragraph),
 * up to the infinitive that says what they are asked to do ("Requests the Secretary-General to …").
 *
 * The names are a controlled list, so one addressee is one entry whichever way a text words it
 * ("the relevant specialized agencies and programmes of the United Nations system" and "the relevant
 * United Nations programmes, specialized agencies of the United Nations system" are both relevant
 * United Nations entities). Where a paragraph asks someone the list does not know, the words as
 * printed are returned, marked unlisted, rather than nothing. Paragraphs that decide, welcome, note
 * or reaffirm ask no one, and return none.
 */
import { comparableText } from './normalise.ts';

/** An addressee of the controlled list, or the words of one it does not know. */
export interface Addressee {
	name: string;
	/** False for words as printed that name no entry of the list. */
	listed: boolean;
}

/** An entry of the controlled list: its name and the ways texts write it, longest first. */
interface Entry {
	name: string;
	forms: RegExp;
}

// Each form is matched where an addressee may start; `^` anchors it there.
const entries: Entry[] = [
	{ name: 'the Secretary-General', forms: /^(?:the )?Secretary-General\b/ },
	{
		name: 'the Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
		forms:
			/^the Conference of the Parties to the United Nations Convention against Transnational Organized Crime\b/,
	},
	{
		name: 'the Conference of the States Parties to the United Nations Convention against Corruption',
		forms:
			/^the Conference of the States Parties to the United Nations Convention against Corruption\b/,
	},
	{
		name: 'the Commission on Crime Prevention and Criminal Justice',
		forms: /^the Commission on Crime Prevention and Criminal Justice\b/,
	},
	{
		name: 'the United Nations Office on Drugs and Crime',
		forms: /^the United Nations Office on Drugs and Crime\b/,
	},
	{ name: 'the Economic and Social Council', forms: /^the Economic and Social Council\b/ },
	{ name: 'the General Assembly', forms: /^the General Assembly\b/ },
	{ name: 'the Conference on Disarmament', forms: /^the Conference on Disarmament\b/ },
	{ name: 'the Security Council', forms: /^the Security Council\b/ },
	{ name: 'the Human Rights Council', forms: /^the Human Rights Council\b/ },
	{
		name: 'relevant United Nations entities',
		forms:
			/^(?:the |all )?(?:relevant )?(?:(?:specialized agencies(?:, funds)? and programmes|United Nations (?:programmes, specialized agencies|entities|bodies|agencies|organs|funds and programmes)|organizations, funds and programmes|entities|organs|bodies|funds, programmes and specialized agencies) of the United Nations system|United Nations (?:entities|bodies|agencies|organs|funds and programmes|organizations)|(?:entities|organs|bodies) of the United Nations system|United Nations system)\b/,
	},
	{
		name: 'intergovernmental and non-governmental organizations',
		forms:
			/^(?:the |all )?(?:relevant |other )?intergovernmental (?:organizations )?and non-governmental organizations\b/,
	},
	{
		name: 'international and regional organizations',
		forms:
			/^(?:the |all )?(?:relevant |other )?(?:international(?:, regional and subregional| and regional)|regional and international) organizations\b/,
	},
	{
		name: 'international organizations',
		forms: /^(?:the |all )?(?:relevant |other )?international organizations\b/,
	},
	{
		name: 'intergovernmental organizations',
		forms: /^(?:the |all )?(?:relevant |other )?intergovernmental organizations\b/,
	},
	{
		name: 'non-governmental organizations',
		forms: /^(?:the |all )?(?:relevant |other )?non-governmental organizations\b/,
	},
	{ name: 'other professional organizations', forms: /^(?:other )?professional organizations\b/ },
	{
		name: 'civil society',
		forms: /^(?:the |all )?(?:relevant )?civil society(?: organizations)?\b/,
	},
	{ name: 'the private sector', forms: /^the private sector\b/ },
	{
		name: 'other relevant entities',
		forms:
			/^(?:all |other |and other )?(?:relevant entities|entities concerned|relevant stakeholders|stakeholders)\b/,
	},
	{ name: 'States parties', forms: /^(?:all |the )?States parties\b/ },
	{ name: 'Member States', forms: /^(?:all |those |the |relevant )?Member States\b/ },
	{ name: 'States', forms: /^(?:all |those |the |other )?States\b/ },
	{ name: 'Governments', forms: /^(?:all |the )?Governments\b/ },
	{ name: 'donor countries', forms: /^(?:the )?donor countries\b/ },
	{ name: 'other donors', forms: /^(?:other |all )?donors\b/ },
	{ name: 'the international community', forms: /^(?:the )?international community\b/ },
	{
		name: 'the Twelfth Congress',
		forms:
			/^the Twelfth (?:United Nations )?Congress(?: on Crime Prevention and Criminal Justice)?\b/,
	},
	{
		name: 'the Thirteenth Congress',
		forms:
			/^the Thirteenth (?:United Nations )?Congress(?: on Crime Prevention and Criminal Justice)?\b/,
	},
];

/** The names of the controlled list, as `addresseesOf` returns them. */
export const addresseeNames: readonly string[] = entries.map((entry) => entry.name);

// The verbs that ask someone to act, as a paragraph opens with them (any adverb before or after).
const askingLead =
	/^(?:(?:Also|Further|Again|Once again|Strongly|Further strongly|Also strongly) )?(?:requests|invites|urges|encourages|calls upon|calls on|recommends|appeals|exhorts|instructs|directs|reiterates its (?:request|invitation|call|appeal)|renews its (?:request|invitation|call|appeal))(?: (?:also|further|again|once again|strongly))?\b(?: to| upon| on)?/i;

// The same verbs later in a paragraph, after "and": "…, and requests the Secretary-General to …".
const askingLater =
	/\band (?:(?:also|further|strongly|to that end|in that regard|in this regard|therefore),? )*(?:requests|invites|urges|encourages|calls upon|calls on|recommends to|appeals to|exhorts)\b/g;

// Words after "to" that make it a preposition ("States parties to the Convention", "established
// pursuant to paragraphs 9 and 10"), not the infinitive that ends the addressees.
const notInfinitive =
	/^to (?:the|a|an|all|its|their|this|that|these|those|them|it|paragraphs?|resolutions?|articles?|sections?|annex|decisions?|States|Member)\b/;

/** Where the addressees end: the infinitive, a clause's punctuation, or a later asking verb. */
function addresseePhrase(text: string): string {
	let end = 0;
	while (end < text.length) {
		const rest = text.slice(end);
		if (/^[;:.]/.test(rest)) break;
		if (/^to \p{Ll}/u.test(rest) && !notInfinitive.test(rest)) break;
		const next = rest.search(/[ ;:.]/);
		if (next <= 0) {
			end = next === 0 ? end + 1 : text.length;
			continue;
		}
		end += next + (rest.charAt(next) === ' ' ? 1 : 0);
	}
	return text.slice(0, end).trim();
}

/** The listed addressees in a phrase, in order; "the Office" is the Office the text named before. */
function addresseesIn(phrase: string, before: string): Addressee[] {
	const found: Addressee[] = [];
	let rest = phrase;
	while (rest.length > 0) {
		rest = rest.replace(/^(?:[\s,]+|and |as well as |or |in particular |including )+/, '');
		if (rest.length === 0) break;
		if (/^the Office\b/.test(rest) && /United Nations Office on Drugs and Crime/.test(before)) {
			found.push({ name: 'the United Nations Office on Drugs and Crime', listed: true });
			rest = rest.slice('the Office'.length);
			continue;
		}
		const entry = entries.find((candidate) => candidate.forms.test(rest));
		const length = entry === undefined ? -1 : (rest.match(entry.forms)?.[0].length ?? -1);
		if (entry !== undefined && length > 0) {
			if (!found.some((addressee) => addressee.name === entry.name))
				found.push({ name: entry.name, listed: true });
			rest = rest.slice(length);
			continue;
		}
		// Not an addressee's first word: a qualifier ("that have not yet done so") or a name the list lacks.
		rest = rest.replace(/^\S+/, '');
	}
	const named = phrase.replace(/^,\s*|,\s*$/g, '').trim();
	return found.length > 0 || named === '' ? found : [{ name: named, listed: false }];
}

/**
 * Who an operative paragraph asks to act, in the order it names them, or none.
 * @example addresseesOf('Invites Member States and other donors to support those activities;') // [{ name: 'Member States', listed: true }, { name: 'other donors', listed: true }]
 */
export function addresseesOf(text: string): Addressee[] {
	const words = comparableText(text);
	const starts: number[] = [];
	const lead = askingLead.exec(words);
	if (lead !== null) starts.push(lead[0].length);
	for (const later of words.matchAll(askingLater)) starts.push(later.index + later[0].length);
	const found: Addressee[] = [];
	for (const start of starts) {
		const after = words.slice(start).replace(/^\s*(?:to |upon |on )?/, '');
		for (const addressee of addresseesIn(addresseePhrase(after), words.slice(0, start)))
			if (!found.some((known) => known.name === addressee.name)) found.push(addressee);
	}
	return found;
}
