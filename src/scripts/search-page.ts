/**
 * The search page: runs Pagefind on the search in the address, shows paragraph results and filter
 * facets, and keeps the query, filters and order in the address so a search can be shared and Back
 * returns to it. Typing updates the current entry; a submitted search or a changed filter or order
 * is a new entry. The facets load only when the reader opens them (or the address chooses a filter):
 * every value of every filter is about 0.8 kB a document, more than a search itself fetches. When no
 * paragraph has every word, it shows the closest matches, marked as such.
 */
import { formatIsoDate } from '../lib/words/dates.ts';
import { ordinalValue } from '../lib/words/ordinals.ts';
import {
	describeSearch,
	filterValueLabel,
	isEmptySearch,
	pagefindOptionsOf,
	searchAddressOf,
	searchStateOf,
	type SearchState,
} from '../lib/search/address.ts';
import { searchRanking } from '../lib/search/ranking.ts';
import { searchFilterNames, type SearchFilterName } from '../lib/search/records.ts';
import { excerptOf } from '../lib/search/excerpt.ts';
import { significantWords } from '../lib/search/partial.ts';
import {
	closestResults,
	filterCountsOf,
	type FoundPassage,
	type PageFragment,
	passagesOfPage,
	passesFilters,
	type ScoredPassage,
	strictResults,
} from '../lib/search/passage-results.ts';
import { queryPattern } from '../lib/search/terms.ts';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PageFragment>;
}
interface PagefindSearch {
	results: PagefindResult[];
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (
		query: string | null,
		options: Record<string, unknown>,
	) => Promise<PagefindSearch | null>;
}
/** A passage found, with its document's title and date for the result to show. */
interface ShownPassage extends FoundPassage {
	title: string;
	date: string;
}

function element<T extends HTMLElement>(selector: string): T {
	const found = document.querySelector<T>(selector);
	if (found === null) throw new Error(`search page: no ${selector}`);
	return found;
}

const form = element<HTMLFormElement>('#search-form');
const input = element<HTMLInputElement>('#search-q');
const orderSelect = element<HTMLSelectElement>('#search-order');
const facets = element<HTMLDetailsElement>('#search-facets');
const filtersBox = element<HTMLDivElement>('#search-filters');
const statusLine = element<HTMLParagraphElement>('#search-status');
const list = element<HTMLOListElement>('#search-results');
const moreButton = element<HTMLButtonElement>('#search-more');
const pageSize = 20;
// Pagefind finds documents; the paragraphs are found in the fragments of the documents it ranks
// first, this many at a time (about 5 kB each), so that a first search fetches a few documents'
// words, not every one's, and still has twenty paragraphs to show.
const documentsAtATime = 6;
const pageTitle = document.title;

// Pagefind is written by the build beside the site, so it is loaded at run time, not bundled.
const pagefindPath = '/pagefind/pagefind.js';
const pagefind = (await import(/* @vite-ignore */ pagefindPath)) as Pagefind;
// On the page's own thread: its web worker is a second 41 kB copy of Pagefind's code, kept while the
// metadata a first search decodes was 647 kB at 1,000 documents (a record a passage); with a record
// a document it is 54 kB at 5,000, and the worker would be the largest thing left to cut.
await pagefind.options({ ranking: searchRanking, highlightParam: 'highlight', noWorker: true });
// Starts fetching what every search needs (its metadata and wasm), so the first keystroke does not wait for it.
await pagefind.init();

type FilterCounts = Record<string, Record<string, number>>;
// Every value of every filter, once the facets are loaded; null until then.
let allFilterValues: FilterCounts | null = null;
let facetsLoading: Promise<FilterCounts> | null = null;

function stateFromForm(): SearchState {
	const params = new URLSearchParams();
	for (const [name, value] of new FormData(form)) {
		if (typeof value === 'string') params.append(name, value);
	}
	return searchStateOf(params);
}

