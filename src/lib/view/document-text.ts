/**
 * A generated document's text as a page renders it: its MDX file read by Sätteri, the MDX parser of
 * Astro's own Markdown pipeline, into a tree of the few things the converter writes (paragraphs,
 * emphasis, line breaks, text and the site's components, with string attributes) and nothing else.
 *
 * The pages render this tree through one component (`DocumentText.astro`) rather than compiling
 * each MDX file into a module of the site's bundle: the bundler held every module at once, about
 * 1 MiB a document before a page was written (20.8 GiB at 20,000 documents).
 *
 * Anything else in the file (an expression, an import, an element the converter never writes) is
 * refused with the file's name: the MDX is generated, and what it says is data, never code.
 */
import { mdxToHast, type HastNode } from 'satteri';
import { escapeText } from './html-escape.ts';

/**
 * The Markdown features the generated MDX is written for: no GFM (its autolinks swallow escapes)
 * and no smart punctuation (it would change the UN's quotation marks and dashes).
 */
export const mdxFeatures = { gfm: false, smartPunctuation: false } as const;

/** The components the converter's MDX names (`src/lib/emit/mdx.ts`). */
export const textComponents = [
	'Closing',
	'Footnote',
	'FootnoteCall',
	'Footnotes',
	'Heading',
	'Item',
	'Opening',
	'OperativeIntro',
	'Paragraph',
	'Part',
	'Ref',
] as const;

export type TextComponent = (typeof textComponents)[number];

/** The HTML elements Markdown makes of the converter's MDX: paragraphs, lead phrases, line breaks. */
const textElements = ['p', 'em', 'br'] as const;

export type TextElement = (typeof textElements)[number];

/** A node of a document's text. */
export type TextNode =
	| { kind: 'text'; value: string }
	| { kind: 'element'; tag: TextElement; children: TextNode[] }
	| {
			kind: 'component';
			name: TextComponent;
			props: Record<string, string>;
			children: TextNode[];
	  };

const isOneOf = <T extends string>(names: readonly T[], name: unknown): name is T =>
	typeof name === 'string' && (names as readonly string[]).includes(name);

function textNodeOf(node: HastNode, file: string): TextNode {
	const refuse = (what: string): never => {
		const line = node.position?.start.line;
		throw new Error(
			`${file}${line === undefined ? '' : `:${String(line)}`}: ${what}, which the converter never writes: convert the seeds again`,
		);
	};
	const childrenOf = (parent: { children: HastNode[] }): TextNode[] =>
		parent.children.map((child) => textNodeOf(child, file));
	switch (node.type) {
		case 'text':
			return { kind: 'text', value: node.value };
		case 'element':
			if (!isOneOf(textElements, node.tagName)) return refuse(`a <${node.tagName}> element`);
			if (Object.keys(node.properties).length > 0)
				return refuse(`a <${node.tagName}> element with attributes`);
			return { kind: 'element', tag: node.tagName, children: childrenOf(node) };
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			// A paragraph of nothing but components is written <p> outright (`paragraphOf` in mdx.ts).
			if (isOneOf(textElements, node.name) && node.attributes.length === 0)
				return { kind: 'element', tag: node.name, children: childrenOf(node) };
			if (!isOneOf(textComponents, node.name)) return refuse(`a <${String(node.name)}> element`);
			const props: Record<string, string> = {};
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string')
					return refuse(`an expression in the attributes of <${node.name}>`);
				props[attribute.name] = attribute.value;
			}
			return { kind: 'component', name: node.name, props, children: childrenOf(node) };
		}
		default:
			return refuse(`a node of kind ${node.type}`);
	}
}

/**
 * The text of a generated MDX file (`source`, front-matter and all), as the tree a page renders.
 * @example documentTextOf('---\nsymbol: A/RES/1/1\n---\n<Heading level="2">\n  Annex\n</Heading>\n', 'a.mdx')
 * // [{ kind: 'component', name: 'Heading', props: { level: '2' }, children: [{ kind: 'element', tag: 'p', children: [{ kind: 'text', value: 'Annex' }] }] }]
 */
export function documentTextOf(source: string, file: string): TextNode[] {
	const read = (position: boolean): TextNode[] => {
		const root = mdxToHast(source, { features: mdxFeatures, position });
		if (root.type !== 'root') throw new Error(`${file}: not an MDX document`);
		return root.children.map((child) => textNodeOf(child, file));
	};
	// Positions cost a third of the parse, and only a refusal reads them: it is read again to name the line.
	try {
		return read(false);
	} catch {
		return read(true);
	}
}

const voidElements: ReadonlySet<TextElement> = new Set(['br']);

/**
 * The HTML of `nodes` when they are text and Markdown's elements only, as Astro writes them (text
 * escaped as an expression between tags, `<br/>`); null when a component is among
 * them. Most of a paragraph is such a run: one string spares a component render for each element.
 * @example textMarkupOf([{ kind: 'element', tag: 'em', children: [{ kind: 'text', value: 'Notes' }] }, { kind: 'text', value: ' that A & B' }]) // '<em>Notes</em> that A &amp; B'
 */
export function textMarkupOf(nodes: readonly TextNode[]): string | null {
	let html = '';
	for (const node of nodes) {
		if (node.kind === 'component') return null;
		if (node.kind === 'text') {
			html += escapeText(node.value);
			continue;
		}
		const inner = textMarkupOf(node.children);
		if (inner === null) return null;
		html += voidElements.has(node.tag) ? `<${node.tag}/>` : `<${node.tag}>${inner}</${node.tag}>`;
	}
	return html;
}
