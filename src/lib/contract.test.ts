import { describe, expect, it } from 'vitest';
import {
	anchorFor,
	citationFor,
	citationLine,
	citationLineParts,
	citationWithPermalink,
	documentPath,
	footnoteCallAnchor,
	partAnchor,
	partPath,
	placeCitationFor,
	printedSymbol,
	publicUrl,
	sectionAnchor,
	sharePagePath,
} from './contract.ts';

const annex = { kind: 'annex', index: 1, count: 1 } as const;

describe('documentPath', () => {
	it('keeps the symbol slashes as path segments', () => {
		expect(documentPath('E/RES/2007/17')).toBe('/E/RES/2007/17/');
	});
});

describe('printedSymbol', () => {
	it('sets the session of a resolution numbered before the thirty-first apart, in brackets', () => {
		// As the seeds print them: "General Assembly resolution 415 (V)", "resolution 155 C (VII)".
		expect(printedSymbol('A/RES/415(V)')).toBe('A/RES/415 (V)');
		expect(printedSymbol('E/RES/155(VII)')).toBe('E/RES/155 (VII)');
		expect(printedSymbol('S/RES/1373(2001)')).toBe('S/RES/1373 (2001)');
	});
	it('sets the letter of a part adopted under one number apart', () => {
		expect(printedSymbol('A/RES/57/270B')).toBe('A/RES/57/270 B');
		expect(printedSymbol('A/DEC/60/551A')).toBe('A/DEC/60/551 A');
	});
	it('prints every other symbol as it is', () => {
		for (const symbol of [
			'A/RES/64/180',
			'E/RES/2007/17',
			'A/RES/ES-10/19',
			'A/CONF.213/RPM.1/1',
			'E/CN.15/2010/2',
			'A/62/PV.117',
			'A/C.3/64/L.12',
			'A/64/440/Add.1',
			'E/2010/30',
		])
			expect(printedSymbol(symbol)).toBe(symbol);
	});
});

describe('partAnchor', () => {
	it('names the resolution, its recommended draft and its annex', () => {
		expect(partAnchor({ kind: 'resolution' })).toBe('part-resolution');
		expect(partAnchor({ kind: 'draft' })).toBe('part-draft');
		expect(partAnchor(annex)).toBe('part-annex');
	});
	it('numbers the annexes when there is more than one', () => {
		expect(partAnchor({ kind: 'annex', index: 2, count: 2 })).toBe('part-annex2');
	});
	it('is where a reference to the whole part lands', () => {
		expect(partPath('A/RES/65/230', annex)).toBe('/A/RES/65/230/#part-annex');
	});
});

describe('sectionAnchor', () => {
	it('numbers a part’s headings from 1 under the part’s prefix', () => {
		expect(sectionAnchor(annex, 2)).toBe('annex-sec2');
		expect(sectionAnchor({ kind: 'resolution' }, 1)).toBe('sec1');
		expect(sectionAnchor({ kind: 'annex', index: 2, count: 2 }, 3)).toBe('annex2-sec3');
	});
});

describe('anchorFor', () => {
	it('numbers operative sub-paragraphs by their labels', () => {
		expect(
			anchorFor({ kind: 'operative', part: { kind: 'resolution' }, number: 5, items: ['a', 'ii'] }),
		).toBe('op5-a-ii');
	});
	it('prefixes annex and draft paragraphs', () => {
		expect(anchorFor({ kind: 'operative', part: annex, number: 42 })).toBe('annex-op42');
		expect(anchorFor({ kind: 'operative', part: { kind: 'draft' }, number: 6 })).toBe('draft-op6');
		expect(
			anchorFor({ kind: 'preambular', part: { kind: 'annex', index: 2, count: 2 }, number: 1 }),
		).toBe('annex2-pp1');
	});
	it('anchors report list items under their paragraph', () => {
		expect(anchorFor({ kind: 'report', number: 10, items: ['a'] })).toBe('para10-a');
	});
});

describe('footnoteCallAnchor', () => {
	it('numbers repeated calls from the second', () => {
		expect([1, 2, 3].map((n) => footnoteCallAnchor(2, n))).toEqual([
			'fnref2',
			'fnref2-2',
			'fnref2-3',
		]);
	});
});

describe('citationFor', () => {
	it('writes the contract citations', () => {
		expect(
			citationFor('A/RES/64/180', { kind: 'preambular', part: { kind: 'resolution' }, number: 3 }),
		).toBe('A/RES/64/180, preambular para. 3');
		expect(citationFor('A/RES/65/230', { kind: 'operative', part: annex, number: 42 })).toBe(
			'A/RES/65/230, annex, para. 42',
		);
		expect(
			citationFor('E/RES/2007/17', { kind: 'operative', part: { kind: 'draft' }, number: 6 }),
		).toBe('E/RES/2007/17, draft resolution, para. 6');
		expect(citationFor('A/67/97', { kind: 'report', number: 9, items: ['3'] })).toBe(
			'A/67/97, para. 9 (3)',
		);
	});
	it('prints the symbol as the UN does', () => {
		expect(
			citationFor('A/RES/57/270B', { kind: 'operative', part: { kind: 'resolution' }, number: 3 }),
		).toBe('A/RES/57/270 B, para. 3');
	});
	it('is the symbol and the place the passage has in its document', () => {
		const address = { kind: 'operative', part: annex, number: 42 } as const;
		expect(placeCitationFor(address)).toBe('annex, para. 42');
		expect(citationFor('A/RES/65/230', address)).toBe(`A/RES/65/230, ${placeCitationFor(address)}`);
	});
	it('joins citation and absolute permalink with a dash', () => {
		expect(
			citationWithPermalink(
				'A/RES/64/180',
				{ kind: 'operative', part: { kind: 'resolution' }, number: 5 },
				'https://example.org',
			),
		).toBe('A/RES/64/180, para. 5 — https://example.org/A/RES/64/180/#op5');
	});
});

describe('sharePagePath', () => {
	it('puts the anchor as a path segment', () => {
		expect(sharePagePath('A/RES/65/230', { kind: 'operative', part: annex, number: 42 })).toBe(
			'/A/RES/65/230/annex-op42/',
		);
	});
});

describe('citationLineParts', () => {
	it('splits the citation line before its permalink, and joined they are the line', () => {
		const parts = citationLineParts('A/RES/64/180, para. 5', 'https://HOST/A/RES/64/180/#op5');
		expect(parts).toEqual(['A/RES/64/180, para. 5 — ', 'https://HOST/A/RES/64/180/#op5']);
		expect(parts.join('')).toBe(
			citationLine('A/RES/64/180, para. 5', 'https://HOST/A/RES/64/180/#op5'),
		);
	});
});

describe('publicUrl', () => {
	it('makes a site path absolute on the public address', () => {
		expect(publicUrl('/A/RES/64/180/#op5', 'https://example.org')).toBe(
			'https://example.org/A/RES/64/180/#op5',
		);
	});

	it('leaves the path site-relative when the build has no public address', () => {
		expect(publicUrl('/A/RES/64/180/#op5', undefined)).toBe('/A/RES/64/180/#op5');
		expect(publicUrl('/A/RES/64/180/#op5', null)).toBe('/A/RES/64/180/#op5');
	});
});
