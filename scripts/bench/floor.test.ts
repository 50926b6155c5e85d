import { describe, expect, it } from 'vitest';
import { floorComparability, floorPageKind } from './floor.ts';

describe('floorPageKind', () => {
	it('copies a share page, which the real build writes from a template', () => {
		expect(floorPageKind('<main><article class="share-page">…', false)).toBe('copied');
	});

	it('renders and indexes the page beside a document.json, and renders any other', () => {
		expect(floorPageKind('<main><article class="document">…', true)).toBe('indexed');
		expect(floorPageKind('<main><h1>Search</h1>…', false)).toBe('rendered');
	});
});

describe('floorComparability', () => {
	const comparable = {
		documents: 100,
		indexedBySite: 100,
		sitePages: 7_610,
		floorPages: 7_610,
		indexedByFloor: 100,
	};

	it('finds nothing to say when both write the same pages and index one page a document', () => {
		expect(floorComparability(comparable)).toBeNull();
	});

	it('names the first difference: pages, then the site’s index, then the floor’s', () => {
		expect(floorComparability({ ...comparable, floorPages: 7_000 })).toBe(
			'the floor wrote 7000 pages, the site 7610',
		);
		expect(floorComparability({ ...comparable, indexedBySite: 7_516 })).toBe(
			"the site's index holds 7516 pages for 100 documents",
		);
		// The floor of 30 November: Pagefind's CLI indexed every page, share pages and all.
		expect(floorComparability({ ...comparable, indexedByFloor: 7_610 })).toBe(
			'the floor indexed 7610 pages, the site 100 (one a document)',
		);
	});
});
