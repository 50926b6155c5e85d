import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../model.ts';
import { ParseError } from './error.ts';
import { applySidecar, completeMeta, parseSidecar, sidecarFileFor } from './sidecar.ts';

/** The ParseError a function throws, so a test can look at its line and reason. */
function parseErrorOf(run: () => unknown): ParseError {
	try {
		run();
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
	throw new Error('expected a ParseError');
}

const reportMeta: DocumentMeta = {
	symbol: 'A/67/97',
	body: 'Secretary-General',
	documentType: 'report',
	title: 'Follow-up to the Twelfth United Nations Congress',
	resolutionNumber: null,
	date: '2012',
	session: 67,
	agendaItem: null,
	plenaryMeeting: null,
	committeeReport: null,
	distributionDate: null,
	jobNumber: null,
};

describe('parseSidecar', () => {
	it('reads the sidecar of the Secretary-General’s report A/67/97', () => {
		const text = readFileSync('seeds/004_b0b5272844028f10.meta.yml', 'utf8');
		expect(parseSidecar(text, '004.meta.yml')).toEqual({
			symbol: 'A/67/97',
			body: 'Secretary-General',
			documentType: 'report',
			session: 67,
			date: '2012',
		});
	});

	it('reads an unquoted year as the year it says', () => {
		expect(parseSidecar('date: 2012\n', 'x.meta.yml')).toEqual({ date: '2012' });
	});

	it('reads an empty sidecar as saying nothing', () => {
		expect(parseSidecar('# nothing yet\n', 'x.meta.yml')).toEqual({});
	});

	it('names an unknown key, its line and the keys allowed', () => {
		const error = parseErrorOf(() =>
			parseSidecar('symbol: A/67/97\nsymbole: A/67/98\n', 'x.meta.yml'),
		);
		expect(error.file).toBe('x.meta.yml');
		expect(error.line).toBe(2);
		expect(error.reason).toMatch(
			/^unknown key "symbole"; a sidecar may hold symbol, body, documentType/,
		);
	});

	it('refuses a date that no calendar has, on its line', () => {
		const error = parseErrorOf(() =>
			parseSidecar('symbol: A/67/97\n\ndate: 2012-02-30\n', 'x.meta.yml'),
		);
		expect(error.line).toBe(3);
		expect(error.reason).toContain('"2012-02-30" is not a date');
	});

	it('refuses a date written as the UN prints it', () => {
		expect(() => parseSidecar('date: 22 June 2012\n', 'x.meta.yml')).toThrow(/is not a date/);
	});

	it('refuses a session that is not a positive whole number', () => {
		expect(
			parseErrorOf(() => parseSidecar('session: sixty-seventh\n', 'x.meta.yml')).reason,
		).toMatch(/^session must be a positive whole number/);
		expect(() => parseSidecar('session: 0\n', 'x.meta.yml')).toThrow(ParseError);
		expect(() => parseSidecar('session: 67.5\n', 'x.meta.yml')).toThrow(ParseError);
	});

	it('refuses a body that does not issue UN documents', () => {
		const error = parseErrorOf(() =>
			parseSidecar('documentType: report\nbody: Secretariat\n', 'x.meta.yml'),
		);
		expect(error.line).toBe(2);
		expect(error.reason).toMatch(
			/^body must be one of General Assembly, Economic and Social Council, Secretary-General/,
		);
	});

	it('refuses a symbol that could not be an address', () => {
		expect(() => parseSidecar('symbol: A 67 97\n', 'x.meta.yml')).toThrow(
			/not a UN document symbol/,
		);
	});

	it('refuses a list where one value belongs', () => {
		expect(() => parseSidecar('title:\n  - one\n  - two\n', 'x.meta.yml')).toThrow(/single value/);
	});

	it('refuses a key given twice, on the line of the second', () => {
		const error = parseErrorOf(() => parseSidecar('date: "2012"\ndate: "2013"\n', 'x.meta.yml'));
		expect(error.line).toBe(2);
		expect(error.reason).toMatch(/^not valid YAML/);
	});

	it('counts lines from where a block starts inside another file', () => {
		const error = parseErrorOf(() =>
			parseSidecar('symbol: A/67/97\ncolour: blue\n', 'seed.txt', 2),
		);
		expect(error.line).toBe(3);
	});
});

describe('applySidecar', () => {
	it('lets the sidecar win where both speak and keeps the rest', () => {
		const meta = applySidecar(reportMeta, { date: '2012-06-22', session: 68 });
		expect(meta).toEqual({ ...reportMeta, date: '2012-06-22', session: 68 });
	});
});

describe('completeMeta', () => {
	it('fills what the text lacks from the sidecar', () => {
		const meta = completeMeta(
			{ title: 'A title', documentType: 'report', body: 'Secretary-General' },
			{ symbol: 'A/67/97', date: '2012', session: 67 },
			'seeds/004.txt',
		);
		expect(meta).toEqual({ ...reportMeta, title: 'A title' });
	});

	it('lets the sidecar win over the text', () => {
		const meta = completeMeta({ ...reportMeta, symbol: 'A/67/99' }, { symbol: 'A/67/97' }, 'x.txt');
		expect(meta.symbol).toBe('A/67/97');
	});

	it('names the seed and its sidecar when neither gives a symbol', () => {
		const error = parseErrorOf(() =>
			completeMeta({ title: 'A title', documentType: 'report' }, undefined, 'seeds/004_b0b5.txt'),
		);
		expect(error.file).toBe('seeds/004_b0b5.txt');
		expect(error.line).toBe(1);
		expect(error.reason).toBe(
			'no symbol in the text and no sidecar gives one: add "symbol:" to seeds/004_b0b5.meta.yml',
		);
	});
});

describe('sidecarFileFor', () => {
	it('puts the sidecar beside the seed with the same base name', () => {
		expect(sidecarFileFor('seeds/004_b0b5272844028f10.txt')).toBe(
			'seeds/004_b0b5272844028f10.meta.yml',
		);
	});
});
