import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectFaithful, paragraphsAsRead } from '../../../../tests/fixtures/pdf-text/faithful.ts';
import { plainText } from '../../inline.ts';
import type { Inline } from '../../model.ts';
import { joinWrappedLines } from './lines.ts';
import { parsePdfText } from './document.ts';
import { parseSidecar } from '../sidecar.ts';

// The fixtures are the seed A/67/97 as PDFs print it: in pages, with mastheads, running heads,
// page and job numbers, bar codes, footnotes, columns or a metadata block.
const fixture = (name: string): string => readFileSync(`tests/fixtures/pdf-text/${name}`, 'utf8');
const seedSidecar = parseSidecar(
	readFileSync('seeds/004_b0b5272844028f10.meta.yml', 'utf8'),
	'x.meta.yml',
);
const seed = parsePdfText(
	readFileSync('seeds/004_b0b5272844028f10.txt', 'utf8'),
	'seed.txt',
	seedSidecar,
).document;

const calls = (content: readonly Inline[]) =>
	content.filter((inline) => inline.kind === 'footnote-call');

describe('parsePdfText on the same report as printed in pages', () => {
	const text = fixture('a-67-97-paged.txt');
	const { document, warnings } = parsePdfText(text, 'a-67-97-paged.txt');

	it('reads the symbol, date, session, agenda item and job number from the masthead, with no sidecar', () => {
		expect(document.meta).toMatchObject({
			symbol: 'A/67/97',
			body: 'Secretary-General',
			date: '2012-06-22',
			distributionDate: '2012-06-22',
			session: 67,
			agendaItem: '104',
			jobNumber: '12-38888',
		});
	});

	it('reads the same paragraphs as the unpaged seed, furniture and footnotes left out', () => {
		expect(paragraphsAsRead(document)).toEqual(paragraphsAsRead(seed));
		expect(plainText(document.report?.summary ?? [])).toBe(plainText(seed.report?.summary ?? []));
	});

	it('sets running heads, page numbers, job numbers and the bar code aside as page furniture', () => {
		const furniture = document.setAside
			.filter((piece) => piece.rule === 'page-furniture')
			.map((piece) => piece.what);
		expect(furniture.filter((what) => what === 'running head')).toHaveLength(4);
		expect(furniture.filter((what) => what === 'page number')).toHaveLength(4);
		expect(furniture).toContain('bar code');
		expect(document.setAside).toContainEqual({
			rule: 'metadata',
			what: 'job number',
			text: '12-38888 (E)',
			at: { line: 41, column: 1 },
		});
	});

	it('reads the two footnotes under their rules', () => {
		expect(
			document.footnotes.map((footnote) => [footnote.number, plainText(footnote.content)]),
		).toEqual([
			[1, 'General Assembly resolution 65/230, annex; adopted on 21 December 2010.'],
			[2, 'See E/CN.15/2012/25, chap. I, sect. A.'],
		]);
	});

	it('reads the calls glued to the text, in paragraphs 1 and 6', () => {
		expect(calls(document.report?.paragraphs[0]?.content ?? [])).toEqual([
			{ kind: 'footnote-call', footnote: 1, occurrence: 1, at: { line: 54, column: 76 } },
		]);
		expect(
			calls(document.report?.paragraphs[5]?.content ?? []).map((call) => call.footnote),
		).toEqual([2]);
	});

	it('sets the asterisk note on the agenda item aside with the masthead', () => {
		expect(document.setAside).toContainEqual({
			rule: 'metadata',
			what: 'note',
			text: '* A/67/50.',
			at: { line: 39, column: 1 },
		});
	});

	it('lets the sidecar win over the masthead', () => {
		expect(parsePdfText(text, 'x.txt', { date: '2012' }).document.meta.date).toBe('2012');
	});

	it('holds every word, each at its place', () => {
		expectFaithful(document, text);
		expect(warnings).toEqual([]);
	});
});

