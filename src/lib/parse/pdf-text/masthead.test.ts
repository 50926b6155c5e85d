import { describe, expect, it } from 'vitest';
import { ParseError } from '../error.ts';
import { sourceLinesOf } from './lines.ts';
import { mastheadOf } from './masthead.ts';

const mastheadOfText = (text: string) => mastheadOf(sourceLinesOf(text, 'x.txt'), 'x.txt');

describe('mastheadOf', () => {
	const masthead = [
		'United Nations                    A/67/97',
		'General Assembly Distr.: General',
		'22 June 2012',
		'Original: English',
		'Sixty-seventh session',
		'Item 104 of the preliminary list*',
		'Crime prevention and criminal justice',
		'',
		'Follow-up to the Twelfth United Nations Congress',
	].join('\n');

	it('reads symbol, organ, date, session and agenda item, and stops at the title', () => {
		const { meta, end } = mastheadOfText(masthead);
		expect(meta).toEqual({
			symbol: 'A/67/97',
			body: 'General Assembly',
			distributionDate: '2012-06-22',
			date: '2012-06-22',
			session: 67,
			agendaItem: '104',
		});
		expect(end).toBe(7);
	});

	it('sets each entry aside where it stands, even two on a line', () => {
		const { setAside } = mastheadOfText(masthead);
		expect(
			setAside.slice(0, 4).map(({ rule, what, text, at }) => [rule, what, text, at.column]),
		).toEqual([
			['page-furniture', 'masthead', 'United Nations', 1],
			['metadata', 'symbol', 'A/67/97', 35],
			['metadata', 'organ', 'General Assembly', 1],
			['metadata', 'distribution', 'Distr.: General', 18],
		]);
		expect(setAside.at(-1)).toEqual({
			rule: 'metadata',
			what: 'agenda item title',
			text: 'Crime prevention and criminal justice',
			at: { line: 7, column: 1 },
		});
	});

	it('finds no masthead where the text starts with its title', () => {
		expect(
			mastheadOfText('   Follow-up to the Twelfth United Nations Congress on Crime\nPrevention'),
		).toEqual({
			block: {},
			meta: {},
			setAside: [],
			end: 0,
		});
	});

	it('reads an ECOSOC session, which has no ordinal', () => {
		expect(
			mastheadOfText('E/2012/30\nEconomic and Social Council\nSubstantive session of 2012\n\nTitle')
				.meta,
		).toEqual({
			symbol: 'E/2012/30',
			body: 'Economic and Social Council',
		});
	});

	it('reads a metadata block at the top as a sidecar, its lines set aside', () => {
		const { block, setAside, end } = mastheadOfText(
			"---\nsymbol: A/67/97\ndate: '2012'\n---\nTitle",
		);
		expect(block).toEqual({ symbol: 'A/67/97', date: '2012' });
		expect(setAside.map((piece) => piece.what)).toEqual(Array(4).fill('metadata block'));
		expect(end).toBe(4);
	});

	it('names the line of a bad value in the block', () => {
		expect(() => mastheadOfText("\n---\nsymbol: A/67/97\ndate: '2012-02-30'\n---\n")).toThrow(
			new ParseError('x.txt', 4, 'date "2012-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'),
		);
	});
});

describe('mastheadOf on PDF layout text', () => {
	const layout = [
		'United Nations ',
		'A/RES/80/10 ',
		' ',
		'General Assembly ',
		'Distr.: General ',
		'26 November 2025 ',
		'25-19432 (E) ',
		'*2519432* ',
		' ',
		'Eightieth session ',
		'Agenda item 13 ',
		'Integrated and coordinated implementation of and follow-up',
		' ',
		' Resolution adopted by the General Assembly ',
	].join('\n');

	it('reads the job number line by line and goes on to the session', () => {
		const { meta, end } = mastheadOfText(layout);
		expect([meta.jobNumber, meta.session, meta.agendaItem, end]).toEqual([
			'25-19432',
			80,
			'13',
			12,
		]);
	});

	it('sets the bar code aside as page furniture', () => {
		const { setAside } = mastheadOfText(layout);
		expect(setAside.find((piece) => piece.at.line === 8)).toEqual({
			rule: 'page-furniture',
			what: 'bar code',
			text: '*2519432*',
			at: { line: 8, column: 1 },
		});
	});
});
