/**
 * A search as its address holds it (`/search/?q=cybercrime&congress=Twelfth+Congress&sort=desc`), so
 * a search can be shared and Back returns to it: the query, the chosen filter values and the order.
 */
import { searchPath } from '../contract.ts';
import { searchFilterNames, type SearchFilterName } from './records.ts';

/** The order of results: best match first, or by the document's date. */
export type SearchOrder = 'relevance' | 'newest' | 'oldest';

/** What a search is: its words, the values chosen in each filter, and the order of results. */
export interface SearchState {
	query: string;
	filters: Partial<Record<SearchFilterName, string[]>>;
	order: SearchOrder;
}

const filterNames = Object.keys(searchFilterNames) as SearchFilterName[];

function orderOf(value: string | null): SearchOrder {
	return value === 'newest' || value === 'oldest' ? value : 'relevance';
}

/**
 * The search an address's query string holds; unknown parameters and empty values are ignored.
 * @example searchStateOf(new URLSearchParams('q=piracy&year=2009')) // { query: 'piracy', filters: { year: ['2009'] }, order: 'relevance' }
 */
export function searchStateOf(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const name of filterNames) {
		const values = [...new Set(params.getAll(name).filter((value) => value !== ''))];
		if (values.length > 0) filters[name] = values;
	}
	return { query: params.get('q')?.trim() ?? '', filters, order: orderOf(params.get('order')) };
}

/**
 * The address of a search: the query first, then the filters in the page's order, then the order
 * unless it is best match first.
 * @example searchAddressOf({ query: 'piracy', filters: {}, order: 'relevance' }) // '/search/?q=piracy'
 */
export function searchAddressOf(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query !== '') params.set('q', state.query);
	for (const name of filterNames) {
		for (const value of state.filters[name] ?? []) params.append(name, value);
	}
	if (state.order !== 'relevance') params.set('order', state.order);
	const search = params.toString();
	return search === '' ? searchPath() : `${searchPath()}?${search}`;
}

/** Whether a search asks for anything: words or a filter value. */
export function isEmptySearch(state: SearchState): boolean {
	return state.query === '' && Object.keys(state.filters).length === 0;
}

/**
 * The search as Pagefind's `search` options take it: values chosen within one filter widen the
 * results (any of them), filters together narrow them (all filters).
 */
export function pagefindOptionsOf(state: SearchState): {
	filters: Partial<Record<SearchFilterName, { any: string[] }>>;
	sort?: { date: 'asc' | 'desc' };
} {
	const filters = Object.fromEntries(
		Object.entries(state.filters).map(([name, values]) => [name, { any: values }]),
	) as Partial<Record<SearchFilterName, { any: string[] }>>;
	if (state.order === 'relevance') return { filters };
	return { filters, sort: { date: state.order === 'newest' ? 'desc' : 'asc' } };
}

/**
 * A filter value as the facets show it, capitalised like the others ("operative part" → "Operative
 * part"); the value itself, in the address and the index, is unchanged.
 */
export function filterValueLabel(value: string): string {
	return `${value.charAt(0).toUpperCase()}${value.slice(1)}`;
}

/**
 * What a search asks for, in words, for the line that reports its results: the query and each
 * chosen filter by name.
 * @example describeSearch({ query: 'piracy', filters: { year: ['2009'] }, order: 'relevance' }) // '“piracy” in Year: 2009'
 */
export function describeSearch(state: SearchState): string {
	const filters = filterNames
		.filter((name) => (state.filters[name] ?? []).length > 0)
		.map(
			(name) =>
				`${searchFilterNames[name]}: ${(state.filters[name] ?? []).map(filterValueLabel).join(' or ')}`,
		);
	const words = state.query === '' ? [] : [`“${state.query}”`];
	if (filters.length === 0) return words.join('');
	return words.length === 0 ? filters.join('; ') : `${words.join('')} in ${filters.join('; ')}`;
}
