import { describe, expect, it } from 'vitest';
import { odsResolution } from '../../../tests/fixtures/ods/support.ts';
import { contentHashOf } from './convert-cache.ts';
import {
	contentSlugOf,
	type ConvertCache,
	type ConvertedCorpus,
	convertCorpus,
} from './convert.ts';
import type { SeedFile } from '../parse/seed.ts';

/** A/RES/64/180, citing paragraph 2 of A/RES/64/181 and a paragraph 9 it does not have. */
const citing = odsResolution([
	'\t1.\tDecides to take note of paragraph 2 of resolution 64/181;',
	'\t2.\tRecalls paragraph 9 above.',
]);
/** A/RES/64/181 with the given operative paragraphs. */
const cited = (paragraphs: readonly string[]): string =>
	odsResolution(paragraphs).replaceAll('64/180', '64/181');
const twoParagraphs = ['\t1.\tDecides one;', '\t2.\tDecides two.'];

const seedsOf = (first: string, second: string): SeedFile[] => [
	{ file: 'seeds/000.txt', text: first, sidecar: null },
	{ file: 'seeds/001.txt', text: second, sidecar: null },
];
const seeds = seedsOf(citing, cited(twoParagraphs));

/** The hash of every file a content directory holds after a conversion was written into it. */
const hashesAfter = (files: ReadonlyMap<string, string>): Map<string, string> =>
	new Map([...files].map(([name, text]) => [name, contentHashOf(text)]));

const first = convertCorpus(seeds, {
	converterVersion: 'v1',
	manifest: null,
	contentHashes: new Map(),
});
const cacheAfterFirst = (overrides: Partial<ConvertCache> = {}): ConvertCache => ({
	converterVersion: 'v1',
	manifest: first.manifest,
	contentHashes: hashesAfter(first.files),
	...overrides,
});
const emittedSlugs = (converted: ConvertedCorpus): string[] =>
	[...converted.files.keys()]
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => name.slice(0, -4));

