import { describe, expect, it } from 'vitest';
import { ParseError } from '../error.ts';
import { sourceLinesOf, textLinesOf, type TextLine } from './lines.ts';
import { resolutionHeaderOf } from './resolution-header.ts';

const linesOf = (text: string): TextLine[] => textLinesOf(sourceLinesOf(text, 'x.txt'), new Set());

const header = [
	'Resolution adopted by the General Assembly on 18 December 2009',
	'[on the report of the Third Committee (A/64/440',
	'and Corr.1)]',
	'',
	'64/180. Preparations for the Twelfth United Nations Congress on Crime',
	'        Prevention and Criminal Justice',
	'',
	'      The General Assembly,',
].join('\n');

function reasonOf(text: string): string {
	try {
		resolutionHeaderOf(linesOf(text), 'x.txt');
	} catch (error) {
		if (error instanceof ParseError) return `${error.line}: ${error.reason}`;
		throw error;
	}
	throw new Error('expected a ParseError');
}

describe('resolutionHeaderOf', () => {
	it('reads the organ, date, committee report over two lines, number and wrapped title', () => {
		const { meta, rest } = resolutionHeaderOf(linesOf(header), 'x.txt');
		expect(meta).toEqual({
			documentType: 'resolution',
			body: 'General Assembly',
			date: '2009-12-18',
			committeeReport: {
				committee: 'Third Committee',
				printed: 'A/64/440 and Corr.1',
				symbol: 'A/64/440',
			},
			title:
				'Preparations for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			resolutionNumber: '64/180',
			symbol: 'A/RES/64/180',
		});
		expect(rest.map((line) => line.text)).toEqual(['The General Assembly,']);
	});

	it('sets every header line aside as metadata, the number apart from the title', () => {
		const { setAside } = resolutionHeaderOf(linesOf(header), 'x.txt');
		expect(setAside.map((piece) => [piece.what, piece.at.line, piece.at.column])).toEqual([
			['adoption line', 1, 1],
			['committee report', 2, 1],
			['committee report', 3, 1],
			['resolution number', 5, 1],
			['title', 5, 9],
			['title', 6, 9],
		]);
	});

	it('refuses a header without the number and title, or without an opening after them', () => {
		expect(reasonOf(header.replace('64/180. ', ''))).toBe(
			'5: expected the resolution\'s number and title ("64/180. Title") after the adoption line',
		);
		expect(reasonOf(header.replace('The General Assembly,', 'Some words.'))).toMatch(
			/^\d+: expected the opening \("The General Assembly,"\) after the title$/,
		);
	});
});

describe('resolutionHeaderOf on PDF layout text', () => {
	const layout = [
		' Resolution adopted by the General Assembly ',
		'on 26 November 2025 ',
		' ',
		'[without reference to a Main Committee (A/80/L.11)] ',
		' ',
		'80/10. International Day of the World’s Indigenous Women and Girls ',
		' ',
		'The General Assembly, ',
	].join('\n');

	it('reads the adoption line wrapped before its date', () => {
		expect(resolutionHeaderOf(linesOf(layout), 'x.md').meta.date).toBe('2025-11-26');
	});

	it('sets both lines of the adoption line aside', () => {
		const { setAside } = resolutionHeaderOf(linesOf(layout), 'x.md');
		expect(
			setAside.filter((piece) => piece.what === 'adoption line').map((piece) => piece.at.line),
		).toEqual([1, 2]);
	});

	it('keeps a plenary resolution’s committee line aside, with no committee report', () => {
		const { meta, setAside } = resolutionHeaderOf(linesOf(layout), 'x.md');
		expect([meta.committeeReport, setAside.find((piece) => piece.at.line === 4)?.what]).toEqual([
			undefined,
			'committee reference',
		]);
	});
});
