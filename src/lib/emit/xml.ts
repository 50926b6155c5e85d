/**
 * A small XML tree and its serialiser, for the Akoma Ntoso export: documents are built as trees,
 * never glued from strings, so text from a seed can only ever be character data or an attribute
 * value, escaped here and nowhere else.
 */

/** An element: its name, its attributes in order (an absent value leaves the attribute out), its children. */
export interface XmlElement {
	name: string;
	attributes: Readonly<Record<string, string | null | undefined>>;
	children: readonly XmlNode[];
}

/** A comment, for what a reader of the file should know about its choices. */
export interface XmlComment {
	comment: string;
}

/** What an element holds: elements, comments and text. */
export type XmlNode = XmlElement | XmlComment | string;

/** An element with its attributes and children. */
export function element(
	name: string,
	attributes: XmlElement['attributes'] = {},
	children: readonly XmlNode[] = [],
): XmlElement {
	return { name, attributes, children };
}

// XML 1.0 has no way to write these characters, even as references: they become U+FFFD.
const notXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as XML character data: the characters XML gives a meaning to are escaped, and the few it
 * cannot hold at all (control characters, lone surrogates) are replaced by U+FFFD.
 * @example xmlEscape('</p><script>') // '&lt;/p&gt;&lt;script&gt;'
 */
export function xmlEscape(text: string): string {
	return text
		.replace(notXmlCharacter, '\uFFFD')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

function attributesOf(attributes: XmlElement['attributes']): string {
	return Object.entries(attributes)
		.flatMap(([name, value]) =>
			value === null || value === undefined ? [] : [` ${name}="${xmlEscape(value)}"`],
		)
		.join('');
}

function isElement(node: XmlNode): node is XmlElement {
	return typeof node !== 'string' && 'name' in node;
}

function serialised(
	node: XmlNode,
	depth: number,
	mixed: ReadonlySet<string>,
	inline: boolean,
): string {
	if (typeof node === 'string') return xmlEscape(node);
	if (!isElement(node)) return `<!-- ${node.comment.replace(/-(?=-)/g, '- ')} -->`;
	const open = `<${node.name}${attributesOf(node.attributes)}`;
	if (node.children.length === 0) return `${open}/>`;
	// Inside mixed content every character is text, so nothing is added for layout there.
	if (inline || mixed.has(node.name) || node.children.some((child) => typeof child === 'string')) {
		const children = node.children.map((child) => serialised(child, depth + 1, mixed, true));
		return `${open}>${children.join('')}</${node.name}>`;
	}
	const indent = '\t'.repeat(depth + 1);
	const children = node.children.map(
		(child) => `\n${indent}${serialised(child, depth + 1, mixed, false)}`,
	);
	return `${open}>${children.join('')}\n${'\t'.repeat(depth)}</${node.name}>`;
}

/**
 * A whole XML document, indented with tabs except inside the elements named `mixed` (and any
 * element that holds text), whose whitespace is the text's own.
 */
export function xmlDocument(root: XmlElement, mixed: ReadonlySet<string>): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${serialised(root, 0, mixed, false)}\n`;
}
