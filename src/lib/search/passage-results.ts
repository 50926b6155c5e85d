/**
 * The paragraphs a search finds, worked out on the search page from the pages Pagefind found: each
 * page is a document (`page-record.ts`), and its fragment holds the passages' words, where each
 * begins, and their data. A paragraph is a result when it has every searched word (on their stems,
 * as Pagefind matches) in its own words, its citation, the words that introduce its list or an
 * acronym it spells out; it is ranked as Pagefind ranked one record a paragraph, with the weights of
 * `ranking.ts`.
 */
import type { SearchState } from './address.ts';
import { passageDataFromId, type PassageData } from './page-record.ts';
import type { SearchRanking } from './ranking.ts';
import type { SearchFilterName } from './records.ts';
import { queryPattern, stopwords, termStem, wordsOf } from './terms.ts';
import { nameOfAcronym } from './acronyms.ts';

/** What this module reads of a Pagefind fragment. */
export interface PageFragment {
	/** The page's address as indexed (Pagefind's `url` has the last search's words added to it). */
	raw_url?: string;
	url: string;
	content: string;
	anchors: readonly { id: string; location: number }[];
	meta: Record<string, string | undefined>;
	filters: Record<string, readonly string[] | undefined>;
}

/** A passage of a found page, with everything a result shows and is filtered by. */
export interface FoundPassage {
	/** The passage's permalink, with the page's query (`/A/RES/64/179/?highlight=pact#op7`). */
	url: string;
	citation: string;
	symbol: string;
	/** Its own words. */
	text: string;
	/** For a list item, the words of the paragraphs (and items) it stands in. */
	context: string;
	acronyms: readonly string[];
	filters: Partial<Record<SearchFilterName, readonly string[]>>;
}

/**
 * A passage's address from a search: its page's, with each word of the query as a `highlight`
 * parameter for the page to mark (as Pagefind adds them), then its anchor.
 * @example resultAddress('/A/RES/64/179/', 'op7', 'Santo Domingo') // '/A/RES/64/179/?highlight=Santo&highlight=Domingo#op7'
 */
export function resultAddress(path: string, anchor: string, query: string): string {
	const params = new URLSearchParams();
	for (const term of query.trim().split(/\s+/)) if (term !== '') params.append('highlight', term);
	const search = params.toString();
	return `${path}${search === '' ? '' : `?${search}`}${anchor === '' ? '' : `#${anchor}`}`;
}

/**
 * The passages of a found page, in reading order: each runs from the word its anchor stands before
 * to the next one's (Pagefind counts a location as a word of the content split on white space).
 */
export function passagesOfPage(fragment: PageFragment, query: string): FoundPassage[] {
	const path = fragment.raw_url ?? fragment.url;
	const words = fragment.content.split(/[\r\n\s]+/g);
	const marks = fragment.anchors
		.map((anchor) => ({ data: passageDataFromId(anchor.id), location: anchor.location }))
		.filter((mark): mark is { data: PassageData; location: number } => mark.data !== null)
		.sort((a, b) => a.location - b.location);
	const textByAnchor = new Map<string, string>();
	const parentByAnchor = new Map<string, string | undefined>();
	const passages = marks.map(({ data, location }, index) => {
		const end = marks[index + 1]?.location ?? words.length;
		const text = words.slice(location, end).join(' ').trim();
		textByAnchor.set(data.anchor, text);
		parentByAnchor.set(data.anchor, data.parent);
		return { data, text };
	});
	const contextOf = (anchor: string | undefined): string[] =>
		anchor === undefined
			? []
			: [...contextOf(parentByAnchor.get(anchor)), textByAnchor.get(anchor) ?? ''];
	const pageFilters: FoundPassage['filters'] = {
		document: fragment.filters['document'] ?? [],
		body: fragment.filters['body'] ?? [],
		year: fragment.filters['year'] ?? [],
	};
	return passages.map(({ data, text }) => ({
		url: resultAddress(path, data.anchor, query),
		citation: data.citation,
		symbol: fragment.meta['symbol'] ?? '',
		text,
		context: contextOf(data.parent).join(' ').trim(),
		acronyms: data.acronyms ?? [],
		filters: { ...pageFilters, ...data.filters },
	}));
}

