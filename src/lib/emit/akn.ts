/**
 * The document model as Akoma Ntoso 3.0 (OASIS LegalDocML), in the shape AKN4UN, the UN's guidance
 * for it, gives a resolution: a `<statement name="resolution">` whose preambular paragraphs are
 * recitals in `<preamble>` and whose operative paragraphs are `<paragraph>`s in `<mainBody>`, their
 * sub-paragraphs `<point>`s, its annexes `<attachment>`s that hold a document of their own, its
 * footnotes `<authorialNote>`s at their calls. Every `eId` is a contract anchor as `aknEidOf` rewrites it.
 *
 * The text is the page's (akn-text.ts), and goes into the tree as text only: the serialiser
 * (xml.ts) escapes it, so a seed can never add markup.
 */
import {
	aknEidFor,
	aknEidOf,
	anchorFor,
	partAnchor,
	type PartScope,
	type PassageAddress,
	sectionAnchor,
} from '../contract.ts';
import { plainText } from '../inline.ts';
import type {
	Body,
	Inline,
	ListItem,
	Paragraph,
	ReportBody,
	ResolutionPart,
	UnDocument,
} from '../model.ts';
import {
	annexCountOf,
	partScopeOf,
	reportParagraphAddress,
	resolutionParagraphAddress,
} from '../passages.ts';
import { aknIdentification, aknReferences } from './akn-meta.ts';
import {
	type AknDocumentContext,
	aknDocumentContext,
	type AknOptions,
	aknText,
	checkEveryFootnotePlaced,
} from './akn-text.ts';
import { element, xmlDocument, type XmlElement } from './xml.ts';

export type { AknOptions } from './akn-text.ts';

/** The namespace of Akoma Ntoso 3.0. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

// The elements whose content is text, where every space is the document's own.
const mixedContent = new Set(['p', 'num', 'heading', 'i', 'a', 'ref', 'docNumber', 'docTitle']);

/** Where a part's text stands, and who speaks in it. */
interface PartContext {
	document: AknDocumentContext;
	scope: PartScope | null;
	speaker: Body;
}

function textOf(
	content: readonly Inline[],
	address: PassageAddress,
	leadPhrase: string | null,
	part: PartContext,
): XmlElement {
	const { symbol } = part.document.document.meta;
	const context = { symbol, speaker: part.speaker, scope: part.scope, address, leadPhrase };
	return aknText(content, context, part.document);
}

function numOf(printedLabel: string | null): XmlElement[] {
	return printedLabel === null ? [] : [element('num', {}, [printedLabel])];
}

type ToAddress = (labels: readonly string[]) => PassageAddress;

/** Sub-paragraphs as points, each with its own eId: `para_5__point_a`. */
function points(
	items: readonly ListItem[],
	toAddress: ToAddress,
	parents: readonly string[],
	part: PartContext,
): XmlElement[] {
	return items.map((item) => {
		const labels = [...parents, item.label];
		const address = toAddress(labels);
		return element('point', { eId: aknEidFor(address) }, [
			...numOf(item.printedLabel),
			...bodyOf(textOf(item.content, address, null, part), item.items, toAddress, labels, part),
		]);
	});
}

/** A hierarchy's own text: its content, or where it has points the text that introduces them. */
function bodyOf(
	text: XmlElement,
	items: readonly ListItem[],
	toAddress: ToAddress,
	labels: readonly string[],
	part: PartContext,
): XmlElement[] {
	return items.length === 0
		? [element('content', {}, [text])]
		: [element('intro', {}, [text]), ...points(items, toAddress, labels, part)];
}

/**
 * The items of a preambular paragraph as a block list inside its recital: a recital holds blocks,
 * not points, and the contract gives them no anchor of their own, so they carry no eId.
 */
function blockList(
	items: readonly ListItem[],
	toAddress: ToAddress,
	parents: readonly string[],
	part: PartContext,
): XmlElement {
	return element(
		'blockList',
		{},
		items.map((item) => {
			const labels = [...parents, item.label];
			return element('item', {}, [
				...numOf(item.printedLabel),
				textOf(item.content, toAddress(labels), null, part),
				...(item.items.length === 0 ? [] : [blockList(item.items, toAddress, labels, part)]),
			]);
		}),
	);
}

