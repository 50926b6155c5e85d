/**
 * The acronyms readers type for the bodies and treaties the texts always spell out: a passage that
 * spells out a name is found by its acronym too ("UNODC" finds "United Nations Office on Drugs and
 * Crime"), and landing on it marks the name.
 */

/** Each common UN acronym of the corpus's subjects and the name the texts spell out. */
export const unAcronyms: Readonly<Record<string, string>> = {
	UNODC: 'United Nations Office on Drugs and Crime',
	CCPCJ: 'Commission on Crime Prevention and Criminal Justice',
	UNTOC: 'United Nations Convention against Transnational Organized Crime',
	UNCAC: 'United Nations Convention against Corruption',
	ECOSOC: 'Economic and Social Council',
	UNGA: 'General Assembly',
	UNICRI: 'United Nations Interregional Crime and Justice Research Institute',
	OHCHR: 'Office of the United Nations High Commissioner for Human Rights',
	UNDP: 'United Nations Development Programme',
	UNICEF: 'United Nations Children’s Fund',
	INTERPOL: 'International Criminal Police Organization',
};

/** The name's words, apostrophes alike, for a comparison that ignores case and spacing. */
function normalised(text: string): string {
	return text.replace(/[’']/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The acronyms whose names a text spells out, in the order of the list.
 * @example acronymsNamedIn('the United Nations Office on Drugs and Crime') // ['UNODC']
 */
export function acronymsNamedIn(text: string): string[] {
	const words = normalised(text);
	return Object.entries(unAcronyms)
		.filter(([, name]) => words.includes(normalised(name)))
		.map(([acronym]) => acronym);
}

/**
 * The name an acronym stands for, whatever its case, or null if it is not one of the list.
 * @example nameOfAcronym('unodc') // 'United Nations Office on Drugs and Crime'
 */
export function nameOfAcronym(word: string): string | null {
	return unAcronyms[word.toUpperCase()] ?? null;
}
