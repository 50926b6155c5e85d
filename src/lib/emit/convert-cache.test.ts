import { describe, expect, it } from 'vitest';
import {
	cachedParse,
	contentHashOf,
	type ConvertManifest,
	corpusEntryFrom,
	documentKeyOf,
	hashedSeedOf,
	linkDataHashOf,
	linkHashOf,
	manifestFrom,
	manifestOf,
	type ParseSummary,
	reusableEntry,
	seedKeyOf,
} from './convert-cache.ts';
import type { SeedFile } from '../parse/seed.ts';
import type { DocumentType } from '../model.ts';

/** What linking reads of a document, as its parse summary gives it. */
const linked = (
	symbol: string,
	anchors: string[],
	annexCount = 0,
	documentType: DocumentType = 'resolution',
): { symbol: string; linkHash: string } => ({
	symbol,
	linkHash: linkHashOf({ symbol, documentType, annexCount, anchors: anchors.join(' ') }),
});

const corpus = [
	linked('A/RES/64/180', ['pp1', 'op1', 'op2']),
	linked('A/67/97', ['para1', 'para2'], 0, 'report'),
];

const seed: SeedFile = {
	file: 'seeds/004.txt',
	text: '1. The Secretary-General has the honour to transmit…',
	sidecar: { file: 'seeds/004.meta.yml', text: 'symbol: A/67/97\n' },
};

const parsed: ParseSummary = {
	symbol: 'A/67/97',
	symbolLine: null,
	documentType: 'report',
	annexCount: 0,
	anchors: 'para1 para2',
	linkHash: 'link-hash',
	warnings: [{ file: 'seeds/004.txt', line: 3, message: 'no date' }],
};
const manifest: ConvertManifest = manifestOf({
	'seeds/004.txt': {
		seedKey: 'seed-key-1',
		parsed,
		key: 'key-1',
		files: { 'a-67-97.mdx': 'hash-mdx', 'a-67-97.json': 'hash-json' },
		warnings: [
			{
				file: 'seeds/004.txt',
				line: 9,
				message: 'A/67/97 has no para99 for paragraph 99; linked to the document',
			},
		],
	},
});
const hashesNow = new Map([
	['a-67-97.mdx', 'hash-mdx'],
	['a-67-97.json', 'hash-json'],
]);

describe('contentHashOf', () => {
	it('gives the same hash for the same text and another for a text one character longer', () => {
		expect(contentHashOf('Decides to hold the Congress;')).toBe(
			contentHashOf('Decides to hold the Congress;'),
		);
		expect(contentHashOf('Decides to hold the Congress;')).not.toBe(
			contentHashOf('Decides to hold the Congress; '),
		);
	});
	it('gives a text the hash of its UTF-8 bytes, as a file read without decoding has', () => {
		const text = 'Déclaration de Salvador — 2010';
		expect(contentHashOf(new TextEncoder().encode(text))).toBe(contentHashOf(text));
	});
});

describe('linkDataHashOf', () => {
	const hash = linkDataHashOf(corpus);
	it('does not depend on the order the documents come in', () => {
		expect(linkDataHashOf([...corpus].reverse())).toBe(hash);
	});
	it.each<[string, { symbol: string; linkHash: string }[]]>([
		[
			'a document gains a paragraph',
			[linked('A/RES/64/180', ['pp1', 'op1', 'op2', 'op3']), corpus[1]!],
		],
		['a document gains an annex', [linked('A/RES/64/180', ['pp1', 'op1', 'op2'], 1), corpus[1]!]],
		[
			'a document is another type',
			[linked('A/RES/64/180', ['pp1', 'op1', 'op2'], 0, 'report'), corpus[1]!],
		],
		[
			'a document takes another symbol',
			[linked('A/RES/64/181', ['pp1', 'op1', 'op2']), corpus[1]!],
		],
		['a document joins the corpus', [...corpus, linked('A/RES/65/230', ['op1'])]],
		['two anchors run into one', [linked('A/RES/64/180', ['pp1', 'op1op2']), corpus[1]!]],
	])('changes when %s', (_what, changed) => {
		expect(linkDataHashOf(changed)).not.toBe(hash);
	});
});

describe('seedKeyOf', () => {
	it('depends on the texts only through their hashes', () => {
		const other = { ...seed, text: 'another text' };
		expect(seedKeyOf({ ...hashedSeedOf(other), textHash: contentHashOf(seed.text) }, 'v')).toBe(
			seedKeyOf(hashedSeedOf(seed), 'v'),
		);
	});

	const key = seedKeyOf(hashedSeedOf(seed), 'converter-1');
	it('is the same for the same seed and converter', () => {
		expect(seedKeyOf(hashedSeedOf({ ...seed }), 'converter-1')).toBe(key);
	});
	it.each<[string, string]>([
		['the seed text', seedKeyOf(hashedSeedOf({ ...seed, text: `${seed.text} ` }), 'converter-1')],
		['the seed path', seedKeyOf(hashedSeedOf({ ...seed, file: 'seeds/005.txt' }), 'converter-1')],
		[
			'the sidecar text',
			seedKeyOf(
				hashedSeedOf({
					...seed,
					sidecar: { file: 'seeds/004.meta.yml', text: 'symbol: A/67/98\n' },
				}),
				'converter-1',
			),
		],
		[
			'whether there is a sidecar',
			seedKeyOf(hashedSeedOf({ ...seed, sidecar: null }), 'converter-1'),
		],
		['the converter version', seedKeyOf(hashedSeedOf(seed), 'converter-2')],
	])('changes with %s', (_what, other) => {
		expect(other).not.toBe(key);
	});
});