/** Whether a passage has a value of every filter the search chooses (any of a filter's values). */
export function passesFilters(
	passage: Pick<FoundPassage, 'filters'>,
	filters: SearchState['filters'],
): boolean {
	return Object.entries(filters).every(
		([name, chosen]) =>
			(chosen ?? []).length === 0 ||
			(passage.filters[name as SearchFilterName] ?? []).some((value) => chosen?.includes(value)),
	);
}

/** How many of the passages (the results of a search) have each value of each filter. */
export function filterCountsOf(
	passages: readonly Pick<FoundPassage, 'filters'>[],
): Record<string, Record<string, number>> {
	const counts: Record<string, Record<string, number>> = {};
	for (const passage of passages) {
		for (const [name, values] of Object.entries(passage.filters)) {
			const byValue = (counts[name] ??= {});
			for (const value of values ?? []) byValue[value] = (byValue[value] ?? 0) + 1;
		}
	}
	return counts;
}

/**
 * The words of a query a passage must have: those that are not stopwords, or all of them when every
 * word is one.
 * @example searchedWords('victims of trafficking') // ['victims', 'trafficking']
 */
export function searchedWords(query: string): string[] {
	const words = wordsOf(query.replace(/"/g, ' '));
	const significant = words.filter((word) => !stopwords.has(word));
	return significant.length > 0 ? significant : words;
}

/** A passage with its score and the searched words it has. */
export interface ScoredPassage<T extends FoundPassage = FoundPassage> {
	passage: T;
	score: number;
	words: string[];
}

/**
 * The stem a searched word finds words by: `termStem`, but a final "e" stays ("crime" finds
 * "crimes", not "criminal"), as Pagefind's stemmer keeps it.
 */
function matchStem(word: string): string {
	const stem = termStem(word);
	return `${stem}e` === word.toLowerCase() ? `${stem}e` : stem;
}

/** How much a word of a text counts for a searched word: 1 for its own stem, less the longer it runs on. */
function similarity(textWord: string, stem: string): number {
	if (!textWord.startsWith(stem)) return 0;
	const own = termStem(textWord);
	return own === stem || textWord === stem ? 1 : stem.length / Math.max(stem.length, own.length);
}

/** A word of a text, and how much it counts: a part of a web address counts a quarter. */
interface TextWord {
	word: string;
	weight: number;
}

function termFrequency(words: readonly TextWord[], stem: string): number {
	return words.reduce((sum, { word, weight }) => sum + weight * similarity(word, stem), 0);
}

interface Fields {
	text: TextWord[];
	context: TextWord[];
	citation: TextWord[];
	textLower: string;
	acronyms: readonly string[];
	length: number;
}

/**
 * Every word of a text, lower case, in order, as the index has them: split at what is not a letter
 * or digit; the parts of a web address ("www.unodc.org/…/human-trafficking") are found, but count
 * for less than a word of the text.
 */
function allWords(text: string): TextWord[] {
	return text
		.toLowerCase()
		.split(/\s+/)
		.flatMap((token) => {
			const weight = /^[([]?(?:https?:\/\/|www\.)/.test(token) ? 0.25 : 1;
			return token
				.split(/[^\p{L}\p{N}]+/u)
				.filter((word) => word !== '')
				.map((word) => ({ word, weight }));
		});
}

function fieldsOf(passage: FoundPassage): Fields {
	const text = allWords(passage.text);
	return {
		text,
		context: allWords(passage.context),
		citation: allWords(passage.citation),
		textLower: passage.text.toLowerCase().replace(/\s+/g, ' '),
		acronyms: passage.acronyms.map((acronym) => acronym.toLowerCase()),
		length: Math.max(1, text.length),
	};
}

/** A searched word's weighted frequency in a passage's fields, by the weights of the ranking. */
function weightedFrequency(fields: Fields, word: string, ranking: SearchRanking): number {
	const stem = matchStem(word);
	const weight = (name: string): number => ranking.metaWeights[name] ?? 1;
	const name = nameOfAcronym(word);
	const acronym =
		fields.acronyms.includes(word) ||
		(name !== null && fields.textLower.includes(name.toLowerCase()))
			? weight('acronyms')
			: 0;
	return (
		termFrequency(fields.text, stem) +
		weight('context') * termFrequency(fields.context, stem) +
		weight('title') * termFrequency(fields.citation, stem) +
		acronym
	);
}

/**
 * The passages that have searched words, scored as BM25 scores a record (the ranking's term
 * saturation and length weight; each word weighed by how few of the passages have it), each with the
 * words it has. A quoted phrase must be in the passage's own words, in order.
 */
export function scorePassages<T extends FoundPassage>(
	passages: readonly T[],
	query: string,
	ranking: SearchRanking,
): ScoredPassage<T>[] {
	const words = searchedWords(query);
	const phrase = /^\s*".+"\s*$/.test(query) ? queryPattern(query) : null;
	const fields = passages.map(fieldsOf);
	const averageLength = fields.reduce((sum, { length }) => sum + length, 0) / (fields.length || 1);
	const frequencies = fields.map((field) =>
		words.map((word) => weightedFrequency(field, word, ranking)),
	);
	const idfs = words.map((_, index) => {
		const having = frequencies.filter((row) => (row[index] ?? 0) > 0).length;
		return Math.log(1 + (passages.length - having + 0.5) / (having + 0.5));
	});
	const k = ranking.termSaturation;
	const b = ranking.pageLength;
	return passages.flatMap((passage, index) => {
		const row = frequencies[index] ?? [];
		const length = fields[index]?.length ?? 1;
		const found = words.filter((_, word) => (row[word] ?? 0) > 0);
		if (found.length === 0) return [];
		if (phrase !== null && !new RegExp(phrase.source, phrase.flags).test(passage.text)) return [];
		const score = words.reduce((sum, _, word) => {
			const frequency = ranking.termFrequency * (row[word] ?? 0);
			const saturated =
				(frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength));
			return sum + (idfs[word] ?? 0) * saturated;
		}, 0);
		return [{ passage, score, words: found }];
	});
}

/**
 * The results of a search among the passages of the pages Pagefind found: those with every searched
 * word, best first (or in the given order when the search is sorted or has no words); when none has
 * them all, null, and the page looks for the closest matches instead.
 */
export function strictResults<T extends FoundPassage>(
	passages: readonly T[],
	query: string,
	ranking: SearchRanking,
	byRelevance: boolean,
): ScoredPassage<T>[] | null {
	if (searchedWords(query).length === 0)
		return passages.map((passage) => ({ passage, score: 0, words: [] }));
	const wanted = searchedWords(query).length;
	const scored = scorePassages(passages, query, ranking).filter(
		({ words }) => words.length === wanted,
	);
	if (scored.length === 0) return null;
	return byRelevance ? stableSort(scored, (a, b) => b.score - a.score) : scored;
}

/** The passages with the most searched words first, then the best scored. */
export function closestResults<T extends FoundPassage>(
	passages: readonly T[],
	query: string,
	ranking: SearchRanking,
): ScoredPassage<T>[] {
	return stableSort(
		scorePassages(passages, query, ranking).filter(({ words }) => words.length > 0),
		(a, b) => b.words.length - a.words.length || b.score - a.score,
	);
}

function stableSort<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => compare(a.item, b.item) || a.index - b.index)
		.map(({ item }) => item);
}
