import { describe, expect, it } from 'vitest';
import { fetchesByKind, pagefindFetchKind } from './pagefind-fetches.ts';

describe('pagefindFetchKind', () => {
	it('tells the script, entry, wasm, meta and chunk files of a Pagefind bundle apart', () => {
		expect(
			[
				'/pagefind/pagefind.js',
				'/pagefind/pagefind-entry.json',
				'/pagefind/wasm.en.pagefind',
				'/pagefind/pagefind.en_1417e547cf.pf_meta',
				'/pagefind/index/en_8d3c.pf_index',
				'/pagefind/filter/en_77aa.pf_filter',
				'/pagefind/fragment/en_12ef.pf_fragment',
				'/pagefind/pagefind-ui.css',
			].map(pagefindFetchKind),
		).toEqual([
			'script',
			'entry',
			'wasm',
			'meta',
			'index chunk',
			'filter chunk',
			'fragment',
			'other',
		]);
	});
});

describe('fetchesByKind', () => {
	it('adds up the bytes and requests of each kind', () => {
		expect(
			fetchesByKind([
				['/pagefind/fragment/en_1.pf_fragment', 300],
				['/pagefind/wasm.en.pagefind', 50_000],
				['/pagefind/fragment/en_2.pf_fragment', 200],
			]),
		).toEqual({ fragment: { bytes: 500, requests: 2 }, wasm: { bytes: 50_000, requests: 1 } });
	});
});
