/**
 * The checks every parse must pass, fired on a real resolution spoilt in one place each: A/RES/80/10
 * as flowed text extracted from its PDF. The spoilt copy must be refused, at the line of the
 * spoiling, for its cause; the file as it is must be read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/lib/parse/error.ts';
import { parseSeed } from '../../src/lib/parse/seed.ts';

const file = 'tests/fixtures/ga-80/A_RES_80_10.v1.1.0.md';
const text = readFileSync(file, 'utf8');
const lines = text.split('\n');

/** The line (1-based) that starts with `start`. */
function lineStarting(start: string): number {
	const index = lines.findIndex((line) => line.startsWith(start));
	if (index === -1) throw new Error(`no line starts with ${start}`);
	return index + 1;
}

function refusalOf(spoilt: string): ParseError {
	try {
		parseSeed({ file, text: spoilt, sidecar: null });
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
	throw new Error('the spoilt copy was read');
}

describe('A/RES/80/10, spoilt in one place', () => {
	it('is read as it is', () => {
		expect(parseSeed({ file, text, sidecar: null }).document.meta.symbol).toBe('A/RES/80/10');
	});

	it('is refused where an operative paragraph’s number is changed', () => {
		const error = refusalOf(text.replace('\n2. Requests', '\n4. Requests'));
		expect([error.line, error.reason]).toEqual([
			lineStarting('2. Requests'),
			expect.stringMatching(/paragraph 4 (?:of the resolution follows|stands after) paragraph 1\b/),
		]);
	});

	it('is refused where a page’s running head is left in a paragraph', () => {
		const head = 'A/RES/80/10 International Day of the World’s Indigenous Women and Girls';
		const error = refusalOf(
			text.replace(`${head}\n\nReaffirming the 2030`, `${head} Reaffirming the 2030`),
		);
		expect([error.line, error.reason]).toEqual([
			lineStarting('A/RES/80/10 International'),
			expect.stringMatching(/running head/),
		]);
	});

	it('is refused where a footnote call is removed', () => {
		const error = refusalOf(
			text.replace('Sustainable Development 11  and', 'Sustainable Development  and'),
		);
		expect(error.reason).toMatch(/footnote 11 is never called/);
	});
});