describe('convertCorpus', () => {
	it('converts every document when there is no manifest', () => {
		expect(first.parsed).toBe(2);
		expect(first.emitted).toBe(2);
		expect(first.reused).toBe(0);
		expect([...first.files.keys()]).toEqual([
			'a-res-64-180.mdx',
			'a-res-64-180.json',
			'a-res-64-181.mdx',
			'a-res-64-181.json',
		]);
		expect(first.kept).toEqual([]);
	});

	it('keeps every file and parses nothing when no seed, converter or document changed', () => {
		const again = convertCorpus(seeds, cacheAfterFirst());
		expect(again.parsed).toBe(0);
		expect(again.reused).toBe(2);
		expect(again.files.size).toBe(0);
		expect(again.kept.sort()).toEqual([...first.files.keys()].sort());
		expect(again.manifest).toEqual(first.manifest);
	});

	it('prints the link warnings of a document it keeps, as when it converted it', () => {
		const again = convertCorpus(seeds, cacheAfterFirst());
		expect(first.warnings.map((warning) => warning.message)).toContain(
			'A/RES/64/180 has no op9 for paragraph 9; linked to the document',
		);
		expect(again.warnings).toEqual(first.warnings);
	});

	it('converts again only the document whose seed was edited, to what a full conversion gives', () => {
		const edited = seedsOf(
			citing.replace('Decides to take', 'Decides, as a matter of priority, to take'),
			cited(twoParagraphs),
		);
		const again = convertCorpus(edited, cacheAfterFirst());
		expect(emittedSlugs(again)).toEqual([contentSlugOf('A/RES/64/180')]);
		expect(again.parsed).toBe(1);
		expect(again.reused).toBe(1);
		const fromScratch = convertCorpus(edited);
		expect(
			new Map(
				[...again.files].concat(again.kept.map((name) => [name, first.files.get(name) ?? ''])),
			),
		).toEqual(fromScratch.files);
	});

	it('converts every document again when another document gains a paragraph, since links read paragraphs', () => {
		const longer = seedsOf(
			citing,
			cited(['\t1.\tDecides one;', '\t2.\tDecides two;', '\t3.\tDecides three.']),
		);
		const again = convertCorpus(longer, cacheAfterFirst());
		expect(emittedSlugs(again)).toEqual(['a-res-64-180', 'a-res-64-181']);
		expect(again.reused).toBe(0);
	});

	it('parses and converts every document again when the converter changed', () => {
		const again = convertCorpus(seeds, cacheAfterFirst({ converterVersion: 'v2' }));
		expect(again.parsed).toBe(2);
		expect(again.emitted).toBe(2);
	});

	it('prints the parse warnings of a seed it does not parse again, as when it parsed it', () => {
		const noTrailer = odsResolution(['\t1.\tDecides.'], { trailer: [] }).replaceAll(
			'64/180',
			'64/182',
		);
		const withWarning = [...seeds, { file: 'seeds/002.txt', text: noTrailer, sidecar: null }];
		const parsedNow = convertCorpus(withWarning, {
			converterVersion: 'v1',
			manifest: null,
			contentHashes: new Map(),
		});
		expect(parsedNow.warnings.map((warning) => warning.file)).toContain('seeds/002.txt');
		const again = convertCorpus(withWarning, {
			converterVersion: 'v1',
			manifest: parsedNow.manifest,
			contentHashes: hashesAfter(parsedNow.files),
		});
		expect(again.parsed).toBe(0);
		expect(again.warnings).toEqual(parsedNow.warnings);
	});

	it('refuses a new seed that repeats the symbol of one it does not parse again, as a full conversion does', () => {
		// The new seed comes first, so the remembered one is the repeat, named at its remembered line.
		const copy = { file: 'seeds/000b.txt', text: cited(twoParagraphs), sidecar: null };
		const withCopy = [seeds[0], copy, seeds[1]].filter((seed) => seed !== undefined);
		const errorOf = (run: () => unknown): string => {
			try {
				run();
			} catch (error) {
				return String(error);
			}
			return 'no error';
		};
		const fromCache = errorOf(() => convertCorpus(withCopy, cacheAfterFirst()));
		expect(fromCache).toMatch(
			/seeds\/001\.txt:\d+: symbol A\/RES\/64\/181 is already the symbol of seeds\/000b\.txt$/,
		);
		expect(fromCache).toBe(errorOf(() => convertCorpus(withCopy)));
	});

	it('refuses a new seed with the symbol of one it does not parse again, naming the new seed and its line', () => {
		const copy = { file: 'seeds/002.txt', text: cited(twoParagraphs), sidecar: null };
		expect(() => convertCorpus([...seeds, copy], cacheAfterFirst())).toThrow(
			/^seeds\/002\.txt:\d+: symbol A\/RES\/64\/181 is already the symbol of seeds\/001\.txt$/,
		);
		expect(() => convertCorpus([...seeds, copy])).toThrow(
			convertCorpus.length > 0 ? /seeds\/002\.txt:\d+: symbol A\/RES\/64\/181/ : /never/,
		);
	});

	it('converts a document again when one of its files was edited by hand', () => {
		const contentHashes = hashesAfter(first.files).set('a-res-64-181.mdx', contentHashOf('edited'));
		const again = convertCorpus(seeds, cacheAfterFirst({ contentHashes }));
		expect(emittedSlugs(again)).toEqual(['a-res-64-181']);
		expect(again.files.get('a-res-64-181.mdx')).toBe(first.files.get('a-res-64-181.mdx'));
	});

	it('converts a document again when one of its files was deleted', () => {
		const contentHashes = hashesAfter(first.files);
		contentHashes.delete('a-res-64-180.json');
		expect(emittedSlugs(convertCorpus(seeds, cacheAfterFirst({ contentHashes })))).toEqual([
			'a-res-64-180',
		]);
	});

	it('forgets documents whose seeds are gone', () => {
		const alone = convertCorpus(
			[{ file: 'seeds/000.txt', text: citing, sidecar: null }],
			cacheAfterFirst(),
		);
		expect(Object.keys(alone.manifest.documents)).toEqual(['seeds/000.txt']);
	});
});
