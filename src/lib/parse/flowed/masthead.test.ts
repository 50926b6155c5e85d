import { describe, expect, it } from 'vitest';
import type { ParseWarning } from '../error.ts';
import { sourceLinesOf } from './lines.ts';
import { mastheadLineOf, mastheadOf } from './masthead.ts';
import type { MetaFromText } from '../sidecar.ts';

const top = [
	'United Nations A/RES/80/10',
	'',
	'General Assembly Distr.: General 26 November 2025',
	'',
	'Eightieth session Agenda item 13 Integrated and coordinated implementation',
	'',
	'Resolution adopted by the General Assembly on 26 November 2025',
	'',
	'[without reference to a Main Committee (A/80/L.11)]',
	'',
	'80/10. International Day of the World’s Indigenous Women and Girls',
	'',
	'The General Assembly,',
].join('\n');

describe('mastheadLineOf', () => {
	it('reads the distribution date from the joined masthead line', () => {
		const meta: MetaFromText = {};
		expect(mastheadLineOf('General Assembly Distr.: General 26 November 2025', meta)).toBe(true);
		expect(meta.distributionDate).toBe('2025-11-26');
	});
});

describe('mastheadOf', () => {
	const warnings: ParseWarning[] = [];
	const masthead = mastheadOf(sourceLinesOf(top), 'x.md', warnings);

	it('reads the adoption date, not the distribution date, as the date', () => {
		expect(masthead.meta.date).toBe('2025-11-26');
	});

	it('reads session, agenda item, number and title', () => {
		expect(masthead.meta).toMatchObject({
			session: 80,
			agendaItem: '13',
			resolutionNumber: '80/10',
			title: 'International Day of the World’s Indigenous Women and Girls',
		});
	});

	it('sets the committee line aside whole, as metadata, with no committee report', () => {
		expect(masthead.meta.committeeReport).toBeUndefined();
		expect(masthead.setAside.find((piece) => piece.what === 'committee line')).toMatchObject({
			rule: 'metadata',
			text: '[without reference to a Main Committee (A/80/L.11)]',
		});
	});

	it('sets the printed symbol aside as a piece of its own, at its place', () => {
		expect(masthead.setAside.find((piece) => piece.what === 'symbol')).toEqual({
			rule: 'metadata',
			what: 'symbol',
			text: 'A/RES/80/10',
			at: { line: 1, column: 16 },
		});
	});

	it('reads a committee report', () => {
		const text = top.replace(
			'[without reference to a Main Committee (A/80/L.11)]',
			'[on the report of the Third Committee (A/80/540)]',
		);
		const meta = mastheadOf(sourceLinesOf(text), 'x.md', []).meta;
		expect(meta.committeeReport).toEqual({
			committee: 'Third Committee',
			printed: 'A/80/540',
			symbol: 'A/80/540',
		});
	});

	it('warns of a title that goes on over a second line', () => {
		const text = top.replace('Girls\n', 'Girls\nand Boys\n');
		const found: ParseWarning[] = [];
		expect(mastheadOf(sourceLinesOf(text), 'x.md', found).meta.title).toMatch(/Girls and Boys$/);
		expect(found[0]?.line).toBe(12);
	});

	it('ends after the title', () => {
		expect(masthead.end).toBe(11);
	});
});
