/**
 * Every document in Akoma Ntoso: the five seeds and every real resolution of tests/fixtures/ga-80/
 * that the converter accepts (tests/corpus/ga-80.test.ts lists the extractions it refuses, and why),
 * each linked beside the seeds as `npm run convert` would link it. Each must be valid against the
 * OASIS schema, and hold the model's text word for word: the body in reading order, each passage
 * under its eId, each footnote at the place that first calls it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../scripts/content-io.ts';
import { aknEidFor, type PassageAddress } from '../src/lib/contract.ts';
import { aknXml } from '../src/lib/emit/akn.ts';
import { documentPiecesInSeedOrder, lettersAndDigits } from '../src/lib/fidelity.ts';
import { inlineSegments, plainText } from '../src/lib/inline.ts';
import { corpusOf, linksInCorpus } from '../src/lib/link/links.ts';
import type { UnDocument } from '../src/lib/model.ts';
import { ParseError } from '../src/lib/parse/error.ts';
import { parseSeed } from '../src/lib/parse/seed.ts';
import { passagesOf } from '../src/lib/passages.ts';
import { aknSchemaErrors } from './support/akn-schema.ts';
import {
	call,
	paragraph,
	resolutionDocument,
	resolutionMeta,
	resolutionPart,
	run,
} from './support/model-builders.ts';
import {
	elementsWhere,
	elementWithEid,
	readXml,
	type ReadElement,
	textUnder,
} from './support/xml-reader.ts';

const seeds = (await readSeeds('seeds')).map((seed) => parseSeed(seed).document);

const directory = 'tests/fixtures/ga-80';
const extractions = readdirSync(directory)
	.filter((name) => name !== 'README.md')
	.sort()
	.flatMap((name): UnDocument[] => {
		const text = readFileSync(`${directory}/${name}`, 'utf8');
		try {
			return [parseSeed({ file: `${directory}/${name}`, text, sidecar: null }).document];
		} catch (error) {
			if (error instanceof ParseError) return [];
			throw error;
		}
	});

/** A document as the site publishes it, linked across the seeds and itself. */
function published(document: UnDocument): { document: UnDocument; xml: string } {
	const corpus = corpusOf(seeds.includes(document) ? seeds : [...seeds, document]);
	return { document, xml: aknXml(document, { linksIn: linksInCorpus(corpus), site: null }) };
}

const documents = [...seeds, ...extractions].map(published);

const hostile = '</p><script>alert("x")</script> & ]]> <!-- \u0000\u0007\uFFFF \uD800';
const hostileFile = 'hostile.akn.xml';
const hostileXml = aknXml(
	{
		...resolutionDocument(
			[
				resolutionPart(
					[paragraph('preambular', 1, [run(`${hostile} Recalling`), call(1)], hostile)],
					[paragraph('operative', 1, [run(hostile), call(1, 2)])],
					{
						opening: run(hostile),
						operativeIntro: run(hostile),
						closing: [run(hostile)],
						headings: [{ text: [run(hostile)], before: { list: 'operative', index: 0 } }],
					},
				),
			],
			{ footnotes: [{ number: 1, content: [run(hostile)], at: { line: 99, column: 1 } }] },
		),
		meta: { ...resolutionMeta(), title: hostile, resolutionNumber: hostile },
	},
	{ linksIn: () => [], site: null },
);

// One run of xmllint for every file: compiling the schema is most of its time.
const validation = aknSchemaErrors([
	...documents.map(({ document, xml }) => ({
		fileName: `${document.file.split('/').at(-1) ?? ''}.akn.xml`,
		contents: xml,
	})),
	{ fileName: hostileFile, contents: hostileXml },
]);

const notes = new Set(['authorialNote', 'noteRef']);

/** Text without the notes it calls. */
const withoutNotes = (element: ReadElement): string | null => (notes.has(element.name) ? '' : null);

/**
 * The body's text as the seed prints it: a note stands as its number (the call), and what the
 * preface prints from the metadata (the number and title the model keeps in `meta`) is left out.
 */
