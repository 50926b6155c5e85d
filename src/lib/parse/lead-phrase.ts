/**
 * The lead phrase of a resolution paragraph, read from its words alone: the opening words that say
 * what the organ does ("Recalling further", "Takes note with appreciation", "Deeply concerned"),
 * which print in italics but reach us in plain text from ODS.
 *
 * The rule. A lead phrase is, at the very start of the paragraph (after any opening quotation mark):
 *
 * 1. any leading adverbs: `Also`, `Further`, `Again`, `Once again`, `Once more` or an adverb in -ly
 *    (`Deeply`, `Strongly`), kept only if a head follows;
 * 2. a head: a verb in the third person singular (`Requests`, `Urges`), a participle (`Recalling`,
 *    `Having considered`, `Concerned`, `Convinced`) or one of the adjectives resolutions open with
 *    (`Mindful`, `Aware`, `Conscious`, `Cognizant`, `Desirous`);
 * 3. the words the head needs to say its act, if any: `note`, `into account` or `into consideration`
 *    after take, `in mind` after bear or keep, `upon` after call, `attention` after draw, or a
 *    possessive and a noun that names the act itself (`its appreciation`, `its grave concern`,
 *    `its request`, `its invitation`, `its decision`);
 * 4. any modifiers of the act: `also`, `further`, `again`, `once again`, `once more`, `moreover`,
 *    `with [deep] appreciation | concern | satisfaction | interest | regret | alarm …`.
 *
 * The phrase ends at the first word that is none of these, and never runs past punctuation. Its
 * object is not part of it: `Encourages Member States` leads with `Encourages`, `Reaffirms its
 * resolution 63/195` with `Reaffirms`. A paragraph that opens with anything else (`We recognize`,
 * `The General Assembly`, a number) has no lead phrase.
 */

/** A word at the start of a paragraph, and whether punctuation or a digit closes it. */
interface Word {
	lower: string;
	capitalised: boolean;
	end: number;
	closed: boolean;
}

const leadingAdverbs = new Set(['also', 'further', 'again', 'still']);
const adjectives = new Set([
	'mindful',
	'aware',
	'conscious',
	'cognizant',
	'desirous',
	'confident',
	'anxious',
	'appreciative',
	'resolved',
]);
// Capitalised words that look like verbs or participles but open no lead phrase.
const notHeads = new Set([
	'during',
	'notwithstanding',
	'including',
	'according',
	'regarding',
	'concerning',
	'following',
	'pending',
	'nothing',
	'something',
	'everything',
	'anything',
	'united',
	'indeed',
	'hundred',
	'states',
	'members',
	'governments',
	'parties',
	'nations',
	'others',
	'countries',
	'resolutions',
	'perhaps',
	'sometimes',
	'besides',
	'whereas',
	'always',
	'does',
]);
const actNouns = new Set([
	'appreciation',
	'satisfaction',
	'gratitude',
	'concern',
	'support',
	'request',
	'invitation',
	'decision',
	'call',
	'appeal',
	'commitment',
	'condolences',
	'thanks',
	'regret',
	'hope',
	'conviction',
	'determination',
	'readiness',
	'sympathy',
	'solidarity',
	'alarm',
	'recognition',
	'willingness',
]);
const actAdjectives = new Set([
	'deep',
	'deepest',
	'grave',
	'serious',
	'profound',
	'sincere',
	'full',
	'firm',
	'strong',
	'great',
	'warm',
	'utmost',
	'continued',
	'continuing',
	'growing',
	'unwavering',
	'heartfelt',
	'particular',
	'increasing',
]);
const feelings = new Set([
	'appreciation',
	'concern',
	'satisfaction',
	'interest',
	'regret',
	'alarm',
	'gratitude',
	'approval',
	'dismay',
]);

