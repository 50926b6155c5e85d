/**
 * Items of a list inside a paragraph — `(a)`, `(b)` … and `(i)`, `(ii)` … under them — placed at
 * the level their labels put them.
 */
import type { Inline, ListItem, Paragraph, Source } from '../../model.ts';
import { isRomanLabel, labelValue } from './paragraph-start.ts';

type Scheme = 'letter' | 'roman';

/** An item on the open chain, with how its list counts. */
interface OpenItem {
	item: ListItem;
	scheme: Scheme;
}

function follows(label: string, previous: OpenItem): boolean {
	const roman = previous.scheme === 'roman';
	if (roman && !isRomanLabel(label)) return false;
	return labelValue(label, roman) === labelValue(previous.item.label, roman) + 1;
}

function firstScheme(label: string): Scheme | null {
	return label === 'a' ? 'letter' : label === 'i' ? 'roman' : null;
}

/** The items of one paragraph as they are read, and where text that goes on after a page break belongs. */
export interface ItemList {
	/**
	 * Places an item after the ones before it: a sibling of an open item whose label it follows, or the
	 * first child of the last one; returns what it follows for an error if it fits nowhere.
	 */
	add(
		label: string,
		printedLabel: string,
		content: Inline[],
		at: Source,
	): { follows: string } | null;
	/** The content that text going on from the paragraph's last words joins. */
	lastContent(): Inline[];
}

/**
 * A list of items under a paragraph, empty to begin with.
 * @example itemListOf(paragraph).add('a', '(a)', content, { line: 12, column: 1 }) // null: placed
 */
export function itemListOf(paragraph: Paragraph): ItemList {
	const chain: OpenItem[] = [];
	return {
		add(label, printedLabel, content, at) {
			const item: ListItem = { label, printedLabel, content, items: [], at };
			for (let depth = chain.length - 1; depth >= 0; depth -= 1) {
				const open = chain[depth];
				if (open === undefined || !follows(label, open)) continue;
				chain.length = depth;
				const parent = chain.at(-1);
				(parent === undefined ? paragraph.items : parent.item.items).push(item);
				chain.push({ item, scheme: open.scheme });
				return null;
			}
			const scheme = firstScheme(label);
			const last = chain.at(-1);
			if (
				scheme !== null &&
				(last === undefined ? paragraph.items.length === 0 : last.scheme !== scheme)
			) {
				(last === undefined ? paragraph.items : last.item.items).push(item);
				chain.push({ item, scheme });
				return null;
			}
			return { follows: last === undefined ? 'no item' : last.item.printedLabel };
		},
		lastContent() {
			return chain.at(-1)?.item.content ?? paragraph.content;
		},
	};
}