describe('documentKeyOf', () => {
	it('changes with the seed key and with the corpus link data', () => {
		const key = documentKeyOf('seed-key-1', 'links-1');
		expect(documentKeyOf('seed-key-1', 'links-1')).toBe(key);
		expect(documentKeyOf('seed-key-2', 'links-1')).not.toBe(key);
		expect(documentKeyOf('seed-key-1', 'links-2')).not.toBe(key);
	});
});

describe('cachedParse', () => {
	it('gives the last parse of a seed whose seed key is unchanged', () => {
		expect(cachedParse(manifest, 'seeds/004.txt', 'seed-key-1')).toBe(parsed);
	});
	it('gives nothing for a changed seed, an unknown seed, or without a manifest', () => {
		expect(cachedParse(manifest, 'seeds/004.txt', 'seed-key-2')).toBeNull();
		expect(cachedParse(manifest, 'seeds/005.txt', 'seed-key-1')).toBeNull();
		expect(cachedParse(null, 'seeds/004.txt', 'seed-key-1')).toBeNull();
	});
});

describe('corpusEntryFrom', () => {
	it('gives linking the type, annex count and anchors of the parse', () => {
		const entry = corpusEntryFrom(parsed);
		expect([entry.documentType, entry.annexCount, [...entry.anchors]]).toEqual([
			'report',
			0,
			['para1', 'para2'],
		]);
	});
	it('gives a document without anchors none, not an empty one', () => {
		expect(corpusEntryFrom({ ...parsed, anchors: '' }).anchors.size).toBe(0);
	});
});

describe('reusableEntry', () => {
	it('gives the entry when the key matches and the files are as they were written', () => {
		expect(reusableEntry(manifest, 'seeds/004.txt', 'key-1', hashesNow)).toBe(
			manifest.documents['seeds/004.txt'],
		);
	});
	it('gives nothing without a manifest', () => {
		expect(reusableEntry(null, 'seeds/004.txt', 'key-1', hashesNow)).toBeNull();
	});
	it('gives nothing for a document the manifest does not know', () => {
		expect(reusableEntry(manifest, 'seeds/000.txt', 'key-1', hashesNow)).toBeNull();
	});
	it('gives nothing under another key', () => {
		expect(reusableEntry(manifest, 'seeds/004.txt', 'key-2', hashesNow)).toBeNull();
	});
	it('gives nothing when a file was edited by hand', () => {
		const edited = new Map(hashesNow).set('a-67-97.mdx', 'hash-of-the-edit');
		expect(reusableEntry(manifest, 'seeds/004.txt', 'key-1', edited)).toBeNull();
	});
	it('gives nothing when a file was deleted', () => {
		const deleted = new Map([['a-67-97.json', 'hash-json']]);
		expect(reusableEntry(manifest, 'seeds/004.txt', 'key-1', deleted)).toBeNull();
	});
});

describe('manifestFrom', () => {
	it('reads back a manifest written as JSON', () => {
		expect(manifestFrom(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
	});
	it.each<[string, unknown]>([
		['nothing', null],
		['an array', []],
		['another format', { ...manifest, format: 0 }],
		[
			'an entry without a key',
			{
				format: manifest.format,
				documents: { 'seeds/004.txt': { seedKey: 's', parsed, files: {}, warnings: [] } },
			},
		],
		[
			'a warning without a line',
			{
				format: manifest.format,
				documents: {
					'seeds/004.txt': {
						seedKey: 's',
						parsed,
						key: 'k',
						files: {},
						warnings: [{ file: 'f', message: 'm' }],
					},
				},
			},
		],
		[
			'a file hash that is not text',
			{
				format: manifest.format,
				documents: {
					'seeds/004.txt': { seedKey: 's', parsed, key: 'k', files: { 'a.mdx': 1 }, warnings: [] },
				},
			},
		],
		[
			'a parse summary of another document type',
			{
				format: manifest.format,
				documents: {
					'seeds/004.txt': {
						seedKey: 's',
						parsed: { ...parsed, documentType: 'letter' },
						key: 'k',
						files: {},
						warnings: [],
					},
				},
			},
		],
	])('refuses %s', (_what, value) => {
		expect(manifestFrom(value)).toBeNull();
	});
});
