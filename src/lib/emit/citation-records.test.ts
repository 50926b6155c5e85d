import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { bibtexOf, cslItemOf, cslJsonOf, risOf, type CslItem } from './citation-records.ts';

const resolution = cslItemOf({
	symbol: 'A/RES/64/180',
	body: 'General Assembly',
	documentType: 'resolution',
	title:
		'Twelfth United Nations Congress on Crime Prevention and Criminal Justice & “the Salvador Declaration” {sic}',
	date: '2009-12-18',
});
const report = cslItemOf({
	symbol: 'A/67/97',
	body: 'Secretary-General',
	documentType: 'report',
	title:
		'Follow-up to the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
	date: '2012',
});

/** What a reference manager reads back from a record: the fields a citation is made of. */
function readBack(written: string) {
	const [item] = new Cite(written).data;
	const author = (item?.['author'] as { literal?: string; family?: string }[] | undefined)?.[0];
	return {
		title: item?.['title'],
		author: author?.literal ?? author?.family,
		issued: item?.['issued'],
		number: item?.['number'],
		URL: item?.['URL'],
	};
}

function fieldsOf(item: CslItem) {
	return {
		title: item.title,
		author: item.author[0]?.literal,
		issued: item.issued,
		number: item.number,
		URL: item.URL,
	};
}

describe('cslItemOf', () => {
	it('makes the body the author, the symbol the number and the official record the address', () => {
		expect(fieldsOf(resolution)).toEqual({
			title: resolution.title,
			author: 'General Assembly',
			issued: { 'date-parts': [[2009, 12, 18]] },
			number: 'A/RES/64/180',
			URL: 'https://undocs.org/A/RES/64/180',
		});
		expect(report.type).toBe('report');
		expect(report.issued).toEqual({ 'date-parts': [[2012]] });
	});
});

describe.each([
	['RIS', risOf],
	['BibLaTeX', bibtexOf],
	['CSL-JSON', cslJsonOf],
])('%s', (_format, write) => {
	it.each([
		['a resolution', resolution],
		['a year-only report', report],
	])('reads back to the same title, author, date, number and address for %s', (_kind, item) => {
		expect(readBack(write(item))).toEqual(fieldsOf(item));
	});
});

describe('risOf', () => {
	it('keeps each value on its one line, however long', () => {
		const lines = risOf(resolution).split('\n');
		expect(lines[0]).toBe('TY  - LEGAL');
		expect(lines).toContain(`TI  - ${resolution.title}`);
		expect(lines.at(-2)).toBe('ER  - ');
		expect(lines.every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
	});
});
