/**
 * The search records: small models built by hand for each rule, and facts a reader can check in the
 * seeds (counted in the seed files, not read off our output).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	call,
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';
import type { UnDocument } from '../model.ts';
import { parseMarkdownText } from '../parse/markdown/document.ts';
import { parseSeed } from '../parse/seed.ts';
import {
	bodyFilterValue,
	congressFilterValue,
	dateSortKey,
	type SearchRecord,
	searchRecordsOf,
	wholeDocumentPart,
} from './records.ts';

/** A seed parsed as the converter parses it, with its sidecar when it has one. */
function seed(name: string): UnDocument {
	const file = `seeds/${name}`;
	const text = readFileSync(file, 'utf8');
	// parseSeed tells Markdown by a .md name, and this Markdown seed is named .txt: read it as Markdown.
	if (name.startsWith('002_')) return parseMarkdownText(text, file).document;
	const sidecarFile = file.replace(/\.txt$/, '.meta.yml');
	const sidecar = existsSync(sidecarFile)
		? { file: sidecarFile, text: readFileSync(sidecarFile, 'utf8') }
		: null;
	return parseSeed({ file, text, sidecar }).document;
}

const resolution64179 = searchRecordsOf(seed('001_c08265ac8f7350db.txt'));
const resolution65230 = searchRecordsOf(seed('003_393f743abdb401da.txt'));
const ecosoc200717 = searchRecordsOf(seed('002_21c522268fe949fa.txt'));
const report6797 = searchRecordsOf(seed('004_b0b5272844028f10.txt'));

function recordAt(records: readonly SearchRecord[], url: string): SearchRecord {
	const found = records.find((record) => record.url === url);
	if (found === undefined) throw new Error(`no record at ${url}`);
	return found;
}

describe('congressFilterValue', () => {
	it('names a congress by its ordinal, capitalised, as readers name it', () => {
		expect(congressFilterValue(13)).toBe('Thirteenth Congress');
	});
});

describe('dateSortKey', () => {
	it('sorts a year-only date after the days of an earlier year and before those of its own', () => {
		const keys = ['2012', '2010-12-21', '2012-01-05', '2009-12-18'].map(dateSortKey);
		expect([...keys].sort((a, b) => Number(a) - Number(b))).toEqual([
			'20091218',
			'20101221',
			'20120000',
			'20120105',
		]);
	});
});