describe('parsePdfText on the report laid out in columns', () => {
	const text = fixture('a-67-97-layout.txt');
	const { document } = parsePdfText(text, 'a-67-97-layout.txt');

	it('reads the masthead column by column', () => {
		expect(document.meta).toMatchObject({ symbol: 'A/67/97', date: '2012-06-22', session: 67 });
		expect(document.setAside).toContainEqual({
			rule: 'metadata',
			what: 'distribution',
			text: 'Distr.: General',
			at: { line: 3, column: 63 },
		});
	});

	it('reads the same paragraphs as the seed', () => {
		expect(paragraphsAsRead(document)).toEqual(paragraphsAsRead(seed));
	});

	it('sets a footer’s page number and job number aside apart', () => {
		expect(
			document.setAside
				.filter((piece) => piece.at.line === 92)
				.map((piece) => [piece.what, piece.text]),
		).toEqual([
			['page number', '2/5'],
			['job number', '12-38888'],
		]);
	});

	it('holds every word, each at its place', () => {
		expectFaithful(document, text);
	});
});

describe('parsePdfText on the report with a metadata block and no form feeds', () => {
	const text = fixture('a-67-97-metadata-block.txt');
	const { document } = parsePdfText(text, 'a-67-97-metadata-block.txt');

	it('reads the block as a sidecar and sets it aside as metadata', () => {
		expect(document.meta).toMatchObject({
			symbol: 'A/67/97',
			date: '2012-06-22',
			session: 67,
			documentType: 'report',
		});
		expect(document.setAside.filter((piece) => piece.what === 'metadata block')).toHaveLength(8);
	});

	it('lets the sidecar beside the seed win over the block', () => {
		expect(parsePdfText(text, 'x.txt', { date: '2012', session: 68 }).document.meta).toMatchObject({
			date: '2012',
			session: 68,
		});
	});

	it('joins a title wrapped at a hyphen without a space', () => {
		expect(document.meta.title).toMatch(/^Follow-up to the Twelfth United Nations Congress/);
	});

	it('keeps the hyphen of "Secretary-General" where a line wrapped at it', () => {
		const runs = (document.report?.paragraphs[2]?.content ?? []).flatMap((inline) =>
			inline.kind === 'text' ? [inline.text] : [],
		);
		expect(runs).toContain('Criminal Justice, and requested the Secretary-');
		expect(joinWrappedLines(runs)).toContain('requested the Secretary-General to report');
	});

	it('sets page numbers and running heads aside, the date beside the symbol too', () => {
		const what = document.setAside
			.filter((piece) => piece.rule === 'page-furniture')
			.map((piece) => piece.text);
		expect(what).toEqual([
			'Page 1',
			'A/67/97',
			'22 June 2012',
			'Page 2',
			'A/67/97',
			'22 June 2012',
			'Page 3',
			'A/67/97',
			'22 June 2012',
			'Page 4',
		]);
		expect(paragraphsAsRead(document).slice(3)).toEqual(paragraphsAsRead(seed).slice(3));
	});

	it('holds every word, each at its place', () => {
		expectFaithful(document, text);
	});
});

describe('parsePdfText on the seed as other extractions write it', () => {
	const seedText = readFileSync('seeds/004_b0b5272844028f10.txt', 'utf8');

	it.each([
		[
			'with no blank lines at all',
			seedText
				.split('\n')
				.filter((line) => line.trim() !== '')
				.join('\n'),
		],
		['with Windows line ends', seedText.replace(/\n/g, '\r\n')],
		['indented, with a form feed at the end', `${seedText.replace(/^/gm, '    ')}\f`],
	])('reads the same report %s', (_, text) => {
		const { document, warnings } = parsePdfText(text, 'x.txt', seedSidecar);
		expect(document.meta.title).toBe(seed.meta.title);
		expect(document.report?.heading?.text).toBe('Report of the Secretary-General');
		expect(paragraphsAsRead(document)).toEqual(paragraphsAsRead(seed));
		expect(warnings).toEqual([]);
		expectFaithful(document, text);
	});
});
