import { describe, expect, it } from 'vitest';
import {
	call,
	paragraph,
	resolutionDocument,
	resolutionMeta,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';
import type { PartScope, PassageAddress } from '../contract.ts';
import type { LinkContext } from './types.ts';
import type { UnDocument } from '../model.ts';
import { findReferences } from './find.ts';
import {
	citesAndLinkWarningsOf,
	citesOf,
	citingReferencesOf,
	corpusOf,
	linkWarningsOf,
	linksInCorpus,
	referencesInText,
	rememberingFinder,
	speakerAt,
} from './links.ts';

const resolution = { kind: 'resolution' } as const;
const draft = { kind: 'draft' } as const;
const op = (number: number, part: PartScope = resolution): PassageAddress => ({
	kind: 'operative',
	part,
	number,
});

/** A resolution of the Assembly with operative paragraphs 1 to 3, its own paragraph 2 citing paragraph 1. */
function assemblyResolution(symbol: string): UnDocument {
	const document = resolutionDocument([
		resolutionPart(
			[paragraph('preambular', 1, [run('Recalling its resolution 63/193,')], 'Recalling')],
			[
				paragraph('operative', 1, [run('Decides to hold the Congress;')], 'Decides'),
				paragraph(
					'operative',
					2,
					[run('Requests the report referred to in paragraph 1 above;')],
					'Requests',
				),
				paragraph(
					'operative',
					3,
					[run('Notes article 30 of the United Nations Convention against Corruption;')],
					'Notes',
				),
			],
		),
	]);
	return { ...document, meta: resolutionMeta({ symbol }) };
}

/** An ECOSOC resolution that recommends a draft to the Assembly. */
function councilResolution(): UnDocument {
	const own = resolutionPart(
		[paragraph('preambular', 1, [run('Recalling its resolution 2006/26,')], 'Recalling')],
		[paragraph('operative', 1, [run('Recommends the following draft;')], 'Recommends')],
	);
	const recommended = resolutionPart(
		[paragraph('preambular', 1, [run('Recalling its resolution 57/270 B,')], 'Recalling')],
		[],
		{ kind: 'draft' },
	);
	const document = resolutionDocument([{ ...own, parts: [recommended] }]);
	return {
		...document,
		meta: resolutionMeta({ symbol: 'E/RES/2007/99', body: 'Economic and Social Council' }),
	};
}

const context = (
	symbol: string,
	address: PassageAddress,
	speaker: LinkContext['speaker'] = 'General Assembly',
): LinkContext => ({
	symbol,
	speaker,
	scope: resolution,
	address,
});

describe('speakerAt', () => {
	it('gives the document’s own body outside a draft', () => {
		expect(speakerAt('Economic and Social Council', op(1))).toBe('Economic and Social Council');
	});
	it('makes a draft resolution speak as the General Assembly', () => {
		expect(speakerAt('Economic and Social Council', op(1, draft))).toBe('General Assembly');
	});
	it('reads a report of the Secretary-General as addressed to the Assembly', () => {
		expect(speakerAt('Secretary-General', { kind: 'report', number: 1 })).toBe('General Assembly');
	});
});

describe('corpusOf', () => {
	it('knows each document by its symbol, with the anchors its page has', () => {
		const corpus = corpusOf([assemblyResolution('A/RES/99/1')]);
		expect([...corpus.keys()]).toEqual(['A/RES/99/1']);
		expect(corpus.get('A/RES/99/1')?.anchors.has('op2')).toBe(true);
		expect(corpus.get('A/RES/99/1')?.anchors.has('op4')).toBe(false);
	});
});

describe('referencesInText', () => {
	it('resolves a resolution outside the corpus to its official record', () => {
		const found = referencesInText(
			'Recalling its resolution 63/193,',
			{ symbol: 'A/RES/99/1', address: op(1) },
			'General Assembly',
			corpusOf([]),
		);
		expect(
			found.map(({ text, target }) => [text, target.kind === 'none' ? null : target.href]),
		).toEqual([['resolution 63/193', 'https://undocs.org/A/RES/63/193']]);
	});
});

describe('linksInCorpus', () => {
	const corpus = corpusOf([assemblyResolution('A/RES/99/1'), assemblyResolution('A/RES/99/2')]);
	const linksIn = linksInCorpus(corpus);

	it('links a corpus document to its page, over exactly the words that name it', () => {
		const text = 'Recalling its resolution 99/2 of 1 January 2009,';
		const [link] = linksIn(text, context('A/RES/99/1', op(1)));
		expect(link?.href).toBe('/A/RES/99/2/');
		expect(text.slice(link?.start, link?.end)).toBe('resolution 99/2');
	});
	it('links "paragraph 1 above" to the citing document’s own paragraph', () => {
		expect(
			linksIn('as in paragraph 1 above;', context('A/RES/99/2', op(2))).map((link) => link.href),
		).toEqual(['/A/RES/99/2/#op1']);
	});
	it('reads "its resolution" as the Council’s when the Council speaks', () => {
		expect(
			linksIn(
				'Recalling its resolution 2006/26,',
				context('E/RES/2007/99', op(1), 'Economic and Social Council'),
			).map((link) => link.href),
		).toEqual(['https://undocs.org/E/RES/2006/26']);
	});
	it('leaves a treaty article unlinked', () => {
		expect(
			linksIn(
				'article 30 of the United Nations Convention against Corruption',
				context('A/RES/99/1', op(3)),
			),
		).toEqual([]);
	});
});

describe('citingReferencesOf', () => {
	it('records every reference with the passage it stands in', () => {
		const found = citingReferencesOf(assemblyResolution('A/RES/99/1'));
		expect(found.map(({ citing, reference }) => [citing.address, reference.kind])).toEqual([
			[{ kind: 'preambular', part: resolution, number: 1 }, 'document'],
			[op(2), 'same-document'],
			[op(3), 'unsymbolled'],
		]);
	});
	it('reads "the Convention" by the convention named earlier in its passage or its document', () => {
		const untoc = 'United Nations Convention against Transnational Organized Crime';
		const document = resolutionDocument([
			resolutionPart(
				[paragraph('preambular', 1, [run(`Recalling the ${untoc},`)], 'Recalling')],
				[
					paragraph(
						'operative',
						1,
						[
							run(`Invites the parties to the ${untoc},`),
							call(1),
							run(' to apply the Convention;'),
						],
						'Invites',
					),
					paragraph('operative', 2, [run('Urges ratification of the Convention;')], 'Urges'),
				],
			),
		]);
		expect(
			citingReferencesOf(document).map(({ citing, reference }) => [
				citing.address,
				reference.kind === 'unsymbolled' ? reference.work : reference.kind,
			]),
		).toEqual([
			[{ kind: 'preambular', part: resolution, number: 1 }, untoc],
			[op(1), untoc],
			[op(1), untoc],
			[op(2), untoc],
		]);
	});
	it('reads references in a footnote too', () => {
		const document = assemblyResolution('A/RES/99/1');
		const withFootnote: UnDocument = {
			...document,
			footnotes: [{ number: 1, content: [run('A/64/123.')], at: { line: 1, column: 1 } }],
		};
		expect(citingReferencesOf(withFootnote).at(-1)).toEqual({
			citing: { symbol: 'A/RES/99/1', address: { kind: 'footnote', number: 1 } },
			reference: {
				kind: 'document',
				symbol: 'A/64/123',
				place: { kind: 'whole' },
				instrument: null,
			},
		});
	});
	it('reads the text on both sides of a footnote call', () => {
		const document = resolutionDocument([
			resolutionPart(
				[],
				[
					paragraph(
						'operative',
						1,
						[run('Takes note of A/64/123,'), call(1), run(' and A/64/130;')],
						'Takes note',
					),
				],
			),
		]);
		expect(
			citingReferencesOf(document).map(({ reference }) =>
				reference.kind === 'document' ? reference.symbol : null,
			),
		).toEqual(['A/64/123', 'A/64/130']);
	});
});

describe('citesOf', () => {
	it('lists the other documents a document cites, and the works it cites that have no symbol', () => {
		expect(citesOf(assemblyResolution('A/RES/99/1'))).toEqual({
			cites: ['A/RES/63/193'],
			citesWithoutSymbol: ['United Nations Convention against Corruption'],
		});
	});
	it('reads "its resolution" in ECOSOC’s own text as the Council’s and in its draft as the Assembly’s', () => {
		expect(citesOf(councilResolution()).cites).toEqual(['E/RES/2006/26', 'A/RES/57/270B']);
	});
	it('does not list a document among what it cites when it names itself', () => {
		const document = assemblyResolution('A/RES/63/193');
		expect(citesOf(document).cites).toEqual([]);
	});
});

describe('linkWarningsOf', () => {
	it('reports a paragraph reference that its document lacks, with the seed file and line', () => {
		const document = resolutionDocument([
			resolutionPart(
				[],
				[paragraph('operative', 1, [run('Recalls paragraph 9 above;')], 'Recalls')],
			),
		]);
		const line = document.parts[0]?.operative[0]?.at.line;
		expect(linkWarningsOf([document], corpusOf([document]))).toEqual([
			{
				file: 'test.txt',
				line,
				message: 'A/RES/99/1 has no op9 for paragraph 9; linked to the document',
			},
		]);
	});
	it('says nothing of references that resolve', () => {
		const document = assemblyResolution('A/RES/99/1');
		expect(linkWarningsOf([document], corpusOf([document]))).toEqual([]);
	});
});

describe('citesAndLinkWarningsOf', () => {
	it('gives what citesOf and linkWarningsOf give, together', () => {
		const document = resolutionDocument([
			resolutionPart(
				[paragraph('preambular', 1, [run('Recalling its resolution 63/193,')], 'Recalling')],
				[paragraph('operative', 1, [run('Recalls paragraph 9 above;')], 'Recalls')],
			),
		]);
		const corpus = corpusOf([document]);
		const line = document.parts[0]?.operative[0]?.at.line;
		expect(citesAndLinkWarningsOf(document, corpus)).toEqual({
			cites: ['A/RES/63/193'],
			citesWithoutSymbol: [],
			warnings: [
				{
					file: 'test.txt',
					line,
					message: 'A/RES/99/1 has no op9 for paragraph 9; linked to the document',
				},
			],
		});
		expect(citesAndLinkWarningsOf(document, corpus)).toEqual({
			...citesOf(document),
			warnings: linkWarningsOf([document], corpus),
		});
	});
});

describe('rememberingFinder', () => {
	it('finds what findReferences finds, searching each text once for each speaker', () => {
		const searched: string[] = [];
		const find = rememberingFinder((text, speaker) => {
			searched.push(`${speaker}: ${text}`);
			return findReferences(text, speaker);
		});
		const text = 'Recalling its resolution 63/193,';
		expect(find(text, 'General Assembly')).toEqual(findReferences(text, 'General Assembly'));
		find(text, 'General Assembly');
		find(text, 'Economic and Social Council');
		expect(searched).toEqual([`General Assembly: ${text}`, `Economic and Social Council: ${text}`]);
	});
});
