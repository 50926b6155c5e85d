import { describe, expect, it } from 'vitest';
import {
	call,
	paragraph,
	resolutionDocument,
	resolutionMeta,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';
import {
	elementsWhere,
	elementWithEid,
	type ReadElement,
	readXml,
	textUnder,
} from '../../../tests/support/xml-reader.ts';
import type { LinksInText } from '../link/types.ts';
import type { ListItem, ResolutionPart, UnDocument } from '../model.ts';
import { aknXml } from './akn.ts';

const noLinks: LinksInText = () => [];

function item(label: string, text: string, items: ListItem[] = []): ListItem {
	const content = [run(text)];
	return {
		label,
		printedLabel: `(${label})`,
		content,
		items,
		at: content[0]?.at ?? { line: 1, column: 1 },
	};
}

function read(document: UnDocument, linksIn: LinksInText = noLinks, site: string | null = null) {
	return readXml(aknXml(document, { linksIn, site }));
}

function named(root: ReadElement, name: string): ReadElement[] {
	return elementsWhere(root, (element) => element.name === name);
}

function only(root: ReadElement, name: string): ReadElement {
	const [found, ...more] = named(root, name);
	if (found === undefined || more.length > 0) throw new Error(`not one ${name}`);
	return found;
}

/** The words under an element, spaced as a reader sees them: the file's layout is not text. */
function words(element: ReadElement): string {
	return textUnder(element).replace(/\s+/g, ' ').trim();
}

/** An element's own first child of a name. */
function child(element: ReadElement, name: string): ReadElement | undefined {
	return element.children.find(
		(candidate): candidate is ReadElement =>
			typeof candidate !== 'string' && candidate.name === name,
	);
}

/** An element's children that are elements, by name. */
function childNames(element: ReadElement): string[] {
	return element.children.flatMap((child) => (typeof child === 'string' ? [] : [child.name]));
}

const resolution = resolutionDocument([
	resolutionPart(
		[paragraph('preambular', 1, [run('Recalling its resolution 60/177,')], 'Recalling')],
		[
			paragraph('operative', 1, [run('Decides to act;')], 'Decides'),
			paragraph('operative', 2, [run('Requests the Secretary-General:')], 'Requests'),
		],
	),
]);
const firstPart = resolution.parts[0] as ResolutionPart;
(firstPart.operative[1] as { items: ListItem[] }).items = [
	item('a', 'To report;', [item('i', 'in writing;')]),
	item('b', 'To act.'),
];

describe('aknXml', () => {
	it('marks a resolution up as a statement identified as AKN4UN names its work', () => {
		const root = read(resolution);
		expect(root.name).toBe('akomaNtoso');
		expect(root.attributes['xmlns']).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
		expect(only(root, 'statement').attributes['name']).toBe('resolution');
		const identification = only(root, 'identification');
		expect(identification.attributes['source']).toBe('#crimeCongressResolutions');
		const uris = named(identification, 'FRBRuri').map((uri) => uri.attributes['value']);
		expect(uris).toEqual([
			'/akn/un/statement/resolution/unga/2009-12-18/99-1',
			'/akn/un/statement/resolution/unga/2009-12-18/99-1/eng@',
			'/akn/un/statement/resolution/unga/2009-12-18/99-1/eng@.akn',
		]);
		expect(only(root, 'FRBRlanguage').attributes['language']).toBe('eng');
		expect(words(only(root, 'preface'))).toBe('99/1. A test resolution');
	});

	it('sets the opening and the preambular paragraphs as recitals in the preamble', () => {
		const preamble = only(read(resolution), 'preamble');
		expect(childNames(preamble)).toEqual(['formula', 'recitals']);
		expect(words(only(preamble, 'formula'))).toBe('The General Assembly,');
		const recital = only(preamble, 'recital');
		expect(recital.attributes['eId']).toBe('preamble__rec_1');
		expect(words(recital)).toBe('Recalling its resolution 60/177,');
	});

	it('sets the operative paragraphs in the main body, numbered, the lead phrase in italics', () => {
		const root = read(resolution);
		const first = elementWithEid(root, 'para_1');
		expect(first.name).toBe('paragraph');
		expect(childNames(first)).toEqual(['num', 'content']);
		expect(textUnder(only(first, 'num'))).toBe('1.');
		const [lead] = named(first, 'i');
		expect([lead?.attributes['class'], lead && textUnder(lead)]).toEqual(['leadPhrase', 'Decides']);
		expect(textUnder(only(first, 'p'))).toBe('Decides to act;');
	});

	it('nests sub-paragraphs as points after the text that introduces them, with their anchors’ eIds', () => {
		const second = elementWithEid(read(resolution), 'para_2');
		expect(childNames(second)).toEqual(['num', 'intro', 'point', 'point']);
		expect(
			named(second, 'point').map((point) => [
				point.attributes['eId'],
				words(child(point, 'num') ?? point),
			]),
		).toEqual([
			['para_2__point_a', '(a)'],
			['para_2__point_a__point_i', '(i)'],
			['para_2__point_b', '(b)'],
		]);
		expect(words(elementWithEid(second, 'para_2__point_a__point_i'))).toBe('(i) in writing;');
	});

	it('sets the closing lines in the conclusions', () => {
		const conclusions = only(read(resolution), 'conclusions');
		expect(named(conclusions, 'p').map((line) => textUnder(line))).toEqual([
			'65th plenary meeting',
			'18 December 2009',
		]);
	});

	it('sets a footnote’s text at its first call, and refers to it from a later one', () => {
		const document = resolutionDocument(
			[
				resolutionPart(
					[paragraph('preambular', 1, [run('Recalling the Convention,'), call(1), run(' and')])],
					[paragraph('operative', 1, [run('Invites States parties to it,'), call(1, 2)])],
				),
			],
			{
				footnotes: [
					{ number: 1, content: [run('Resolution 55/25, annex I.')], at: { line: 90, column: 1 } },
				],
			},
		);
		const root = read(document);
		const note = elementWithEid(root, 'authorialNote_1');
		expect(note.attributes).toMatchObject({ marker: '1', placement: 'bottom' });
		expect(textUnder(note)).toBe('Resolution 55/25, annex I.');
		expect(
			elementsWhere(elementWithEid(root, 'preamble__rec_1'), (element) => element === note),
		).toHaveLength(1);
		const reference = elementWithEid(root, 'noteRef_1_2');
		expect(reference.attributes).toMatchObject({ marker: '1', href: '#authorialNote_1' });
		expect(
			elementsWhere(elementWithEid(root, 'para_1'), (element) => element === reference),
		).toHaveLength(1);
	});

	it('refuses a footnote that nothing calls, which it would otherwise leave out', () => {
		const document = resolutionDocument(
			[resolutionPart([], [paragraph('operative', 1, [run('Decides.')])])],
			{
				footnotes: [{ number: 1, content: [run('Never called.')], at: { line: 90, column: 1 } }],
			},
		);
		expect(() => aknXml(document, { linksIn: noLinks, site: null })).toThrow(
			/footnote 1 is never called/,
		);
	});

	it('links references to the page’s addresses, absolute on the public address, and web addresses apart', () => {
		const document = resolutionDocument([
			resolutionPart(
				[],
				[paragraph('operative', 1, [run('Recalls resolution 64/180; see www.unodc.org.')])],
			),
		]);
		const linksIn: LinksInText = (text) => {
			const start = text.indexOf('resolution 64/180');
			return start < 0 ? [] : [{ start, end: start + 17, href: '/A/RES/64/180/#op5' }];
		};
		const root = read(document, linksIn, 'https://example.org');
		expect(named(root, 'ref').map((ref) => [ref.attributes['href'], textUnder(ref)])).toEqual([
			['https://example.org/A/RES/64/180/#op5', 'resolution 64/180'],
		]);
		expect(named(root, 'a').map((a) => [a.attributes['href'], textUnder(a)])).toEqual([
			['https://www.unodc.org', 'www.unodc.org'],
		]);
		expect(only(read(document, linksIn, null), 'ref').attributes['href']).toBe(
			'/A/RES/64/180/#op5',
		);
	});

	it('keeps hostile text text, in the body, the notes, the headings and the title', () => {
		const hostile = '</p><script>alert("x")</script> & <!-- a -->';
		const document = resolutionDocument(
			[
				resolutionPart(
					[paragraph('preambular', 1, [run(hostile), call(1)])],
					[paragraph('operative', 1, [run(hostile)])],
					{ headings: [{ text: [run(hostile)], before: { list: 'operative', index: 0 } }] },
				),
			],
			{ footnotes: [{ number: 1, content: [run(hostile)], at: { line: 90, column: 1 } }] },
		);
		document.meta = resolutionMeta({ title: hostile });
		const xml = aknXml(document, { linksIn: noLinks, site: null });
		expect(xml).toContain(
			'&lt;/p&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;!-- a --&gt;',
		);
		const root = readXml(xml);
		expect(named(root, 'script')).toEqual([]);
		expect(textUnder(only(root, 'docTitle'))).toBe(hostile);
		expect(textUnder(elementWithEid(root, 'authorialNote_1'))).toBe(hostile);
		expect(words(elementWithEid(root, 'crossHeading_1'))).toBe(hostile);
		expect(textUnder(only(elementWithEid(root, 'para_1'), 'p'))).toBe(hostile);
	});

	it('sets a heading among the paragraphs as a cross heading with its anchor’s eId', () => {
		const document = resolutionDocument([
			resolutionPart(
				[],
				[
					paragraph('operative', 1, [run('Decides;')]),
					paragraph('operative', 2, [run('Requests.')]),
				],
				{ headings: [{ text: [run('II. Follow-up')], before: { list: 'operative', index: 1 } }] },
			),
		]);
		const body = only(read(document), 'mainBody');
		expect(childNames(body)).toEqual(['paragraph', 'hcontainer', 'paragraph']);
		const heading = elementWithEid(body, 'crossHeading_1');
		expect([heading.attributes['name'], words(heading)]).toEqual(['crossHeading', 'II. Follow-up']);
	});

	it('attaches each annex as a document of its own, its passages named under the annex', () => {
		const annex = (index: number): ResolutionPart => ({
			...resolutionPart(
				[paragraph('preambular', 1, [run('Having met,')])],
				[paragraph('operative', 1, [run('We declare.')])],
			),
			kind: 'annex',
			index,
			heading: run(`Annex ${index}`),
			title: [run('A declaration')],
			opening: run('We, the States,'),
			closing: [],
		});
		const document = resolutionDocument([
			resolutionPart([], [paragraph('operative', 1, [run('Adopts the declarations.')])]),
			annex(1),
			annex(2),
		]);
		const root = read(document);
		const attachments = named(root, 'attachment');
		expect(attachments.map((attachment) => attachment.attributes['eId'])).toEqual([
			'annex_1',
			'annex_2',
		]);
		const second = attachments[1] as ReadElement;
		expect(only(second, 'doc').attributes['name']).toBe('annex');
		expect(named(second, 'FRBRthis')[0]?.attributes['value']).toMatch(/\/99-1\/!annex_2$/);
		expect(words(only(second, 'preface'))).toBe('Annex 2 A declaration');
		expect(elementWithEid(second, 'annex_2__preamble__rec_1').name).toBe('recital');
		expect(elementWithEid(second, 'annex_2__para_1').name).toBe('paragraph');
	});

	it('quotes a recommended draft resolution where the text has it, before the closing lines', () => {
		const draft: ResolutionPart = {
			...resolutionPart(
				[paragraph('preambular', 1, [run('“Recalling its resolution,')])],
				[paragraph('operative', 6, [run('“Accepts the offer.”')])],
			),
			kind: 'draft',
			opening: run('“The General Assembly,'),
			closing: [],
		};
		const document = resolutionDocument([
			{
				...resolutionPart(
					[],
					[paragraph('operative', 1, [run('Recommends the following draft resolution:')])],
				),
				opening: run('The Economic and Social Council,'),
				parts: [draft],
			},
		]);
		document.meta = resolutionMeta({
			body: 'Economic and Social Council',
			resolutionNumber: '2007/17',
			date: '2007-07-26',
		});
		const root = read(document);
		const statement = only(root, 'statement');
		expect(childNames(statement)).toEqual([
			'meta',
			'preface',
			'preamble',
			'mainBody',
			'conclusions',
		]);
		const block = only(root, 'block');
		expect(block.attributes['name']).toBe('draftResolution');
		const quoted = only(block, 'embeddedStructure');
		expect(quoted.attributes['eId']).toBe('draft');
		expect(childNames(quoted)).toEqual(['formula', 'recitals', 'paragraph']);
		expect(elementWithEid(quoted, 'draft__para_6').name).toBe('paragraph');
		expect(elementWithEid(quoted, 'draft__preamble__rec_1').name).toBe('recital');
		expect(childNames(only(root, 'mainBody'))).toEqual(['paragraph', 'block']);
	});

	it('marks a report up as a doc named report, its summary and numbered paragraphs', () => {
		const document: UnDocument = {
			...resolutionDocument([]),
			meta: resolutionMeta({
				symbol: 'A/67/97',
				body: 'Secretary-General',
				documentType: 'report',
				resolutionNumber: null,
				date: '2012',
			}),
			report: {
				heading: run('Report of the Secretary-General'),
				summaryHeading: run('Summary'),
				summary: [run('The present report contains information.')],
				paragraphs: [
					{
						...paragraph('report', 1, [run('In its resolution 66/179, the Assembly:')]),
						items: [item('a', 'Took note;')],
					},
				],
			},
		};
		const root = read(document);
		const doc = only(root, 'doc');
		expect(doc.attributes['name']).toBe('report');
		expect(named(doc, 'FRBRuri')[0]?.attributes['value']).toBe(
			'/akn/un/doc/report/unsg/2012/A-67-97',
		);
		expect(named(doc, 'FRBRdate')[0]?.attributes).toMatchObject({
			date: '2012-12-31',
			name: 'issuedNoLaterThan',
		});
		expect(words(only(doc, 'preface'))).toBe('A test resolution Report of the Secretary-General');
		const summary = elementWithEid(doc, 'summary');
		expect([summary.name, words(summary)]).toEqual([
			'hcontainer',
			'Summary The present report contains information.',
		]);
		expect(elementWithEid(doc, 'para_1__point_a').name).toBe('point');
	});
});