const asPrinted = (element: ReadElement): string | null => {
	if (notes.has(element.name)) return element.attributes['marker'] ?? '';
	return ['meta', 'docNumber', 'docTitle'].includes(element.name) ? '' : null;
};

/** The paragraph of text that is a passage's own, inside the element that has its eId. */
function passageText(element: ReadElement): ReadElement | undefined {
	for (const child of element.children) {
		if (typeof child === 'string') continue;
		if (child.name === 'p') return child;
		if (child.name === 'content' || child.name === 'intro') return passageText(child);
	}
	return undefined;
}

/** The footnote numbers a stretch of text calls, in order, as the notes in it (not in its notes) mark them. */
function markersIn(element: ReadElement): string[] {
	return element.children.flatMap((child) => {
		if (typeof child === 'string') return [];
		return notes.has(child.name) ? [child.attributes['marker'] ?? ''] : markersIn(child);
	});
}

function isOwnPassage(address: PassageAddress): boolean {
	// The contract gives a preambular paragraph's items no anchor of their own.
	return !(address.kind === 'preambular' && (address.items?.length ?? 0) > 0);
}

describe('the Akoma Ntoso of every document', () => {
	it('reads the five seeds and the accepted extractions of tests/fixtures/ga-80/', () => {
		// 111 extractions, 19 of them refused (tests/corpus/ga-80.test.ts).
		expect([seeds.length, extractions.length]).toEqual([5, 92]);
	});

	it('is valid against the Akoma Ntoso 3.0 schema', async () => {
		expect((await validation).filter((error) => !error.startsWith(hostileFile))).toEqual([]);
	});

	it('is valid with hostile text in every place the text goes, and keeps it text', async () => {
		expect((await validation).filter((error) => error.startsWith(hostileFile))).toEqual([]);
		expect(elementsWhere(readXml(hostileXml), (element) => element.name === 'script')).toEqual([]);
	});

	for (const { document, xml } of documents) {
		describe(document.file, () => {
			const root = readXml(xml);

			it('holds the text of the document, and only that, in reading order', () => {
				const pieces = documentPiecesInSeedOrder(document).filter(
					(piece) => piece.role === 'text' || piece.role === 'label',
				);
				expect(lettersAndDigits(textUnder(root, asPrinted))).toBe(
					lettersAndDigits(pieces.map((piece) => piece.text).join('')),
				);
			});

			it('holds each passage word for word under the eId of its anchor, in order', () => {
				const passages = passagesOf(document).filter(
					(passage) => passage.address.kind !== 'footnote' && isOwnPassage(passage.address),
				);
				const eIds = new Set(passages.map((passage) => aknEidFor(passage.address)));
				const found = elementsWhere(root, (element) => eIds.has(element.attributes['eId'] ?? ''));
				expect(found.map((element) => element.attributes['eId'])).toEqual([...eIds]);
				for (const passage of passages) {
					const text = passageText(elementWithEid(root, aknEidFor(passage.address)));
					expect(text && textUnder(text, withoutNotes).replace(/\s+/g, ' ').trim()).toBe(
						plainText(passage.content),
					);
				}
			});

			it('sets each footnote at the place that first calls it, and refers to it from the others', () => {
				for (const passage of passagesOf(document)) {
					if (!isOwnPassage(passage.address)) continue;
					const owner = elementWithEid(root, aknEidFor(passage.address));
					const text = passage.address.kind === 'footnote' ? owner : passageText(owner);
					const calls = inlineSegments(passage.content).flatMap((segment) =>
						segment.kind === 'footnote-call' ? [String(segment.footnote)] : [],
					);
					expect(text && markersIn(text), passage.address.kind).toEqual(calls);
				}
				for (const footnote of document.footnotes) {
					const note = elementWithEid(
						root,
						aknEidFor({ kind: 'footnote', number: footnote.number }),
					);
					expect(note.name).toBe('authorialNote');
					expect(textUnder(note, withoutNotes).replace(/\s+/g, ' ').trim()).toBe(
						plainText(footnote.content),
					);
				}
			});
		});
	}
});
