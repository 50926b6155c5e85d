import { describe, expect, it } from 'vitest';
import type { PassageAddress } from './contract.ts';
import {
	aknEidFor,
	aknEidOf,
	aknXmlPath,
	anchorFor,
	anchorInWords,
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
	partAnchor,
	partName,
	partPath,
	placeCitationFor,
	printedSymbol,
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

describe('aknXmlPath', () => {
	it('puts the Akoma Ntoso beside the document page', () => {
		expect(aknXmlPath('A/RES/65/230')).toBe('/A/RES/65/230/akn.xml');
	});
});

describe('aknEidOf', () => {
	it('rewrites each kind of anchor in the naming convention’s shape', () => {
		expect(
			['pp3', 'op5', 'op5-a-ii', 'para9', 'para9-3', 'para10-a', 'summary', 'sec1'].map(aknEidOf),
		).toEqual([
			'preamble__rec_3',
			'para_5',
			'para_5__point_a__point_ii',
			'para_9',
			'para_9__point_3',
			'para_10__point_a',
			'summary',
			'crossHeading_1',
		]);
	});

	it('puts a part’s passages under the part’s own eId', () => {
		expect(['annex-op42', 'annex2-pp1', 'draft-op6', 'annex-sec2'].map(aknEidOf)).toEqual([
			'annex__para_42',
			'annex_2__preamble__rec_1',
			'draft__para_6',
			'annex__crossHeading_2',
		]);
		expect(
			['part-resolution', 'part-annex', 'part-annex2', 'part-draft', 'footnotes'].map(aknEidOf),
		).toEqual(['resolution', 'annex', 'annex_2', 'draft', 'footnotes']);
	});

	it('names a footnote and each later place that calls it', () => {
		expect(['fn2', 'fnref2', 'fnref2-3'].map(aknEidOf)).toEqual([
			'authorialNote_2',
			'noteRef_2',
			'noteRef_2_3',
		]);
	});

	it('refuses what is not a contract anchor', () => {
		for (const anchor of ['', 'op', 'x5', 'annex-para9', 'op5-', 'part-appendix', 'fn', 'op5 a']) {
			expect(() => aknEidOf(anchor), anchor).toThrow(/not an anchor the contract makes/);
		}
	});

	it('gives the anchors of every passage, heading and footnote of a document distinct eIds', () => {
		const scopes = [
			{ kind: 'resolution' },
			{ kind: 'draft' },
			{ kind: 'annex', index: 1, count: 2 },
			{ kind: 'annex', index: 2, count: 2 },
			annex,
		] as const;
		const anchors = [
			...scopes.flatMap((part) => [
				partAnchor(part),
				sectionAnchor(part, 1),
				sectionAnchor(part, 12),
				...[1, 2, 12].flatMap((number) => [
					anchorFor({ kind: 'preambular', part, number }),
					anchorFor({ kind: 'operative', part, number }),
					anchorFor({ kind: 'operative', part, number, items: ['a'] }),
					anchorFor({ kind: 'operative', part, number, items: ['a', 'ii'] }),
					anchorFor({ kind: 'operative', part, number, items: ['2'] }),
				]),
			]),
			anchorFor({ kind: 'summary' }),
			...[1, 12].flatMap((number) => [
				anchorFor({ kind: 'footnote', number }),
				footnoteCallAnchor(number, 1),
				footnoteCallAnchor(number, 2),
			]),
		];
		const eIds = anchors.map(aknEidOf);
		expect(new Set(eIds).size).toBe(new Set(anchors).size);
		for (const eId of eIds) expect(eId).toMatch(/^[A-Za-z][\w.]*$/);
	});
});

describe('aknEidFor', () => {
	it('is the eId of the passage’s anchor', () => {
		const address = { kind: 'operative', part: annex, number: 42, items: ['b'] } as const;
		expect(aknEidFor(address)).toBe(aknEidOf(anchorFor(address)));
		expect(aknEidFor(address)).toBe('annex__para_42__point_b');
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