describe('searchRecordsOf', () => {
	it('gives the document a record of its own at its address, first, with its title and date', () => {
		const [first] = report6797;
		expect(first?.url).toBe('/A/67/97/');
		expect(first?.filters.part).toEqual([wholeDocumentPart]);
		expect(first?.content).toContain('Follow-up to the Twelfth United Nations Congress');
		// The sidecar dates the report to 2012; the Secretary-General wrote it, for the General Assembly.
		expect(first?.filters.year).toEqual(['2012']);
		expect(first?.filters.body).toEqual(['General Assembly']);
	});

	it('gives every preambular and operative paragraph of A/RES/64/179 a record: 19 and 33 in the seed', () => {
		const anchors = resolution64179.map((record) => record.url.split('#')[1]);
		const preambular = anchors.filter((anchor) => anchor?.startsWith('pp'));
		const operative = anchors.filter((anchor) => anchor?.startsWith('op'));
		expect(preambular).toEqual(Array.from({ length: 19 }, (_, index) => `pp${index + 1}`));
		expect(operative).toEqual(Array.from({ length: 33 }, (_, index) => `op${index + 1}`));
	});

	it('files op 7 of A/RES/64/179 at its permalink, with its citation, document, date and lead phrase', () => {
		const record = recordAt(resolution64179, '/A/RES/64/179/#op7');
		expect(record.content).toContain('finalize, as soon as possible, the Santo Domingo Pact');
		expect(record.meta).toMatchObject({
			citation: 'A/RES/64/179, para. 7',
			symbol: 'A/RES/64/179',
		});
		expect(record.filters).toMatchObject({
			lead: ['Also requests'],
			part: ['operative part'],
			year: ['2009'],
		});
		expect(record.sort).toEqual({ date: '20091218' });
	});

	it('files a paragraph of an annexed declaration under the annex, with the annex citation', () => {
		const record = recordAt(resolution65230, '/A/RES/65/230/#annex-op42');
		expect(record.content).toContain('comprehensive study of the problem of cybercrime');
		expect(record.meta.citation).toBe('A/RES/65/230, annex, para. 42');
		expect(record.filters.part).toEqual(['annex']);
	});

	it('files the lead phrase of an annex paragraph that opens with one ("4. Bearing in mind …")', () => {
		expect(recordAt(resolution65230, '/A/RES/65/230/#annex-op4').filters.lead).toEqual([
			'Bearing in mind',
		]);
	});

	it('files a paragraph of a recommended draft resolution under the draft', () => {
		const record = recordAt(ecosoc200717, '/E/RES/2007/17/#draft-op7');
		expect(record.content).toContain('should not exceed eight days');
		expect(record.meta.citation).toBe('E/RES/2007/17, draft resolution, para. 7');
		expect(record.filters.part).toEqual(['draft resolution']);
		expect(record.filters.body).toEqual(['Economic and Social Council']);
	});

	it('files an item of a list in a report paragraph, found also by the words that introduce the list', () => {
		const record = recordAt(report6797, '/A/67/97/#para10-c');
		expect(record.content).toContain('such as cybercrime and trafficking in cultural property');
		expect(record.meta.citation).toBe('A/67/97, para. 10 (c)');
		expect(record.meta.context).toContain('considered in workshops');
		expect(record.filters.part).toEqual(['report paragraphs']);
	});

	it('gives a footnote a record with its text ("3 Ibid., vol. 2349, No. 42146.")', () => {
		const record = recordAt(resolution64179, '/A/RES/64/179/#fn3');
		expect(record.content).toBe('Ibid., vol. 2349, No. 42146.');
		expect(record.filters.part).toEqual(['footnotes']);
	});

	it('files a paragraph under the congress its document’s title names and the one its own words name', () => {
		// A/RES/65/230 is on the Twelfth Congress; its op 16 welcomes Qatar's offer to host the Thirteenth.
		expect(recordAt(resolution65230, '/A/RES/65/230/#op16').filters.congress).toEqual([
			'Twelfth Congress',
			'Thirteenth Congress',
		]);
		expect(recordAt(resolution65230, '/A/RES/65/230/#op7').filters.congress).toEqual([
			'Twelfth Congress',
		]);
	});

	it('files a document under every congress its title or text names', () => {
		// A/RES/64/179 names no congress in its title; its op 22 asks States to attend the Twelfth.
		expect(resolution64179[0]?.filters.congress).toEqual(['Twelfth Congress']);
		expect(recordAt(resolution64179, '/A/RES/64/179/#op7').filters.congress).toEqual([]);
	});

	it('leaves footnote calls out of a paragraph’s words', () => {
		const document = resolutionDocument([
			resolutionPart(
				[
					paragraph(
						'preambular',
						1,
						[run('Recalling the Convention,'), call(1), run('and')],
						'Recalling',
					),
				],
				[],
			),
		]);
		expect(recordAt(searchRecordsOf(document), '/A/RES/99/1/#pp1').content).toBe(
			'Recalling the Convention, and',
		);
	});

	it('gives no record to a passage without words', () => {
		const document = resolutionDocument([resolutionPart([], [paragraph('operative', 1, [])])]);
		expect(searchRecordsOf(document).map((record) => record.url)).toEqual(['/A/RES/99/1/']);
	});

	it('gives a nested item the words of every list level above it', () => {
		const outer = paragraph('operative', 5, [run('Requests the following:')], 'Requests');
		const item = {
			label: 'a',
			printedLabel: '(a)',
			content: [run('studies on:')],
			at: { line: 90, column: 1 },
			items: [],
		};
		const inner = {
			label: 'i',
			printedLabel: '(i)',
			content: [run('piracy;')],
			at: { line: 91, column: 1 },
			items: [],
		};
		const document = resolutionDocument([
			resolutionPart([], [{ ...outer, items: [{ ...item, items: [inner] }] }]),
		]);
		const record = recordAt(searchRecordsOf(document), '/A/RES/99/1/#op5-a-i');
		expect(record.meta.context).toBe('Requests the following: studies on:');
		expect(record.meta.citation).toBe('A/RES/99/1, para. 5 (a) (i)');
	});

	it('gives a passage no searchable words of its document’s title or date, only its own and its citation', () => {
		// Pagefind searches every metadata field: the title's "Criminal Justice" and the date's 2009
		// would make every paragraph of A/RES/64/179 match "criminal justice" or "18 December 2009".
		for (const record of resolution64179.slice(1)) {
			const { title, citation, symbol, context, acronyms, ...rest } = record.meta;
			expect(rest).toEqual({});
			expect([title, citation, symbol, context ?? '', acronyms ?? ''].join(' ')).not.toMatch(
				/Programme|2009/,
			);
		}
	});

	it('finds a passage by the acronym of a name it spells out', () => {
		const record = recordAt(resolution64179, '/A/RES/64/179/#op7');
		expect(record.content).toContain('United Nations Office on Drugs and Crime');
		expect(record.meta.acronyms).toBe('UNODC');
		expect(recordAt(resolution65230, '/A/RES/65/230/#op16').meta.acronyms).toBeUndefined();
	});
});

describe('the addressee filter', () => {
	it('files A/RES/64/179 op 25 under the Office it requests and the Member States it invites', () => {
		// "Reiterates its request to the United Nations Office on Drugs and Crime to enhance … and
		// invites Member States to provide the Office with appropriate resources"
		expect(recordAt(resolution64179, '/A/RES/64/179/#op25').filters.addressee).toEqual([
			'the United Nations Office on Drugs and Crime',
			'Member States',
		]);
	});

	it('files no addressee for a paragraph that asks no one ("Takes note with appreciation")', () => {
		expect(recordAt(resolution64179, '/A/RES/64/179/#op1').filters.addressee).toBeUndefined();
	});

	it('files no addressee for a preambular paragraph, whatever its words', () => {
		expect(recordAt(resolution64179, '/A/RES/64/179/#pp1').filters.addressee).toBeUndefined();
	});

	it('leaves out an addressee the controlled list does not know', () => {
		// "Requests the open-ended intergovernmental expert groups established pursuant to paragraphs 9 and 10 above"
		expect(recordAt(resolution65230, '/A/RES/65/230/#op11').filters.addressee).toBeUndefined();
	});

	it('files the paragraphs of a recommended draft under whom the draft asks', () => {
		expect(recordAt(ecosoc200717, '/E/RES/2007/17/#draft-op5').filters.addressee).toEqual([
			'the Secretary-General',
			'Member States',
		]);
	});
});

describe('bodyFilterValue', () => {
	it('files a resolution under the body that adopted it', () => {
		expect(
			bodyFilterValue({
				symbol: 'E/RES/2007/17',
				body: 'Economic and Social Council',
				documentType: 'resolution',
			}),
		).toBe('Economic and Social Council');
	});

	it('files a report under the body it is issued to, not its author', () => {
		expect(
			bodyFilterValue({ symbol: 'A/67/97', body: 'Secretary-General', documentType: 'report' }),
		).toBe('General Assembly');
	});
});
