import { describe, expect, it } from 'vitest';
import type { PassageAddress } from './contract.ts';
import {
	anchorFor,
	anchorInWords,
	citationFor,
	citationLine,
	citationLineParts,
	citationWithPermalink,
	documentPath,
	footnoteCallAnchor,
	partName,
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

describe('partName', () => {
	it('names annexes as citations do, and leaves the resolution itself unnamed', () => {
		expect(partName({ kind: 'resolution' })).toBe('');
		expect(partName(annex)).toBe('annex');
		expect(partName({ kind: 'annex', index: 2, count: 3 })).toBe('annex II');
		expect(partName({ kind: 'draft' })).toBe('draft resolution');
	});
});

describe('anchorInWords', () => {
	const addresses: PassageAddress[] = [
		{ kind: 'operative', part: { kind: 'resolution' }, number: 5 },
		{ kind: 'operative', part: { kind: 'resolution' }, number: 5, items: ['a', 'ii'] },
		{ kind: 'preambular', part: { kind: 'resolution' }, number: 3 },
		{ kind: 'operative', part: annex, number: 12 },
		{ kind: 'preambular', part: annex, number: 2 },
		{ kind: 'operative', part: { kind: 'annex', index: 2, count: 2 }, number: 1 },
		{ kind: 'operative', part: { kind: 'draft' }, number: 6 },
		{ kind: 'report', number: 9, items: ['3'] },
		{ kind: 'summary' },
		{ kind: 'footnote', number: 2 },
	];

	for (const address of addresses) {
		const anchor = anchorFor(address);
		it(`says ${anchor} as its citation says it, without the document`, () => {
			const citation = citationFor('A/RES/65/230', address).replace('para.', 'paragraph');
			expect(`A/RES/65/230, ${anchorInWords(anchor) ?? ''}`).toBe(citation);
		});
	}

	it('tells an annex paragraph from the resolution’s', () => {
		expect(anchorInWords('annex-op12')).toBe('annex, paragraph 12');
		expect(anchorInWords('op12')).toBe('paragraph 12');
	});

	it('names the parts of a document by their part anchors', () => {
		expect(anchorInWords('part-resolution')).toBe('resolution');
		expect(anchorInWords('part-annex')).toBe('annex');
		expect(anchorInWords('part-annex2')).toBe('annex II');
		expect(anchorInWords('part-draft')).toBe('draft resolution');
	});

	it('reads nothing into an anchor the contract does not make', () => {
		expect(anchorInWords('annex-sec2')).toBeNull();
		expect(anchorInWords('annex-para3')).toBeNull();
		expect(anchorInWords('cited-by')).toBeNull();
	});
});