const byText = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
// "Eleventh Congress", "Twelfth Congress", "Thirteenth Congress": in the order they were held.
const byCongressNumber = (a: string, b: string): number =>
	(ordinalValue(a.split(' ')[0] ?? '') ?? 0) - (ordinalValue(b.split(' ')[0] ?? '') ?? 0) ||
	byText(a, b);

const filterEntries = Object.entries(searchFilterNames) as [SearchFilterName, string][];

function checkbox(name: SearchFilterName, value: string): HTMLDivElement {
	const id = `filter-${name}-${value}`.replace(/[^A-Za-z0-9-]/g, '-');
	const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value, id });
	const label = Object.assign(document.createElement('label'), {
		htmlFor: id,
		textContent: `${filterValueLabel(value)} `,
	});
	label.append(Object.assign(document.createElement('span'), { className: 'search-filter-count' }));
	const row = document.createElement('div');
	row.append(box, label);
	return row;
}

/** One facet per filter, with every value of the index; built once, so focus and open facets stay put. */
function buildFilters(allValues: FilterCounts): void {
	filtersBox.replaceChildren(
		...filterEntries.flatMap(([name, label]) => {
			const values = Object.keys(allValues[name] ?? {}).sort(
				name === 'congress' ? byCongressNumber : byText,
			);
			if (values.length === 0) return [];
			const details = Object.assign(document.createElement('details'), { id: `facet-${name}` });
			const summary = document.createElement('summary');
			const fieldset = document.createElement('fieldset');
			const legend = Object.assign(document.createElement('legend'), {
				className: 'visually-hidden',
				textContent: label,
			});
			fieldset.append(legend, ...values.map((value) => checkbox(name, value)));
			details.append(summary, fieldset);
			return [details];
		}),
	);
}

/**
 * Ticks the chosen values and shows how many results of this search have each value; a value no
 * result has is not offered (unless chosen), nor a facet with no value to offer.
 */
function updateFilters(state: SearchState, counts: FilterCounts): void {
	// Busy from the facets' loading until they first show counts.
	filtersBox.setAttribute('aria-busy', 'false');
	for (const [name, label] of filterEntries) {
		const details = filtersBox.querySelector<HTMLDetailsElement>(`#facet-${name}`);
		if (details === null) continue;
		const chosen = state.filters[name] ?? [];
		if (chosen.length > 0) details.open = true;
		const summary = details.querySelector('summary');
		if (summary !== null)
			summary.textContent = chosen.length === 0 ? label : `${label} (${chosen.length} chosen)`;
		let offered = 0;
		for (const box of details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = chosen.includes(box.value);
			const found = counts[name]?.[box.value] ?? 0;
			const count = box.parentElement?.querySelector('.search-filter-count');
			if (count) count.textContent = `(${found})`;
			if (box.parentElement !== null) box.parentElement.hidden = found === 0 && !box.checked;
			if (found > 0 || box.checked) offered += 1;
		}
		details.hidden = offered === 0;
	}
}

/** The excerpt of a result: its words around the searched ones, which are marked word for word. */
function excerptNodes(content: string, query: string): Node[] {
	return excerptOf(content, queryPattern(query)).map(({ text, marked }) => {
		if (!marked) return document.createTextNode(text);
		return Object.assign(document.createElement('mark'), { textContent: text });
	});
}

function resultItem(found: ShownPassage, query: string, words?: string[]): HTMLLIElement {
	const item = Object.assign(document.createElement('li'), { className: 'search-result' });
	const heading = document.createElement('h2');
	const link = Object.assign(document.createElement('a'), {
		href: found.url,
		textContent: found.citation,
	});
	heading.append(link);
	const source = Object.assign(document.createElement('p'), {
		className: 'search-result-document',
		textContent: [found.title, found.date === '' ? '' : formatIsoDate(found.date)]
			.filter(Boolean)
			.join(' · '),
	});
	const excerpt = Object.assign(document.createElement('p'), {
		className: 'search-result-excerpt',
	});
	excerpt.append(...excerptNodes(found.text, query));
	item.append(heading, source);
	if (words !== undefined)
		item.append(
			Object.assign(document.createElement('p'), {
				className: 'search-result-partial',
				textContent: `Closest match: has ${words.map((word) => `“${word}”`).join(', ')}`,
			}),
		);
	item.append(excerpt);
	return item;
}