function paragraphElement(
	paragraph: Paragraph,
	toAddress: ToAddress,
	part: PartContext,
): XmlElement {
	const address = toAddress([]);
	const text = textOf(paragraph.content, address, paragraph.leadPhrase, part);
	const eId = aknEidFor(address);
	if (paragraph.kind === 'preambular') {
		const items = paragraph.items;
		return element('recital', { eId }, [
			...numOf(paragraph.printedLabel),
			text,
			...(items.length === 0 ? [] : [blockList(items, toAddress, [], part)]),
		]);
	}
	return element('paragraph', { eId }, [
		...numOf(paragraph.printedLabel),
		...bodyOf(text, paragraph.items, toAddress, [], part),
	]);
}

/**
 * The headings printed before paragraph `index` of a part's list: among recitals a container (the
 * preamble holds no hierarchy), among paragraphs a hierarchical container with its heading.
 */
function headingsBefore(
	part: ResolutionPart,
	scope: PartScope,
	list: 'preamble' | 'operative',
	index: number,
): XmlElement[] {
	return (part.headings ?? []).flatMap((heading, position) => {
		if (heading.before.list !== list || heading.before.index !== index) return [];
		const attributes = { name: 'crossHeading', eId: aknEidOf(sectionAnchor(scope, position + 1)) };
		const text = plainText(heading.text);
		return list === 'preamble'
			? [element('container', attributes, [element('p', {}, [text])])]
			: [element('hcontainer', attributes, [element('heading', {}, [text])])];
	});
}

/** A part's preambular paragraphs as recitals, in runs between the headings printed among them. */
function recitalsOf(part: ResolutionPart, scope: PartScope, context: PartContext): XmlElement[] {
	const nodes: XmlElement[] = [];
	let run: XmlElement[] = [];
	const endRun = (): void => {
		if (run.length > 0) nodes.push(element('recitals', {}, run));
		run = [];
	};
	part.preamble.forEach((paragraph, index) => {
		const headings = headingsBefore(part, scope, 'preamble', index);
		if (headings.length > 0) {
			endRun();
			nodes.push(...headings);
		}
		run.push(
			paragraphElement(
				paragraph,
				(items) => resolutionParagraphAddress(paragraph, scope, items),
				context,
			),
		);
	});
	endRun();
	return [...nodes, ...headingsBefore(part, scope, 'preamble', part.preamble.length)];
}

/** A part's text, sorted into the places an AKN document has for it. */
interface PartSections {
	/** The part's heading and title ("Annex", a declaration's name). */
	front: XmlElement[];
	/** Its opening ("The General Assembly,"), preambular paragraphs and the line that ends them. */
	preamble: XmlElement[];
	/** Its operative paragraphs, then the parts quoted in it (the draft it recommends). */
	body: XmlElement[];
	/** Its closing lines ("65th plenary meeting", the date). */
	closing: XmlElement[];
}

function partSections(
	part: ResolutionPart,
	annexCount: number,
	document: AknDocumentContext,
): PartSections {
	const scope = partScopeOf(part, annexCount);
	// A draft resolution speaks as the body it is recommended to: ECOSOC's drafts speak as the Assembly.
	const speaker: Body = part.kind === 'draft' ? 'General Assembly' : document.document.meta.body;
	const context: PartContext = { document, scope, speaker };
	const formula = (name: string, text: string): XmlElement =>
		element('formula', { name }, [element('p', {}, [text])]);
	return {
		front: [
			...(part.heading === null ? [] : [element('p', { class: 'heading' }, [part.heading.text])]),
			...(part.title.length === 0
				? []
				: [element('longTitle', {}, [element('p', {}, [plainText(part.title)])])]),
		],
		preamble: [
			...(part.opening === null ? [] : [formula('opening', part.opening.text)]),
			...recitalsOf(part, scope, context),
			...(part.operativeIntro === null
				? []
				: [formula('operativeIntro', part.operativeIntro.text)]),
		],
		body: [
			...part.operative.flatMap((paragraph, index) => [
				...headingsBefore(part, scope, 'operative', index),
				paragraphElement(
					paragraph,
					(items) => resolutionParagraphAddress(paragraph, scope, items),
					context,
				),
			]),
			...headingsBefore(part, scope, 'operative', part.operative.length),
			...part.parts.map((nested) => quotedPart(nested, annexCount, document)),
		],
		closing: part.closing.map((run) => element('p', {}, [run.text])),
	};
}

/**
 * A part quoted in another's text, as the draft resolution that an ECOSOC resolution recommends
 * stands in it: an embedded structure at its place in the text, before the closing lines, rather
 * than an attachment after them. Its paragraphs are paragraphs, with their own eIds (`draft__para_6`).
 */
