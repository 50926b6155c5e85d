/**
 * Arriving from a search result (`/A/RES/64/179/?highlight=santo&highlight=domingo#op7`): marks the
 * searched words inside the target paragraph and brings the paragraph into view.
 */
import { highlightTermsOf, searchTermPattern } from '../lib/search/terms.ts';
import '../styles/search-terms.css';

const pattern = searchTermPattern(highlightTermsOf(new URLSearchParams(location.search)));
const target =
	location.hash === '' ? null : document.getElementById(decodeURIComponent(location.hash.slice(1)));

/**
 * Whether a text node is the passage's own words: not a sub-item's, a footnote preview's, a
 * control's or the line of passages that cite it.
 */
function isOwnText(node: Text, passage: Element): boolean {
	const parent = node.parentElement;
	return (
		parent !== null &&
		parent.closest('.passage, .footnote') === passage &&
		parent.closest('.footnote-preview, .passage-tools, .passage-number, .cited-at') === null
	);
}

/** Wraps each match of the pattern in the passage's own words in a mark. */
function markMatches(passage: Element, found: RegExp): number {
	const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
	const textNodes: Text[] = [];
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		if (isOwnText(node, passage)) textNodes.push(node);
	}
	let marked = 0;
	for (const node of textNodes) {
		const text = node.data;
		const pieces: Node[] = [];
		let position = 0;
		for (const match of text.matchAll(found)) {
			pieces.push(document.createTextNode(text.slice(position, match.index)));
			const mark = document.createElement('mark');
			mark.className = 'search-term';
			mark.textContent = match[0];
			pieces.push(mark);
			position = match.index + match[0].length;
			marked += 1;
		}
		if (pieces.length === 0) continue;
		pieces.push(document.createTextNode(text.slice(position)));
		node.replaceWith(...pieces);
	}
	return marked;
}

if (pattern !== null && target !== null) {
	markMatches(target, pattern);
	target.scrollIntoView({ block: 'start' });
}
