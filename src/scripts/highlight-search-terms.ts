/**
 * Arriving from a search result (`/A/RES/64/179/?highlight=santo&highlight=domingo#op7`): marks the
 * searched words inside the target paragraph and brings it into view.
 */
const terms = new URLSearchParams(location.search)
	.getAll('highlight')
	.flatMap((term) => term.toLowerCase().split(/\s+/))
	.filter((term) => term.length > 1);
const target = location.hash === '' ? null : document.getElementById(decodeURIComponent(location.hash.slice(1)));

function escapeForPattern(term: string): string {
	return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

if (terms.length > 0 && target !== null) {
	// Whole words that start with a searched term, as Pagefind matches them.
	const pattern = new RegExp(`\\b(?:${terms.map(escapeForPattern).join('|')})[\\p{L}\\p{N}]*`, 'giu');
	const walker = document.createTreeWalker(target.querySelector('.passage-text') ?? target, NodeFilter.SHOW_TEXT);
	const textNodes: Text[] = [];
	while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
	for (const node of textNodes) {
		const text = node.data;
		const pieces: Node[] = [];
		let position = 0;
		for (const match of text.matchAll(pattern)) {
			pieces.push(document.createTextNode(text.slice(position, match.index)));
			const mark = document.createElement('mark');
			mark.className = 'search-term';
			mark.textContent = match[0];
			pieces.push(mark);
			position = match.index + match[0].length;
		}
		if (pieces.length === 0) continue;
		pieces.push(document.createTextNode(text.slice(position)));
		node.replaceWith(...pieces);
	}
	target.scrollIntoView({ block: 'start' });
}