function wordsAtStart(text: string): { start: number; words: Word[] } {
	const start = /^[\s“"‘]*/.exec(text)?.[0].length ?? 0;
	const words: Word[] = [];
	const pattern = /(\p{L}+(?:[-’']\p{L}+)*)(\S*)(\s*)/uy;
	pattern.lastIndex = start;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		const [, letters = '', rest = '', space = ''] = match;
		const end = match.index + letters.length;
		const closed = rest !== '' || space === '';
		words.push({
			lower: letters.toLowerCase(),
			capitalised: /^\p{Lu}/u.test(letters),
			end,
			closed,
		});
		if (closed || words.length >= 12) break;
	}
	return { start, words };
}

/** Whether a word can head a lead phrase: a verb in -s, a participle or an opening adjective. */
function isHead(word: string): boolean {
	if (notHeads.has(word) || word.length < 4) return false;
	if (adjectives.has(word)) return true;
	if (/ing$/.test(word) && word.length > 5) return true;
	if (/ed$/.test(word) && word.length > 4) return true;
	return /s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

/** How many words from `index` the head's own words take ("note", "into account", "its appreciation"). */
function complementLength(words: readonly Word[], head: string, index: number): number {
	const at = (offset: number): string | undefined => words[index + offset]?.lower;
	const stem = head.replace(/(?:es|s|ing)$/, '');
	if (/^tak/.test(stem) && at(0) === 'note') return 1;
	if (/^tak/.test(stem) && at(0) === 'into' && (at(1) === 'account' || at(1) === 'consideration')) {
		return 2;
	}
	if (/^(?:bear|borne|keep|kept)/.test(stem) && at(0) === 'in' && at(1) === 'mind') return 2;
	if (/^call/.test(stem) && (at(0) === 'upon' || at(0) === 'on')) return 1;
	if (/^draw/.test(stem) && at(0) === 'attention') return 1;
	if (/^draw/.test(stem) && at(0) === 'the' && at(1) === 'attention') return 2;
	if (at(0) === 'its' || at(0) === 'their' || at(0) === 'our') {
		let length = 1;
		while (actAdjectives.has(at(length) ?? '')) length += 1;
		if (actNouns.has(at(length) ?? '')) return length + 1;
	}
	return 0;
}

/** How many words from `index` one modifier takes ("also", "once again", "with deep concern"); 0 if none. */
function modifierLength(words: readonly Word[], index: number): number {
	const at = (offset: number): string | undefined => words[index + offset]?.lower;
	const first = at(0);
	if (first === 'also' || first === 'further' || first === 'again' || first === 'moreover') {
		return 1;
	}
	if (first === 'once' && (at(1) === 'again' || at(1) === 'more')) return 2;
	if (first !== 'with') return 0;
	let length = 1;
	while (actAdjectives.has(at(length) ?? '') || /ly$/.test(at(length) ?? '')) length += 1;
	return feelings.has(at(length) ?? '') ? length + 1 : 0;
}

/** How many words the phrase takes from `index`, where its head stands; the head's own words included. */
function phraseFrom(words: readonly Word[], index: number): number {
	const head = words[index];
	if (head === undefined || !isHead(head.lower)) return 0;
	let next = index + 1;
	const take = (length: number): boolean => {
		// The phrase never runs past a word that punctuation closes.
		for (let offset = next - 1; offset < next + length - 1; offset += 1) {
			if (words[offset]?.closed === true) return false;
		}
		next += length;
		return length > 0;
	};
	if (head.lower === 'having') {
		const participle = words[next]?.lower ?? '';
		if (!/(?:ed|en|wn|ard|ught|et|un|ne|eld|ead)$/.test(participle) || !take(1)) return 0;
		take(complementLength(words, participle, next));
		return next - index;
	}
	while (take(modifierLength(words, next)));
	take(complementLength(words, head.lower, next));
	while (take(modifierLength(words, next)));
	return next - index;
}

/**
 * The lead phrase that opens a resolution paragraph, as printed; null if it opens with none.
 * @example leadPhraseOf('Takes note with appreciation of the report of the Secretary-General;2') // 'Takes note with appreciation'
 */
export function leadPhraseOf(text: string): string | null {
	const { start, words } = wordsAtStart(text);
	const first = words[0];
	if (first === undefined || !first.capitalised) return null;
	let index = 0;
	if (first.lower === 'once' && (words[1]?.lower === 'again' || words[1]?.lower === 'more')) {
		index = 2;
	}
	while (
		index < words.length - 1 &&
		words[index]?.closed === false &&
		(leadingAdverbs.has(words[index]?.lower ?? '') || /..ly$/.test(words[index]?.lower ?? ''))
	) {
		index += 1;
	}
	const length = phraseFrom(words, index);
	const last = words[index + length - 1];
	if (length === 0 || last === undefined) return null;
	return text.slice(start, last.end).replace(/\s+/g, ' ');
}
