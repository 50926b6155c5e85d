import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { odsResolution } from '../../../tests/fixtures/ods/support.ts';
import { ParseError } from './error.ts';
import { parseCorpus, parseSeed, seedShapeOf, type SeedFile } from './seed.ts';

const odsSeedFile = 'seeds/000_173b05c339677b1f.txt';
const odsSeed = readFileSync(odsSeedFile, 'utf8');
const markdownSeed = readFileSync('seeds/002_21c522268fe949fa.txt', 'utf8');
const pdfSeed = readFileSync('seeds/004_b0b5272844028f10.txt', 'utf8');

/** A report's sidecar that gives what a small PDF text lacks. */
const reportSidecar = {
	file: 'r.meta.yml',
	text: 'symbol: A/67/97\nbody: Secretary-General\ntitle: A report\ndate: 2012\n',
};

const seed = (file: string, text: string, sidecar: SeedFile['sidecar'] = null): SeedFile => ({
	file,
	text,
	sidecar,
});

/** The message of the ParseError a call throws: `file:line: what is wrong`. */
function errorOf(parse: () => unknown): string {
	try {
		parse();
	} catch (error) {
		if (error instanceof ParseError) return error.message;
		throw error;
	}
	throw new Error('expected a ParseError');
}

describe('seedShapeOf', () => {
	it('knows each seed’s shape from its text', () => {
		expect(seedShapeOf(odsSeed, 'a.txt')).toBe('ods');
		expect(seedShapeOf(markdownSeed, 'a.txt')).toBe('markdown');
		expect(seedShapeOf(pdfSeed, 'a.txt')).toBe('pdf-text');
	});

	it('takes a .md file for Markdown whatever its text', () => {
		expect(seedShapeOf('', 'a.md')).toBe('markdown');
	});
});

describe('parseSeed', () => {
	it('refuses an empty file in every shape, naming file and line', () => {
		expect(errorOf(() => parseSeed(seed('a.txt', '')))).toBe('a.txt:1: the file is empty');
		expect(errorOf(() => parseSeed(seed('a.md', '\n\n')))).toBe('a.md:1: the file is empty');
		expect(errorOf(() => parseSeed(seed('a.txt', '[DU1]\n\n')))).toMatch(
			/^a\.txt:1: not in ODS shape: expected "Resolution adopted by the …"/,
		);
	});

	it('refuses a binary file in every shape, naming the line of the first byte that is not text', () => {
		const zip = 'PK\u0003\u0004\u0014\u0000\u0006\u0000';
		expect(errorOf(() => parseSeed(seed('a.txt', `Some text\n${zip}`)))).toBe(
			'a.txt:2: binary data, not text extracted from a PDF',
		);
		expect(errorOf(() => parseSeed(seed('a.md', `## A heading\n${zip}`)))).toBe(
			'a.md:2: binary data, not Markdown text',
		);
		expect(errorOf(() => parseSeed(seed('a.txt', `[DU1]\n${zip}`)))).toBe(
			'a.txt:2: the seed is binary, not text: it holds a NUL character',
		);
	});

	it('refuses text in no shape a parser knows', () => {
		const prose = 'Dear Sir,\n\nI write to you about the weather.\n';
		expect(errorOf(() => parseSeed(seed('a.txt', prose, reportSidecar)))).toMatch(
			/^a\.txt:[1-3]: no numbered paragraph "1\." found: not a report as text extracted from a PDF$/,
		);
		expect(errorOf(() => parseSeed(seed('a.md', prose)))).toMatch(
			/^a\.md:1: no opening line such as "\*The General Assembly,\*"/,
		);
		expect(errorOf(() => parseSeed(seed('a.txt', `[DU1]\n${prose}`)))).toBe(
			'a.txt:2: not in ODS shape: expected "Resolution adopted by the …" at the top',
		);
	});

	it('names the sidecar, its line and the keys allowed when it holds an unknown key', () => {
		const sidecar = { file: 'a.meta.yml', text: 'symbol: A/RES/64/180\nsesion: 64\n' };
		expect(errorOf(() => parseSeed(seed('a.txt', odsSeed, sidecar)))).toMatch(
			/^a\.meta\.yml:2: unknown key "sesion"/,
		);
	});

	it('names the sidecar and its line when it holds a bad date', () => {
		const sidecar = { file: 'a.meta.yml', text: 'session: 64\ndate: 2009-02-30\n' };
		expect(errorOf(() => parseSeed(seed('a.txt', odsSeed, sidecar)))).toBe(
			'a.meta.yml:2: date "2009-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
		);
		const printed = { file: 'b.meta.yml', text: 'distributionDate: 26 March 2010\n' };
		expect(errorOf(() => parseSeed(seed('b.md', markdownSeed, printed)))).toMatch(
			/^b\.meta\.yml:1: distributionDate "26 March 2010" is not a date/,
		);
	});

	it('names the seed and the line of a bad date in a metadata block at its top, in Markdown and PDF text', () => {
		const block = '---\nsymbol: A/67/97\ndate: 2012-06-31\n---\n';
		expect(errorOf(() => parseSeed(seed('a.md', `${block}*The General Assembly,*`)))).toBe(
			'a.md:3: date "2012-06-31" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
		);
		expect(errorOf(() => parseSeed(seed('a.txt', `${block}1. A paragraph.`)))).toBe(
			'a.txt:3: date "2012-06-31" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
		);
	});

	it('lets a sidecar beside an ODS or a Markdown seed win where both speak', () => {
		const sidecar = { file: 'a.meta.yml', text: 'agendaItem: "105"\n' };
		expect(parseSeed(seed('a.txt', odsSeed, sidecar)).document.meta.agendaItem).toBe('105');
		expect(parseSeed(seed('b.md', markdownSeed, sidecar)).document.meta.agendaItem).toBe('105');
	});
});