function describeResults(state: SearchState, count: number, partial: boolean): string {
	const what = describeSearch(state);
	if (count === 0) return `No paragraph matches ${what}.`;
	const shown = Math.min(count, list.children.length);
	const ofShown = shown < count ? `, ${shown} shown` : '';
	// Beyond the documents read so far there may be more: the count is of those read.
	const unread = unreadPages.length;
	const more =
		unread === 0
			? ''
			: ` (in the ${readPages} documents that match best; ${unread.toLocaleString('en')} more to read on)`;
	if (partial)
		return `No paragraph has every word of ${what}. The ${count} closest ${count === 1 ? 'match has' : 'matches have'} some of them, the most first${ofShown}${more}.`;
	return `${count} ${count === 1 ? 'result' : 'results'} for ${what}${ofShown}${more}.`;
}

/** The passages of found documents that the search's filters choose, with their document's title and date. */
async function passagesOf(
	pages: readonly PagefindResult[],
	state: SearchState,
): Promise<ShownPassage[]> {
	const fragments = await Promise.all(pages.map((page) => page.data()));
	return fragments.flatMap((fragment) =>
		passagesOfPage(fragment, state.query)
			.filter((passage) => passesFilters(passage, state.filters))
			.map((passage) => ({
				...passage,
				title: fragment.meta['document'] ?? '',
				date: fragment.meta['date'] ?? '',
			})),
	);
}

/** The documents that have any significant word of the query, each once, the best of each word first. */
async function pagesWithAnyWord(state: SearchState): Promise<PagefindResult[]> {
	const perWord = await Promise.all(
		significantWords(state.query).map(
			async (word) => (await pagefind.search(word, pagefindOptionsOf(state)))?.results ?? [],
		),
	);
	const byId = new Map<string, PagefindResult>();
	for (const results of perWord) for (const result of results) byId.set(result.id, result);
	return [...byId.values()].sort((a, b) => b.score - a.score);
}

/**
 * Fetches every filter's values (all of Pagefind's filter chunks) and builds the facets, once. The
 * values are the documents'; their counts are worked out from each search's paragraphs.
 */
function loadFacets(): Promise<FilterCounts> {
	facetsLoading ??= (async () => {
		filtersBox.setAttribute('aria-busy', 'true');
		filtersBox.textContent = 'Loading the filters…';
		const values = await pagefind.filters();
		buildFilters(values);
		allFilterValues = values;
		return values;
	})();
	return facetsLoading;
}

/** The counts of the current search for every facet, once the facets are loaded. */
async function countCurrentSearch(): Promise<void> {
	const allValues = await loadFacets();
	const state = currentState;
	if (isEmptySearch(state)) return updateFilters(state, allValues);
	if (state === currentState)
		updateFilters(state, filterCountsOf(results.map(({ passage }) => passage)));
}

let latest = 0;
let results: ScoredPassage<ShownPassage>[] = [];
let pending: ScoredPassage<ShownPassage>[] = [];
let unreadPages: PagefindResult[] = [];
let readPages = 0;
let partialResults = false;
let currentState: SearchState = searchStateOf(new URLSearchParams(location.search));

/**
 * Reads the next documents Pagefind found and ranks their paragraphs after those already found:
 * strictly (every word) unless the search is one of closest matches.
 */
async function readMore(state: SearchState): Promise<ScoredPassage<ShownPassage>[] | null> {
	const next = unreadPages.slice(0, documentsAtATime);
	unreadPages = unreadPages.slice(documentsAtATime);
	readPages += next.length;
	const passages = await passagesOf(next, state);
	if (partialResults) return closestResults(passages, state.query, searchRanking);
	return strictResults(passages, state.query, searchRanking, state.order === 'relevance');
}

