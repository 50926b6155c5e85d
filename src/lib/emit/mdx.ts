/**
 * The document model as MDX: front-matter written with gray-matter, and a body of Astro components
 * (`<Paragraph>`, `<FootnoteCall>`, `<Ref>` …) serialised from an mdast tree.
 *
 * Seed text only ever enters the tree as text nodes and attribute values, and mdast-util-to-markdown
 * with the MDX extensions escapes it, so nothing in a seed can become an element, an expression,
 * an import or Markdown syntax.
 */
import matter from 'gray-matter';
import type { BlockContent, Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { mdxToMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import {
	citationFor,
	footnoteCallAnchor,
	fullCitationFor,
	type CitedDocument,
	partAnchor,
	sectionAnchor,
	type PartScope,
	type PassageAddress,
	anchorFor,
	sharePagePath,
} from '../contract.ts';
import { inlineSegments, plainText } from '../inline.ts';
import { leadPhraseStart, textSpansOf } from './spans.ts';
import type {
	Body,
	DocumentMeta,
	Inline,
	ListItem,
	Paragraph,
	Provenance,
	ResolutionPart,
	UnDocument,
} from '../model.ts';
import type { LinkContext, LinksInText } from '../link/types.ts';
import {
	annexCountOf,
	partScopeOf,
	reportParagraphAddress,
	resolutionParagraphAddress,
} from '../passages.ts';

/** What the converter knows about a document beyond its model. */
export interface MdxOptions {
	/** The seed's path relative to the project, named in the generated-file comment. */
	seedPath: string;
	/** Symbols of the documents this one cites, for the front-matter. */
	cites: readonly string[];
	/** Works without a symbol that it cites (a treaty, a commission's resolution), by name. */
	citesWithoutSymbol: readonly string[];
	linksIn: LinksInText;
}

/** The front-matter of a generated document: all of the model's metadata and what it cites. */
export interface DocumentFrontmatter extends DocumentMeta {
	seed: string;
	cites: string[];
	citesWithoutSymbol: string[];
	/** What another pipeline's header said of the text (its library record, its PDF), where it had one. */
	provenance?: Provenance | undefined;
}

type Attributes = Record<string, string | null | undefined>;

function attributesOf(values: Attributes): MdxJsxFlowElement['attributes'] {
	// MDX reads character references in an attribute's value, but its serialiser escapes only the
	// quote: every & is written as &amp;, so "&lt;" in a text's web address reads back as itself.
	return Object.entries(values).flatMap(([name, value]) =>
		value === null || value === undefined
			? []
			: [{ type: 'mdxJsxAttribute' as const, name, value: value.replace(/&/g, '&amp;') }],
	);
}

function flow(
	name: string,
	attributes: Attributes,
	children: MdxJsxFlowElement['children'],
): MdxJsxFlowElement {
	return { type: 'mdxJsxFlowElement', name, attributes: attributesOf(attributes), children };
}

function textElement(
	name: string,
	attributes: Attributes,
	children: PhrasingContent[],
): MdxJsxTextElement {
	return { type: 'mdxJsxTextElement', name, attributes: attributesOf(attributes), children };
}

/** A footnote's plain text, for the preview a footnote call shows on hover and focus. */
function footnotePreviews(document: UnDocument): Map<number, string> {
	return new Map(
		document.footnotes.map((footnote) => [footnote.number, plainText(footnote.content)]),
	);
}

interface InlineContext extends LinkContext {
	linksIn: LinksInText;
	previews: Map<number, string>;
	leadPhrase: string | null;
}

function linkedText(text: string, context: InlineContext): PhrasingContent[] {
	const nodes: PhrasingContent[] = [];
	let position = 0;
	for (const span of textSpansOf(text, context.linksIn, context)) {
		if (span.start < position) continue;
		if (span.start > position)
			nodes.push({ type: 'text', value: text.slice(position, span.start) });
		const words = { type: 'text' as const, value: text.slice(span.start, span.end) };
		nodes.push(
			span.kind === 'publication-title'
				? { type: 'emphasis', children: [words] }
				: textElement('Ref', { href: span.href }, [words]),
		);
		position = span.end;
	}
	if (position < text.length) nodes.push({ type: 'text', value: text.slice(position) });
	return nodes;
}

/** Splits the lead phrase off the start of a paragraph's first text, so it can be set in italics. */
function withLeadPhrase(text: string, context: InlineContext): PhrasingContent[] {
	const lead = context.leadPhrase;
	const at = leadPhraseStart(text, lead);
	if (lead === null || at < 0) return linkedText(text, context);
	const after = text.slice(at + lead.length);
	return [
		...(at > 0 ? [{ type: 'text' as const, value: text.slice(0, at) }] : []),
		{ type: 'emphasis', children: [{ type: 'text', value: lead }] },
		...linkedText(after, context),
	];
}

function phrasing(content: readonly Inline[], context: InlineContext): PhrasingContent[] {
	return inlineSegments(content).flatMap((segment, index): PhrasingContent[] => {
		if (segment.kind === 'text') {
			return index === 0
				? withLeadPhrase(segment.text, context)
				: linkedText(segment.text, context);
		}
		return [
			textElement(
				'FootnoteCall',
				{
					number: String(segment.footnote),
					id: footnoteCallAnchor(segment.footnote, segment.occurrence),
					href: `#${anchorFor({ kind: 'footnote', number: segment.footnote })}`,
					preview: context.previews.get(segment.footnote) ?? '',
				},
				[],
			),
		];
	});
}

function paragraphOf(content: readonly Inline[], context: InlineContext): BlockContent {
	const children = phrasing(content, context);
	// MDX reads a line of nothing but components (a footnote that is one linked symbol) as blocks,
	// not as a paragraph, so such a paragraph says <p> outright.
	if (children.length > 0 && children.every((child) => child.type === 'mdxJsxTextElement')) {
		return flow('p', {}, [{ type: 'paragraph', children }]);
	}
	return { type: 'paragraph', children };
}

interface DocumentContext {
	symbol: string;
	/** The document as the full form of a citation names it. */
	cited: CitedDocument;
	speaker: Body;
	linksIn: LinksInText;
	previews: Map<number, string>;
}

function passageElement(
	name: 'Paragraph' | 'Item',
	address: PassageAddress,
	printedLabel: string | null,
	leadPhrase: string | null,
	content: readonly Inline[],
	children: MdxJsxFlowElement[],
	context: DocumentContext & { scope: PartScope | null },
): MdxJsxFlowElement {
	const anchor = anchorFor(address);
	return flow(
		name,
		{
			anchor,
			label: printedLabel,
			citation: citationFor(context.symbol, address),
			fullCitation: fullCitationFor(context.cited, address),
			share: sharePagePath(context.symbol, address),
		},
		[paragraphOf(content, { ...context, address, leadPhrase }), ...children],
	);
}

function itemElements(
	items: readonly ListItem[],
	toAddress: (labels: readonly string[]) => PassageAddress,
	parents: readonly string[],
	context: DocumentContext & { scope: PartScope | null },
): MdxJsxFlowElement[] {
	return items.map((item) => {
		const labels = [...parents, item.label];
		return passageElement(
			'Item',
			toAddress(labels),
			item.printedLabel,
			null,
			item.content,
			itemElements(item.items, toAddress, labels, context),
			context,
		);
	});
}

function paragraphElement(
	paragraph: Paragraph,
	toAddress: (labels: readonly string[]) => PassageAddress,
	context: DocumentContext & { scope: PartScope | null },
): MdxJsxFlowElement {
	return passageElement(
		'Paragraph',
		toAddress([]),
		paragraph.printedLabel,
		paragraph.leadPhrase,
		paragraph.content,
		itemElements(paragraph.items, toAddress, [], context),
		context,
	);
}

// Headings go through a component so that no generated heading id can take a contract anchor ("summary").
function heading(depth: Heading['depth'], text: string): MdxJsxFlowElement {
	return flow('Heading', { level: String(depth) }, [
		{ type: 'paragraph', children: [{ type: 'text', value: text }] },
	]);
}

/** The part's headings that stand before paragraph `index` of `list`, each with its contract anchor. */
function headingsBefore(
	part: ResolutionPart,
	scope: PartScope,
	list: 'preamble' | 'operative',
	index: number,
): MdxJsxFlowElement[] {
	return (part.headings ?? []).flatMap((heading, position) =>
		heading.before.list === list && heading.before.index === index
			? [
					flow('Heading', { level: '3', anchor: sectionAnchor(scope, position + 1) }, [
						{ type: 'paragraph', children: [{ type: 'text', value: plainText(heading.text) }] },
					]),
				]
			: [],
	);
}

function partElement(
	part: ResolutionPart,
	annexCount: number,
	context: DocumentContext,
): MdxJsxFlowElement {
	const scope = partScopeOf(part, annexCount);
	// A draft resolution speaks as the body it is recommended to: ECOSOC's drafts speak as the Assembly.
	const speaker: Body = part.kind === 'draft' ? 'General Assembly' : context.speaker;
	const inPart = { ...context, speaker, scope };
	const plain = (name: string, text: string): MdxJsxFlowElement =>
		flow(name, {}, [{ type: 'paragraph', children: [{ type: 'text', value: text }] }]);
	const children: MdxJsxFlowElement['children'] = [
		...(part.heading === null ? [] : [heading(2, part.heading.text)]),
		...(part.title.length === 0
			? []
			: [heading(part.heading === null ? 2 : 3, plainText(part.title))]),
		...(part.opening === null ? [] : [plain('Opening', part.opening.text)]),
		...part.preamble.flatMap((paragraph, index) => [
			...headingsBefore(part, scope, 'preamble', index),
			paragraphElement(
				paragraph,
				(items) => resolutionParagraphAddress(paragraph, scope, items),
				inPart,
			),
		]),
		...headingsBefore(part, scope, 'preamble', part.preamble.length),
		...(part.operativeIntro === null ? [] : [plain('OperativeIntro', part.operativeIntro.text)]),
		...part.operative.flatMap((paragraph, index) => [
			...headingsBefore(part, scope, 'operative', index),
			paragraphElement(
				paragraph,
				(items) => resolutionParagraphAddress(paragraph, scope, items),
				inPart,
			),
		]),
		...headingsBefore(part, scope, 'operative', part.operative.length),
		...part.parts.map((nested) => partElement(nested, annexCount, context)),
		...(part.closing.length === 0
			? []
			: [
					flow('Closing', {}, [
						{
							type: 'paragraph',
							children: part.closing.flatMap((run, index): PhrasingContent[] =>
								index === 0
									? [{ type: 'text', value: run.text }]
									: [{ type: 'break' }, { type: 'text', value: run.text }],
							),
						},
					]),
				]),
	];
	return flow('Part', { anchor: partAnchor(scope), kind: part.kind }, children);
}

function reportElements(document: UnDocument, context: DocumentContext): RootContent[] {
	const report = document.report;
	if (report === null) return [];
	const inReport = { ...context, scope: null };
	return [
		...(report.heading === null ? [] : [heading(2, report.heading.text)]),
		...(report.summaryHeading === null ? [] : [heading(2, report.summaryHeading.text)]),
		...(report.summary.length === 0
			? []
			: [
					passageElement(
						'Paragraph',
						{ kind: 'summary' },
						null,
						null,
						report.summary,
						[],
						inReport,
					),
				]),
		...report.paragraphs.map((paragraph) =>
			paragraphElement(paragraph, (items) => reportParagraphAddress(paragraph, items), inReport),
		),
	];
}

function footnoteElements(document: UnDocument, context: DocumentContext): RootContent[] {
	if (document.footnotes.length === 0) return [];
	const callAnchors = callAnchorsOf(document);
	return [
		flow(
			'Footnotes',
			{},
			document.footnotes.map((footnote) => {
				const address: PassageAddress = { kind: 'footnote', number: footnote.number };
				const anchor = anchorFor(address);
				const calls = callAnchors.get(footnote.number) ?? [];
				return flow(
					'Footnote',
					{
						anchor,
						number: String(footnote.number),
						calls: calls.join(' '),
						citation: citationFor(context.symbol, address),
						fullCitation: fullCitationFor(context.cited, address),
					},
					[paragraphOf(footnote.content, { ...context, scope: null, address, leadPhrase: null })],
				);
			}),
		),
	];
}

/**
 * The anchors of every place that calls each footnote, in reading order, by footnote number: one
 * walk over the document for all its footnotes (a walk per footnote grew as footnotes × passages).
 */
export function callAnchorsOf(document: UnDocument): Map<number, string[]> {
	const occurrences = new Map<number, number[]>();
	const visit = (content: readonly Inline[]): void => {
		for (const inline of content) {
			if (inline.kind !== 'footnote-call') continue;
			const found = occurrences.get(inline.footnote);
			if (found === undefined) occurrences.set(inline.footnote, [inline.occurrence]);
			else found.push(inline.occurrence);
		}
	};
	const visitItems = (items: readonly ListItem[]): void => {
		for (const item of items) {
			visit(item.content);
			visitItems(item.items);
		}
	};
	const visitParagraphs = (paragraphs: readonly Paragraph[]): void => {
		for (const paragraph of paragraphs) {
			visit(paragraph.content);
			visitItems(paragraph.items);
		}
	};
	const visitPart = (part: ResolutionPart): void => {
		visitParagraphs(part.preamble);
		visitParagraphs(part.operative);
		part.parts.forEach(visitPart);
	};
	document.parts.forEach(visitPart);
	if (document.report !== null) {
		visit(document.report.summary);
		visitParagraphs(document.report.paragraphs);
	}
	document.footnotes.forEach((other) => visit(other.content));
	return new Map(
		[...occurrences].map(([footnote, found]) => [
			footnote,
			found.sort((a, b) => a - b).map((occurrence) => footnoteCallAnchor(footnote, occurrence)),
		]),
	);
}

/** The MDX body of a document: its text through the site's components. */
export function documentBodyMdx(document: UnDocument, linksIn: LinksInText): string {
	const context: DocumentContext = {
		symbol: document.meta.symbol,
		cited: document.meta,
		speaker: document.meta.body,
		linksIn,
		previews: footnotePreviews(document),
	};
	const annexCount = annexCountOf(document);
	const tree: Root = {
		type: 'root',
		children: [
			...document.parts.map((part) => partElement(part, annexCount, context)),
			...reportElements(document, context),
			...footnoteElements(document, context),
		],
	};
	return toMarkdown(tree, { extensions: [mdxToMarkdown()] });
}

/** The whole MDX file of a document: generated-file comment, front-matter, body. */
export function documentMdx(document: UnDocument, options: MdxOptions): string {
	const frontmatter: DocumentFrontmatter = {
		...document.meta,
		seed: options.seedPath,
		cites: [...options.cites],
		citesWithoutSymbol: [...options.citesWithoutSymbol],
		...(document.provenance === undefined ? {} : { provenance: { ...document.provenance } }),
	};
	const file = matter.stringify(documentBodyMdx(document, options.linksIn), frontmatter);
	const comment = `# Generated by scripts/convert.ts from ${options.seedPath}: edit the converter or the seed, never this file.\n`;
	return file.replace(/^---\n/, `---\n${comment}`);
}