describe('parseCorpus', () => {
	it('refuses two seeds with the same symbol, naming the second, the line of its symbol and the first', () => {
		const seeds = [seed(odsSeedFile, odsSeed), seed('seeds/009_copy.txt', odsSeed)];
		expect(errorOf(() => parseCorpus(seeds))).toBe(
			`seeds/009_copy.txt:43: symbol A/RES/64/180 is already the symbol of ${odsSeedFile}`,
		);
	});

	it('refuses two seeds of different shapes with the same symbol', () => {
		const markdown = [
			'## General Assembly Resolution 64/180',
			'### **A title**',
			'*The General Assembly,*',
			'1. *Decides*.',
			'*65th plenary meeting*  \n*18 December 2009*',
		].join('\n\n');
		const seeds = [seed('a.txt', odsSeed), seed('b.md', markdown)];
		expect(errorOf(() => parseCorpus(seeds))).toBe(
			'b.md:1: symbol A/RES/64/180 is already the symbol of a.txt',
		);
	});

	it('refuses a symbol that only a sidecar gives, when another seed has it', () => {
		const sidecar = { file: 'b.meta.yml', text: 'symbol: A/RES/64/180\n' };
		const other = odsResolution(['\t1.\tDecides.'], { trailer: [] }).replace('64/180', '64/181');
		const seeds = [seed('a.txt', odsSeed), seed('b.txt', other, sidecar)];
		expect(errorOf(() => parseCorpus(seeds))).toMatch(
			/^b\.txt:\d+: symbol A\/RES\/64\/180 is already the symbol of a\.txt$/,
		);
	});

	it('reads every seed of a corpus and gathers their warnings', () => {
		const quiet = seed('a.txt', odsSeed);
		const odd = seed(
			'b.txt',
			odsResolution(['\t1.\tDecides.'], { trailer: [] }).replace('64/180', '64/181'),
		);
		const { document, warnings } = parseCorpus([quiet, odd]);
		expect(document.map((parsed) => parsed.meta.symbol)).toEqual(['A/RES/64/180', 'A/RES/64/181']);
		expect(warnings.map((warning) => warning.file)).toEqual(['b.txt', 'b.txt']);
	});
});
