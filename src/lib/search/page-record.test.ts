/**
 * A document's search record: one page whose passages carry their anchors and data, read back as
 * the search page reads them. Facts from the seeds (counted in the seed files).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse/seed.ts';
import { passageDataFromId, passageDataId, type PassageData, searchPageOf } from './page-record.ts';

const resolution64179 = parseSeed({
	file: 'seeds/001_c08265ac8f7350db.txt',
	text: readFileSync('seeds/001_c08265ac8f7350db.txt', 'utf8'),
	sidecar: null,
}).document;
const report6797 = parseSeed({
	file: 'seeds/004_b0b5272844028f10.txt',
	text: readFileSync('seeds/004_b0b5272844028f10.txt', 'utf8'),
	sidecar: {
		file: 'seeds/004_b0b5272844028f10.meta.yml',
		text: readFileSync('seeds/004_b0b5272844028f10.meta.yml', 'utf8'),
	},
}).document;
const page = searchPageOf(resolution64179);

/** The data of every passage of a page, in the order of the page, read from its ids. */
function passagesOf(content: string): PassageData[] {
	return [...content.matchAll(/<span id="([^"]*)">/g)].flatMap(([, id]) => {
		const data = passageDataFromId((id ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
		return data === null ? [] : [data];
	});
}

function filterValues(content: string, name: string): string[] {
	return [
		...content.matchAll(
			new RegExp(`data-pagefind-filter="${name}\\[content\\]" content="([^"]*)"`, 'g'),
		),
	].map(([, value]) => value ?? '');
}

describe('searchPageOf', () => {
	it('gives a document one page at its address', () => {
		expect(page.url).toBe('/A/RES/64/179/');
	});

	it('opens the page with the whole document, then every paragraph in reading order: 19 preambular and 33 operative in the seed', () => {
		const anchors = passagesOf(page.content).map(({ anchor }) => anchor);
		expect(anchors[0]).toBe('');
		const paragraphs = anchors.filter((anchor) => /^(pp|op)\d+$/.test(anchor));
		expect(paragraphs).toEqual([
			...Array.from({ length: 19 }, (_, index) => `pp${index + 1}`),
			...Array.from({ length: 33 }, (_, index) => `op${index + 1}`),
		]);
	});

	it('carries each passage’s citation and its own filter values', () => {
		const op7 = passagesOf(page.content).find(({ anchor }) => anchor === 'op7');
		expect(op7?.citation).toBe('A/RES/64/179, para. 7');
		expect(op7?.filters.part).toEqual(['operative part']);
		expect(op7?.filters.lead).toEqual(['Also requests']);
	});

	it('files the page under every value any of its passages has, and under its document once', () => {
		expect(filterValues(page.content, 'document')).toEqual(['A/RES/64/179']);
		expect(filterValues(page.content, 'part')).toEqual(
			expect.arrayContaining(['whole document', 'preamble', 'operative part', 'footnotes']),
		);
		expect(filterValues(page.content, 'lead')).toEqual(
			expect.arrayContaining(['Urges', 'Requests']),
		);
	});

	it('names the paragraph an item stands in, whose words introduce it: A/67/97 para 10 (c)', () => {
		const passages = passagesOf(searchPageOf(report6797).content);
		expect(passages.find(({ anchor }) => anchor === 'para10-c')?.parent).toBe('para10');
		expect(passages.find(({ anchor }) => anchor === 'para10')?.parent).toBeUndefined();
	});

	it('keeps the passages’ words out of the page’s metadata, which Pagefind would search', () => {
		expect(page.content).not.toMatch(/data-pagefind-meta="passages/);
	});
});

describe('passageDataId', () => {
	it('gives an id without white space, which Pagefind would drop, that reads back the same', () => {
		const data: PassageData = {
			anchor: 'op7',
			citation: 'A/RES/64/179, para. 7',
			filters: { addressee: ['the Secretary-General'] },
		};
		const id = passageDataId(data);
		expect(id).not.toMatch(/\s/);
		expect(passageDataFromId(id)).toEqual(data);
	});

	it('reads no data from an id that is not one', () => {
		expect(passageDataFromId('op7')).toBeNull();
	});
});
