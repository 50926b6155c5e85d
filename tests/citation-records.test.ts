/**
 * Every document's records for reference managers, the five seeds and every real resolution of
 * tests/fixtures/ga-80/ the converter accepts: each written as RIS, BibLaTeX and CSL-JSON and read
 * back by citation-js to the title, author, date, symbol and address the document's model gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../scripts/content-io.ts';
import { officialRecordUrl } from '../src/lib/contract.ts';
import { bibtexOf, cslItemOf, cslJsonOf, risOf } from '../src/lib/emit/citation-records.ts';
import type { UnDocument } from '../src/lib/model.ts';
import { ParseError } from '../src/lib/parse/error.ts';
import { parseSeed } from '../src/lib/parse/seed.ts';

const seeds = (await readSeeds('seeds')).map((seed) => parseSeed(seed).document);
const directory = 'tests/fixtures/ga-80';
const extractions = readdirSync(directory)
	.filter((name) => name !== 'README.md')
	.flatMap((name): UnDocument[] => {
		const text = readFileSync(`${directory}/${name}`, 'utf8');
		try {
			return [parseSeed({ file: `${directory}/${name}`, text, sidecar: null }).document];
		} catch (error) {
			if (error instanceof ParseError) return [];
			throw error;
		}
	});

/** A title as ASCII BibTeX can spell it: no-break spaces and hyphens as plain ones. */
function inAscii(title: string): string {
	return title.replace(/\p{Zs}/gu, ' ').replace(/[\u2010\u2011]/g, '-');
}
const asPrinted = (title: string) => title;

describe.each([
	['RIS', risOf, asPrinted],
	['BibLaTeX', bibtexOf, inAscii],
	['CSL-JSON', cslJsonOf, asPrinted],
])('%s records', (_format, write, spelled) => {
	it('read back to each document’s metadata, for the seeds and the real corpus', () => {
		const documents = [...seeds, ...extractions];
		expect(extractions.length).toBeGreaterThan(0);
		for (const { meta } of documents) {
			const [item] = new Cite(write(cslItemOf(meta))).data;
			const author = (item?.['author'] as { literal?: string; family?: string }[])[0];
			expect(
				{
					title: item?.['title'],
					author: author?.literal ?? author?.family,
					issued: item?.['issued'],
					number: item?.['number'],
					URL: item?.['URL'],
				},
				meta.symbol,
			).toEqual({
				title: spelled(meta.title),
				author: meta.body,
				issued: { 'date-parts': [meta.date.split('-').map(Number)] },
				number: meta.symbol,
				URL: officialRecordUrl(meta.symbol),
			});
		}
	});
});
