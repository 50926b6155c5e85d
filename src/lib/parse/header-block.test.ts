import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from './error.ts';
import { headerBlockOf, headerDisagreements } from './header-block.ts';
import { parseSeed } from './seed.ts';

// The header the extraction pipeline of tests/fixtures/ga-80/ writes, as it writes it.
const pipelineHeader = [
	'---',
	'symbol: A/RES/64/3',
	'record_id: "4094779"',
	'title: "Observer status for the Global Fund :"',
	'date: "2009-10-23"',
	'language: EN',
	'source_pdf: https://digitallibrary.un.org/record/4094779/files/A_RES_64_3-EN.pdf',
	'extract_version: "1.0.0"',
	'---',
];

function refusalOf(lines: string[]): ParseError {
	try {
		headerBlockOf(lines, 'x.md');
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
	throw new Error('the block was read');
}

describe('headerBlockOf', () => {
	it('keeps another pipeline’s keys as provenance, as written, and reads its symbol', () => {
		const header = headerBlockOf([...pipelineHeader, 'United Nations'], 'x.md');
		expect(header.meta).toEqual({ symbol: 'A/RES/64/3' });
		expect(header.provenance).toEqual({
			record_id: '4094779',
			title: 'Observer status for the Global Fund :',
			date: '2009-10-23',
			language: 'EN',
			source_pdf: 'https://digitallibrary.un.org/record/4094779/files/A_RES_64_3-EN.pdf',
			extract_version: '1.0.0',
		});
		expect(header.end).toBe(pipelineHeader.length);
	});

	it('sets every line of the block aside as metadata, at its line', () => {
		const header = headerBlockOf(pipelineHeader, 'x.md');
		expect(header.setAside.map((piece) => [piece.at.line, piece.text])).toEqual(
			pipelineHeader.map((line, index) => [index + 1, line]),
		);
	});

	it('never refuses a key it does not know', () => {
		const header = headerBlockOf(['---', 'pipeline: another', 'pages: 3', '---'], 'x.md');
		expect(header.provenance).toEqual({ pipeline: 'another', pages: '3' });
	});

	it('reads the project’s own block as strictly as a sidecar', () => {
		expect(headerBlockOf(['---', 'symbol: A/67/97', "date: '2012'", '---'], 'x.md')).toMatchObject({
			meta: { symbol: 'A/67/97', date: '2012' },
			provenance: null,
		});
		expect(refusalOf(['---', 'symbol: A/67/97', 'date: 12 June', '---']).line).toBe(3);
	});

	it('refuses a misspelt key of the project’s own, naming the key it means', () => {
		const error = refusalOf(['---', 'symbol: A/67/97', 'documenttype: report', '---']);
		expect([error.line, error.reason]).toEqual([
			3,
			expect.stringMatching(/^unknown key "documenttype" \(did you mean "documentType"\?\)/),
		]);
	});

	it('refuses a symbol that is not a UN document symbol, even in another pipeline’s block', () => {
		expect(refusalOf(['---', 'symbol: not a symbol', 'record_id: 1', '---']).line).toBe(2);
	});

	it('refuses a block that is never closed', () => {
		expect(refusalOf(['---', 'record_id: 1', 'United Nations']).reason).toMatch(/never closed/);
	});

	it('finds no block where the text does not open with one', () => {
		expect(headerBlockOf(['United Nations', '---'], 'x.md')).toEqual({
			meta: {},
			provenance: null,
			setAside: [],
			end: 0,
		});
	});
});

describe('parseSeed with another pipeline’s header', () => {
	const body = readFileSync('tests/fixtures/pdf-text/a-res-64-3-one-page.txt', 'utf8');
	const seed = (header: string[]) => ({
		file: 'x.txt',
		text: [...header, body].join('\n'),
		sidecar: null,
	});

	it('keeps the header as the document’s provenance', () => {
		const { document } = parseSeed(seed(pipelineHeader));
		expect(document.provenance?.['record_id']).toBe('4094779');
		expect(document.provenance?.['source_pdf']).toMatch(/A_RES_64_3-EN\.pdf$/);
	});

	it('keeps the printed title and date, and warns where the header says otherwise', () => {
		const result = parseSeed(seed(pipelineHeader));
		const printed = parseSeed({ file: 'x.txt', text: body, sidecar: null }).document.meta;
		expect(result.document.meta.title).toBe(printed.title);
		expect(result.document.meta.date).toBe(printed.date);
		expect(result.warnings.map((warning) => warning.line)).toContain(4);
	});
});

describe('headerDisagreements', () => {
	it('warns at the header’s symbol line where the header names another symbol than the text prints', () => {
		const file = 'tests/fixtures/ga-80/A_RES_80_10.v1.1.0.md';
		const text = readFileSync(file, 'utf8').replace('symbol: A/RES/80/10', 'symbol: A/RES/80/11');
		const { document, warnings } = parseSeed({ file, text, sidecar: null });
		expect(document.meta.symbol).toBe('A/RES/80/10');
		expect(warnings).toContainEqual({
			file,
			line: 2,
			message: "the header's symbol A/RES/80/11 is not the printed symbol A/RES/80/10",
		});
	});

	const document = parseSeed({
		file: 'x.txt',
		text: readFileSync('tests/fixtures/pdf-text/a-res-64-3-one-page.txt', 'utf8'),
		sidecar: null,
	}).document;
	const withHeader = (title: string) => {
		const lines = ['---', 'record_id: 1', `title: "${title}"`, '---'];
		return headerDisagreements(document, headerBlockOf(lines, 'x.md'), {
			file: 'x.md',
			text: lines.join('\n'),
		});
	};

	it('says nothing where the catalogue title is the printed one but for its colon and quotes', () => {
		expect(withHeader(`${document.meta.title.replace(/’/g, "'")} :`)).toEqual([]);
	});

	it('warns at the title’s line where the titles differ', () => {
		expect(withHeader('Another title')).toEqual([
			{
				file: 'x.md',
				line: 3,
				message: `the header's title "Another title" is not the printed title "${document.meta.title}"; the printed one is kept`,
			},
		]);
	});
});
