import { describe, expect, it } from 'vitest';
import type { SeedLine } from './lines.ts';
import { odsTrailerOf } from './trailer.ts';

const linesOf = (...texts: string[]): SeedLine[] =>
	texts.map((text, index) => ({ line: 60 + index, text }));

describe('odsTrailerOf', () => {
	const warnings: string[] = [];
	const trailer = odsTrailerOf(
		linesOf(
			'[DU1]<<ODS JOB NO>>N0947263E<<ODS JOB NO>>',
			'<<ODS DOC SYMBOL1>>A/RES/64/180<<ODS DOC SYMBOL1>>',
			'<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>',
			'_______________',
			'    ',
			'3',
			'United NationsA/RES/64/180General AssemblyDistr.: General',
			'26 March 2010Sixty-fourth session',
			'Agenda item 104',
			'09-47263',
			'*0947263*',
			'A/RES/64/180',
			'09-47263',
		),
		(line, message) => warnings.push(`${line}: ${message}`),
	);

	it('reads the metadata ODS and the masthead print', () => {
		expect(trailer).toMatchObject({
			symbol: 'A/RES/64/180',
			mastheadSymbol: 'A/RES/64/180',
			mastheadBody: 'General Assembly',
			session: 64,
			agendaItem: '104',
			distributionDate: '2010-03-26',
			jobNumber: '09-47263',
			odsJobNumber: 'N0947263E',
		});
		expect(warnings).toEqual([]);
	});

	it('sets aside the masthead glued into one line piece by piece, each at its column', () => {
		expect(
			trailer.setAside
				.filter((piece) => piece.at.line === 66)
				.map(({ rule, what, text, at }) => [rule, what, text, at.column]),
		).toEqual([
			['page-furniture', 'masthead', 'United Nations', 1],
			['metadata', 'symbol', 'A/RES/64/180', 15],
			['metadata', 'body', 'General Assembly', 27],
			['page-furniture', 'distribution', 'Distr.: General', 43],
		]);
	});

	it('sets aside the ODS markers and the job number between them', () => {
		expect(
			trailer.setAside
				.filter((piece) => piece.at.line === 60)
				.map(({ rule, text, at }) => [rule, text, at.column]),
		).toEqual([
			['ods-marker', '[DU1]', 1],
			['ods-marker', '<<ODS JOB NO>>', 6],
			['ods-marker', 'N0947263E', 20],
			['ods-marker', '<<ODS JOB NO>>', 29],
		]);
	});

	it('sets aside page furniture, and a job number printed again as furniture', () => {
		expect(
			trailer.setAside
				.filter((piece) => piece.at.line >= 63)
				.map(({ rule, what }) => `${rule} ${what}`),
		).toEqual([
			'page-furniture rule',
			'page-furniture page number',
			'page-furniture masthead',
			'metadata symbol',
			'metadata body',
			'page-furniture distribution',
			'metadata distribution date',
			'metadata session',
			'metadata agenda item',
			'metadata job number',
			'page-furniture bar code',
			'page-furniture running head',
			'page-furniture job number',
		]);
	});

	it('warns of a line it does not know, and sets it aside', () => {
		const seen: string[] = [];
		const unknown = odsTrailerOf(linesOf('Please read this first'), (line, message) =>
			seen.push(`${line}: ${message}`),
		);
		expect(seen).toEqual([
			'60: the trailer holds text ODS does not print there: "Please read this first"',
		]);
		expect(unknown.setAside).toEqual([
			{
				rule: 'page-furniture',
				what: 'unrecognised trailer text',
				text: 'Please read this first',
				at: { line: 60, column: 1 },
			},
		]);
	});
});
