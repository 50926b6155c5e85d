import { describe, expect, it } from 'vitest';
import {
	anchorFor,
	changesPath,
	citationFor,
	citationLine,
	citationLineParts,
	citationWithPermalink,
	documentPath,
	citationRecordPath,
	footnoteCallAnchor,
	officialLanguages,
	officialRecordUrlIn,
	fullCitationFor,
	fullDocumentName,
	publicUrl,
	sectionAnchor,
	sharePagePath,
	symbolOfDocumentPath,
} from './contract.ts';

const annex = { kind: 'annex', index: 1, count: 1 } as const;

describe('documentPath', () => {
	it('keeps the symbol slashes as path segments', () => {
		expect(documentPath('E/RES/2007/17')).toBe('/E/RES/2007/17/');
	});
});

describe('symbolOfDocumentPath', () => {
	it('reads back the symbol of a document page', () => {
		expect(symbolOfDocumentPath(documentPath('A/RES/64/180'))).toBe('A/RES/64/180');
	});

	it('decodes a symbol the address escapes', () => {
		expect(symbolOfDocumentPath('/E/RES/155%20(VII)/')).toBe('E/RES/155 (VII)');
	});
});

describe('changesPath', () => {
	it('puts the changes under the document, as the contract fixes it', () => {
		expect(changesPath('A/RES/65/230')).toBe('/A/RES/65/230/changes/');
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

describe('fullCitationFor', () => {
	const resolution = (
		symbol: string,
		body: 'General Assembly' | 'Economic and Social Council',
		date: string,
	) => ({
		symbol,
		body,
		documentType: 'resolution' as const,
		resolutionNumber: symbol.split('/RES/')[1] ?? null,
		date,
	});
	const ga64180 = resolution('A/RES/64/180', 'General Assembly', '2009-12-18');
	const report = {
		symbol: 'A/67/97',
		body: 'Secretary-General' as const,
		documentType: 'report' as const,
		resolutionNumber: null,
		date: '2012',
	};

	it('spells every example of the contract exactly', () => {
		const resolutionPart = { kind: 'resolution' } as const;
		expect(fullCitationFor(ga64180, { kind: 'operative', part: resolutionPart, number: 5 })).toBe(
			'General Assembly resolution 64/180 of 18 December 2009, para. 5',
		);
		expect(fullCitationFor(ga64180, { kind: 'preambular', part: resolutionPart, number: 3 })).toBe(
			'General Assembly resolution 64/180 of 18 December 2009, preambular para. 3',
		);
		expect(
			fullCitationFor(resolution('A/RES/65/230', 'General Assembly', '2010-12-21'), {
				kind: 'operative',
				part: { kind: 'annex', index: 1, count: 1 },
				number: 42,
			}),
		).toBe('General Assembly resolution 65/230 of 21 December 2010, annex, para. 42');
		expect(
			fullCitationFor(resolution('E/RES/2007/17', 'Economic and Social Council', '2007-07-26'), {
				kind: 'operative',
				part: { kind: 'draft' },
				number: 6,
			}),
		).toBe(
			'Economic and Social Council resolution 2007/17 of 26 July 2007, draft resolution, para. 6',
		);
		expect(fullCitationFor(report, { kind: 'report', number: 9, items: ['3'] })).toBe(
			'Report of the Secretary-General (A/67/97), para. 9 (3)',
		);
	});

	it('names the document the same way as the short form names its place', () => {
		expect(fullDocumentName(report)).toBe('Report of the Secretary-General (A/67/97)');
		expect(fullCitationFor(report, { kind: 'footnote', number: 2 })).toBe(
			'Report of the Secretary-General (A/67/97), footnote 2',
		);
		expect(fullDocumentName({ ...ga64180, resolutionNumber: null })).toBe(
			'General Assembly resolution 64/180 of 18 December 2009',
		);
	});
});

describe('officialRecordUrlIn', () => {
	it('gives the record in each of the six official languages, in the UN order', () => {
		expect(officialLanguages.map(({ code }) => officialRecordUrlIn(code, 'A/RES/64/180'))).toEqual([
			'https://undocs.org/ar/A/RES/64/180',
			'https://undocs.org/zh/A/RES/64/180',
			'https://undocs.org/en/A/RES/64/180',
			'https://undocs.org/fr/A/RES/64/180',
			'https://undocs.org/ru/A/RES/64/180',
			'https://undocs.org/es/A/RES/64/180',
		]);
	});
});

describe('citationRecordPath', () => {
	it('puts the records for reference managers beside the document', () => {
		expect(citationRecordPath('A/RES/64/180', 'ris')).toBe('/A/RES/64/180/citation.ris');
		expect(citationRecordPath('A/RES/64/180', 'bib')).toBe('/A/RES/64/180/citation.bib');
		expect(citationRecordPath('A/RES/64/180', 'json')).toBe('/A/RES/64/180/citation.json');
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