function quotedPart(
	part: ResolutionPart,
	annexCount: number,
	document: AknDocumentContext,
): XmlElement {
	const sections = partSections(part, annexCount, document);
	const eId = aknEidOf(partAnchor(partScopeOf(part, annexCount)));
	return element('block', { name: part.kind === 'draft' ? 'draftResolution' : part.kind }, [
		element('embeddedStructure', { eId }, [
			...sections.front,
			...sections.preamble,
			...sections.body,
			...sections.closing,
		]),
	]);
}

/** The parts of an AKN document, each only where it has something. */
function documentParts(
	preface: readonly XmlElement[],
	sections: Omit<PartSections, 'front'>,
): XmlElement[] {
	const section = (name: string, children: readonly XmlElement[]): XmlElement[] =>
		children.length === 0 ? [] : [element(name, {}, children)];
	return [
		...section('preface', preface),
		...section('preamble', sections.preamble),
		element('mainBody', {}, sections.body),
		...section('conclusions', sections.closing),
	];
}

/** An annex: an attachment that holds a document of its own, identified as a component of the work. */
function annexAttachment(
	part: ResolutionPart,
	annexCount: number,
	document: AknDocumentContext,
): XmlElement {
	const eId = aknEidOf(partAnchor(partScopeOf(part, annexCount)));
	const { front, ...sections } = partSections(part, annexCount, document);
	return element('attachment', { eId }, [
		element('doc', { name: 'annex' }, [
			element('meta', {}, [aknIdentification(document.document.meta, eId)]),
			...documentParts(front, sections),
		]),
	]);
}

/** The number and title the document is printed under: read into `meta`, shown in the preface. */
function titleOf(document: UnDocument): XmlElement {
	const { resolutionNumber, title } = document.meta;
	return element('longTitle', {}, [
		element('p', {}, [
			...(resolutionNumber === null ? [] : [element('docNumber', {}, [resolutionNumber]), '. ']),
			element('docTitle', {}, [title]),
		]),
	]);
}

function resolutionDocument(document: UnDocument, context: AknDocumentContext): XmlElement {
	const annexCount = annexCountOf(document);
	const resolution = document.parts.find((part) => part.kind !== 'annex');
	const annexes = document.parts.filter((part) => part.kind === 'annex');
	const sections =
		resolution === undefined
			? { front: [], preamble: [], body: [], closing: [] }
			: partSections(resolution, annexCount, context);
	const { front, ...rest } = sections;
	const attachments = annexes.map((part) => annexAttachment(part, annexCount, context));
	return element('statement', { name: 'resolution' }, [
		element('meta', {}, [aknIdentification(document.meta, 'main'), aknReferences(document.meta)]),
		...documentParts([titleOf(document), ...front], rest),
		...(attachments.length === 0 ? [] : [element('attachments', {}, attachments)]),
	]);
}

function reportDocument(
	document: UnDocument,
	report: ReportBody,
	context: AknDocumentContext,
): XmlElement {
	const part: PartContext = { document: context, scope: null, speaker: document.meta.body };
	const summary: PassageAddress = { kind: 'summary' };
	return element('doc', { name: 'report' }, [
		{
			comment:
				'Akoma Ntoso 3.0 has no type for a report: its doc, for any other document, holds it. A statement is what a body states or decides, as a resolution does; a report of the Secretary-General informs.',
		},
		element('meta', {}, [aknIdentification(document.meta, 'main'), aknReferences(document.meta)]),
		element('preface', {}, [
			titleOf(document),
			...(report.heading === null
				? []
				: [element('p', { class: 'heading' }, [report.heading.text])]),
		]),
		element('mainBody', {}, [
			...(report.summaryHeading === null && report.summary.length === 0
				? []
				: [
						element('hcontainer', { name: 'summary', eId: aknEidOf(anchorFor(summary)) }, [
							...(report.summaryHeading === null
								? []
								: [element('heading', {}, [report.summaryHeading.text])]),
							element('content', {}, [textOf(report.summary, summary, null, part)]),
						]),
					]),
			...report.paragraphs.map((paragraph) =>
				paragraphElement(paragraph, (items) => reportParagraphAddress(paragraph, items), part),
			),
		]),
	]);
}

/**
 * A document as Akoma Ntoso 3.0, valid against the OASIS schema: a resolution as a statement with
 * its annexes attached, a report as a doc.
 */
export function aknXml(document: UnDocument, options: AknOptions): string {
	const context = aknDocumentContext(document, options);
	const root =
		document.report === null
			? resolutionDocument(document, context)
			: reportDocument(document, document.report, context);
	checkEveryFootnotePlaced(context);
	return xmlDocument(element('akomaNtoso', { xmlns: aknNamespace }, [root]), mixedContent);
}
