import { describe, expect, it } from 'vitest';
import {
	describeSearch,
	filterValueLabel,
	isEmptySearch,
	pagefindOptionsOf,
	searchAddressOf,
	searchStateOf,
} from './address.ts';

describe('searchStateOf', () => {
	it('reads the query, every value of each filter and the order', () => {
		const state = searchStateOf(
			new URLSearchParams('q=piracy&congress=Twelfth+Congress&year=2009&year=2010&order=newest'),
		);
		expect(state).toEqual({
			query: 'piracy',
			filters: { congress: ['Twelfth Congress'], year: ['2009', '2010'] },
			order: 'newest',
		});
	});

	it('ignores parameters that are no filter, empty values and an unknown order', () => {
		const state = searchStateOf(new URLSearchParams('q=+piracy+&colour=red&year=&order=sideways'));
		expect(state).toEqual({ query: 'piracy', filters: {}, order: 'relevance' });
	});
});

describe('searchAddressOf', () => {
	it('puts the query in `q`, as the contract’s search address does', () => {
		expect(searchAddressOf({ query: 'Santo Domingo Pact', filters: {}, order: 'relevance' })).toBe(
			'/search/?q=Santo+Domingo+Pact',
		);
	});

	it('gives back the address it was read from, filters in the page’s order', () => {
		const address =
			'/search/?q=piracy&congress=Twelfth+Congress&document=A%2FRES%2F64%2F179&order=oldest';
		expect(searchAddressOf(searchStateOf(new URL(address, 'https://x').searchParams))).toBe(
			address,
		);
	});

	it('is the bare search page for an empty search', () => {
		expect(searchAddressOf({ query: '', filters: {}, order: 'relevance' })).toBe('/search/');
	});
});

describe('isEmptySearch', () => {
	it('counts a filter alone as a search', () => {
		expect(isEmptySearch({ query: '', filters: { year: ['2012'] }, order: 'relevance' })).toBe(
			false,
		);
		expect(isEmptySearch({ query: '', filters: {}, order: 'newest' })).toBe(true);
	});
});

describe('pagefindOptionsOf', () => {
	it('widens within a filter and sorts by date for the newest first', () => {
		expect(
			pagefindOptionsOf({ query: 'x', filters: { year: ['2009', '2010'] }, order: 'newest' }),
		).toEqual({
			filters: { year: { any: ['2009', '2010'] } },
			sort: { date: 'desc' },
		});
	});

	it('leaves the order to the ranking for the best match first', () => {
		expect(pagefindOptionsOf({ query: 'x', filters: {}, order: 'relevance' })).toEqual({
			filters: {},
		});
	});
});

describe('describeSearch', () => {
	it('names the query and each chosen filter', () => {
		expect(
			describeSearch({
				query: 'piracy',
				filters: { part: ['operative part'], lead: ['Urges', 'Requests'] },
				order: 'relevance',
			}),
		).toBe('“piracy” in Part of the document: Operative part; Lead phrase: Urges or Requests');
	});

	it('names the filters alone when no word is searched', () => {
		expect(describeSearch({ query: '', filters: { year: ['2009'] }, order: 'newest' })).toBe(
			'Year: 2009',
		);
	});
});

describe('filterValueLabel', () => {
	it('capitalises a value as the other values are', () => {
		expect(filterValueLabel('operative part')).toBe('Operative part');
		expect(filterValueLabel('A/RES/64/180')).toBe('A/RES/64/180');
	});
});
