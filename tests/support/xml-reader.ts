/**
 * Reading back the XML the site writes (akn.xml), for tests: a strict little reader for elements,
 * attributes, text, comments and character references, which stops at anything else or at a tag
 * left open. Whether a file is valid is for the schema (akn-schema.ts); this reads what it says.
 */

/** An element as read: its name, its attributes, and its children in order. */
export interface ReadElement {
	name: string;
	attributes: Record<string, string>;
	children: (ReadElement | string)[];
}

const token =
	/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|[^<]+|</g;

function decoded(text: string): string {
	return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);|&/g, (_whole, name?: string) => {
		switch (name) {
			case undefined:
				throw new Error(`a bare & in ${JSON.stringify(text.slice(0, 80))}`);
			case 'lt':
				return '<';
			case 'gt':
				return '>';
			case 'amp':
				return '&';
			case 'quot':
				return '"';
			case 'apos':
				return "'";
			default:
				return String.fromCodePoint(
					name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
				);
		}
	});
}

/** The root element of an XML document. */
export function readXml(xml: string): ReadElement {
	const root: ReadElement = { name: '#document', attributes: {}, children: [] };
	const open: ReadElement[] = [root];
	for (const match of xml.matchAll(token)) {
		const [whole, closing, name, attributes, selfClosing] = match;
		const parent = open.at(-1) ?? root;
		if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
		if (closing !== undefined) {
			if (parent.name !== closing) throw new Error(`</${closing}> closes <${parent.name}>`);
			open.pop();
		} else if (name !== undefined) {
			const element: ReadElement = {
				name,
				attributes: Object.fromEntries(
					[...(attributes ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)].map(
						([, key = '', value = '']) => [key, decoded(value)],
					),
				),
				children: [],
			};
			parent.children.push(element);
			if (selfClosing !== '/') open.push(element);
		} else if (whole === '<') {
			throw new Error(`a bare < at ${match.index}`);
		} else if (open.length > 1) {
			parent.children.push(decoded(whole));
		} else if (whole.trim() !== '') {
			throw new Error(`text outside the root: ${JSON.stringify(whole.slice(0, 80))}`);
		}
	}
	const [element, ...more] = root.children.filter((child) => typeof child !== 'string');
	if (open.length !== 1 || element === undefined || more.length > 0)
		throw new Error('not one root element, closed');
	return element;
}

/** Every element under `element` (itself included) that `keep` keeps, in document order. */
export function elementsWhere(
	element: ReadElement,
	keep: (candidate: ReadElement) => boolean,
): ReadElement[] {
	return [
		...(keep(element) ? [element] : []),
		...element.children.flatMap((child) =>
			typeof child === 'string' ? [] : elementsWhere(child, keep),
		),
	];
}

/** The element with this eId; an error if there is none. */
export function elementWithEid(root: ReadElement, eId: string): ReadElement {
	const [found] = elementsWhere(root, (candidate) => candidate.attributes['eId'] === eId);
	if (found === undefined) throw new Error(`no element has eId ${eId}`);
	return found;
}

/**
 * The text under an element, in order; an element that `instead` gives a string for stands as
 * that string (`''` leaves it out).
 */
export function textUnder(
	element: ReadElement,
	instead: (child: ReadElement) => string | null = () => null,
): string {
	return element.children
		.map((child) =>
			typeof child === 'string' ? child : (instead(child) ?? textUnder(child, instead)),
		)
		.join('');
}
