/**
 * Instruments that UN texts cite by name rather than by symbol, and the documents that carry them.
 *
 * Each entry names its evidence: a seed that states where the instrument is published, or (marked)
 * the resolution that endorsed it where no seed says so yet.
 */

/** A named instrument: a declaration or programme published as (an annex to) a resolution. */
export interface NamedInstrument {
	/** The short name readers use: `Salvador Declaration`. */
	name: string;
	/** The words that name it, in order; later words are optional, so the full title matches as one span. */
	required: string;
	optional: string | null;
	symbol: string;
	/** The 1-based annex that carries it, or null when it is the resolution itself. */
	annex: number | null;
}

/** The instruments this corpus cites by name. */
export const namedInstruments: readonly NamedInstrument[] = [
	{
		// A/RES/65/230 op4: "Endorses the Salvador Declaration … annexed to the present resolution".
		name: 'Salvador Declaration',
		required: 'Salvador Declaration',
		optional:
			'on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development in a Changing World',
		symbol: 'A/RES/65/230',
		annex: 1,
	},
	{
		// A/RES/64/180 footnote 5 and E/RES/2007/17 footnotes 1 and 4: "Resolution 60/177, annex."
		name: 'Bangkok Declaration',
		required: 'Bangkok Declaration',
		optional:
			'on Synergies and Responses: Strategic Alliances in Crime Prevention and Criminal Justice',
		symbol: 'A/RES/60/177',
		annex: 1,
	},
	{
		// No seed yet; endorsed by General Assembly resolution 55/59 and annexed to it. The full
		// name is required: the 1993 "Vienna Declaration and Programme of Action" is another text.
		name: 'Vienna Declaration on Crime and Justice',
		required: 'Vienna Declaration on Crime and Justice',
		optional: ': Meeting the Challenges of the Twenty-first Century',
		symbol: 'A/RES/55/59',
		annex: 1,
	},
	{
		// A/RES/65/230 footnote 1: "See resolution 55/2." The declaration is the resolution itself.
		name: 'United Nations Millennium Declaration',
		required: 'United Nations Millennium Declaration',
		optional: null,
		symbol: 'A/RES/55/2',
		annex: null,
	},
	{
		// A/RES/64/179 footnote 4, after the Strategy "adopted on 8 September 2006": "Resolution
		// 60/288." The Strategy is the resolution itself; its plan of action is the annex.
		name: 'United Nations Global Counter-Terrorism Strategy',
		required: 'United Nations Global Counter-Terrorism Strategy',
		optional: null,
		symbol: 'A/RES/60/288',
		annex: null,
	},
	{
		// A/RES/64/180 footnote 1: "Resolution 46/152, annex."
		name: 'Statement of principles and programme of action of the United Nations Crime Prevention and Criminal Justice Programme',
		required:
			'statement of principles and programme of action of the United Nations Crime Prevention and Criminal Justice Programme',
		optional: null,
		symbol: 'A/RES/46/152',
		annex: 1,
	},
];

function wordsPattern(words: string): string {
	return words
		.split(/\s+/)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join(String.raw`\s+`);
}

/** The pattern that finds an instrument's name, its full title where the text gives it. */
export function instrumentPattern(instrument: NamedInstrument): string {
	// A name may open a sentence or follow an article in lower case: "Statement", "statement".
	const first = instrument.required.charAt(0);
	const required = `[${first.toUpperCase()}${first.toLowerCase()}]${wordsPattern(instrument.required.slice(1))}`;
	if (instrument.optional === null) return required;
	// A subtitle after a colon follows the name directly; one after "on" follows a space.
	const gap = instrument.optional.startsWith(':') ? '' : String.raw`\s+`;
	return `${required}(?:${gap}${wordsPattern(instrument.optional)})?`;
}

/**
 * A treaty that UN texts cite by name. It has no UN document symbol (a treaty is registered in the
 * United Nations Treaty Series), so a reference to it is a citation that links nowhere.
 */
export interface NamedTreaty {
	/** Its name as the texts print it in full: `United Nations Convention against Corruption`. */
	name: string;
	/** Where the texts say it is registered: `United Nations, Treaty Series, No. 42146`. */
	registration: string;
}

/**
 * The treaties this corpus cites by name. Only the full name is read here: "the Convention" after
 * one is read by `find.ts`, where the context says which convention it is.
 */
export const namedTreaties: readonly NamedTreaty[] = [
	{
		// A/RES/64/179 footnote 2 and A/RES/65/230 footnote 12: "United Nations, Treaty Series, vols.
		// 2225, 2237, 2241 and 2326, No. 39574". Its Protocols (vols. 2237 and 2241, A/RES/65/230
		// footnotes 15 and 16) are named "…, supplementing the United Nations Convention against
		// Transnational Organized Crime": a passage that names a Protocol names the Convention too.
		name: 'United Nations Convention against Transnational Organized Crime',
		registration: 'United Nations, Treaty Series, No. 39574',
	},
	{
		// A/RES/64/179 footnote 3 and A/RES/65/230 footnote 5: "Ibid., vol. 2349, No. 42146."
		name: 'United Nations Convention against Corruption',
		registration: 'United Nations, Treaty Series, No. 42146',
	},
	{
		// A/RES/65/230 footnote 13: "Ibid., vols. 1577, 2171 and 2173, No. 27531."
		name: 'Convention on the Rights of the Child',
		registration: 'United Nations, Treaty Series, No. 27531',
	},
];

/** The pattern that finds a treaty's full name, as printed (a PDF may break it across lines). */
export function treatyPattern(treaty: NamedTreaty): string {
	return wordsPattern(treaty.name);
}