async function showMore(state: SearchState): Promise<HTMLLIElement[]> {
	// The next twenty, reading on into the documents not yet read while there are too few.
	while (pending.length < pageSize && unreadPages.length > 0) {
		const found = (await readMore(state)) ?? [];
		results = [...results, ...found];
		pending = [...pending, ...found];
	}
	const next = pending.slice(0, pageSize);
	pending = pending.slice(pageSize);
	const items = next.map(({ passage, words }) =>
		resultItem(passage, state.query, partialResults ? words : undefined),
	);
	list.append(...items);
	// Documents not yet read may hold more, even when every paragraph found so far is shown.
	moreButton.hidden = pending.length === 0 && unreadPages.length === 0;
	statusLine.textContent = describeResults(state, results.length, partialResults);
	if (allFilterValues !== null)
		updateFilters(state, filterCountsOf(results.map(({ passage }) => passage)));
	return items;
}

/** Shows the search the address holds. */
async function runSearch(): Promise<void> {
	const state = searchStateOf(new URLSearchParams(location.search));
	currentState = state;
	input.value = state.query;
	orderSelect.value = state.order;
	document.title = state.query === '' ? pageTitle : `${state.query} · ${pageTitle}`;
	const run = ++latest;
	list.setAttribute('aria-busy', 'true');
	// An address that chooses a filter shows its facet ticked, so the facets load before the search.
	if (Object.keys(state.filters).length > 0) {
		facets.open = true;
		await loadFacets();
		if (run !== latest) return;
	}
	if (isEmptySearch(state)) {
		if (allFilterValues !== null) updateFilters(state, allFilterValues);
		list.replaceChildren();
		moreButton.hidden = true;
		statusLine.textContent = '';
		list.setAttribute('aria-busy', 'false');
		return;
	}
	// Pagefind finds the documents with every word (it filters them by any of their paragraphs'
	// values); the paragraphs that have the words and the values are found in them.
	const search = await pagefind.search(
		state.query === '' ? null : state.query,
		pagefindOptionsOf(state),
	);
	if (run !== latest || search === null) return;
	partialResults = false;
	unreadPages = search.results;
	readPages = 0;
	let found = await readMore(state);
	// Every word must match; when no paragraph has them all, the closest matches are shown instead.
	while (found !== null && found.length === 0 && unreadPages.length > 0)
		found = await readMore(state);
	if (run !== latest) return;
	if (found === null || found.length === 0) {
		if (significantWords(state.query).length > 0) {
			partialResults = true;
			unreadPages = await pagesWithAnyWord(state);
			readPages = 0;
			found = await readMore(state);
		}
		if (run !== latest) return;
	}
	results = found ?? [];
	pending = results;
	list.replaceChildren();
	await showMore(state);
	if (run === latest) list.setAttribute('aria-busy', 'false');
}

/** Puts the form's search in the address, as a new entry or in place of the current one. */
function navigate(mode: 'push' | 'replace'): void {
	const address = searchAddressOf(stateFromForm());
	if (address === `${location.pathname}${location.search}`) return;
	if (mode === 'push') history.pushState(null, '', address);
	else history.replaceState(null, '', address);
	void runSearch();
}

let typing: ReturnType<typeof setTimeout> | undefined;

form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typing);
	navigate('push');
});
input.addEventListener('input', () => {
	clearTimeout(typing);
	typing = setTimeout(() => navigate('replace'), 150);
});
form.addEventListener('change', (event) => {
	if (event.target !== input) navigate('push');
});
moreButton.addEventListener('click', () => {
	void showMore(currentState).then((items) => {
		// Keyboard users go on reading where the new results start.
		items[0]?.querySelector('a')?.focus();
	});
});
addEventListener('popstate', () => void runSearch());
facets.addEventListener('toggle', () => {
	if (facets.open && facetsLoading === null) void countCurrentSearch();
});
facets.hidden = false;
// Words typed while Pagefind was loading are the search the reader wants, not the address's.
const typed = input.value.trim();
const typedEarly =
	typed !== '' && typed !== searchStateOf(new URLSearchParams(location.search)).query;
if (typedEarly) navigate('replace');
else await runSearch();
