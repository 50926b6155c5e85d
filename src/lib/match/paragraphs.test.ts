import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFor } from '../contract.ts';
import { parseSeed } from '../parse/seed.ts';
import { paragraphsOf } from './paragraphs.ts';

const file = 'seeds/002_21c522268fe949fa.txt';
const document = parseSeed({ file, text: readFileSync(file, 'utf8'), sidecar: null }).document;
const paragraphs = paragraphsOf(document);

describe('paragraphsOf', () => {
	it('lists the paragraphs of the draft an ECOSOC resolution recommends, at their draft addresses', () => {
		expect(paragraphs.map((p) => anchorFor(p.key.address))).toContain('draft-op13');
	});

	it('gives each paragraph its document symbol and date', () => {
		expect(
			paragraphs.every((p) => p.key.symbol === 'E/RES/2007/17' && p.date === document.meta.date),
		).toBe(true);
	});

	it('gives a quoted draft paragraph its words without the quotation mark', () => {
		const first = paragraphs.find((p) => anchorFor(p.key.address) === 'draft-pp1');
		expect(first?.words.slice(0, 3).map((w) => w.text)).toEqual([
			'Emphasizing',
			'the',
			'responsibility',
		]);
	});
});
