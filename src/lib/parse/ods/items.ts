/**
 * Lists inside a resolution paragraph: "(a)", "(b)" … and, nested under a letter, "(i)", "(ii)" ….
 * ODS prints each item on a tab-indented line of its own, after the paragraph it belongs to.
 */
import type { ListItem, Paragraph } from '../../model.ts';

/** What kind of label an item carries. */
export type ItemLevel = 'letter' | 'roman' | 'number';

/** Whether a label is a roman numeral made of i, v and x (`ii`, `iv`, `xii`). */
function isRomanLabel(label: string): boolean {
	return label !== '' && /^x{0,3}(?:ix|iv|v?i{0,3})$/.test(label);
}

/** The value of a roman label (`iv` → 4). */
function romanValue(label: string): number {
	const values: Record<string, number> = { i: 1, v: 5, x: 10 };
	let total = 0;
	for (const [index, char] of [...label].entries()) {
		const value = values[char] ?? 0;
		total += value < (values[label[index + 1] ?? ''] ?? 0) ? -value : value;
	}
	return total;
}

/** The letter after a letter label (`b` after `a`), or null after `z`. */
function letterAfter(label: string): string | null {
	return /^[a-y]$/.test(label) ? String.fromCharCode(label.charCodeAt(0) + 1) : null;
}

/**
 * The level of an item label, given the letter item before it: `i` after `h` is a letter, after `b` a numeral.
 * @example itemLevelOf('ii', 'a') // 'roman'
 */
export function itemLevelOf(label: string, letterBefore: string | null): ItemLevel {
	if (/^\d+$/.test(label)) return 'number';
	if (!isRomanLabel(label)) return 'letter';
	if (label.length === 1 && letterBefore !== null && letterAfter(letterBefore) === label) {
		return 'letter';
	}
	if (label === 'i' || label.length > 1) return 'roman';
	// A lone "v" or "x" with no letter list before it would be a list of numerals starting at 5 or 10.
	return letterBefore === null ? 'letter' : 'roman';
}

/** The value of a label at its level, to see whether it follows the one before: `c` → 3, `iv` → 4. */
function labelValue(label: string, level: ItemLevel): number {
	if (level === 'number') return Number(label);
	if (level === 'roman') return romanValue(label);
	return label.length === 1 ? label.charCodeAt(0) - 96 : Number.NaN;
}

/**
 * Puts an item in its place under a paragraph (a numeral under the letter before it, else at the top)
 * and returns a warning if its label does not follow the one before it, or null.
 */
export function placeItem(paragraph: Paragraph, item: ListItem): string | null {
	const first = paragraph.items[0];
	const top = paragraph.items.at(-1);
	const topLevel = first === undefined ? null : itemLevelOf(first.label, null);
	const level =
		topLevel === 'roman' && isRomanLabel(item.label)
			? 'roman'
			: itemLevelOf(item.label, topLevel === 'letter' ? (top?.label ?? null) : null);
	const siblings =
		level === 'roman' && topLevel === 'letter' && top !== undefined ? top.items : paragraph.items;
	const previous = siblings.at(-1);
	siblings.push(item);
	const expected = previous === undefined ? 1 : labelValue(previous.label, level) + 1;
	if (labelValue(item.label, level) === expected) return null;
	return `item ${item.printedLabel} does not follow ${previous?.printedLabel ?? 'its paragraph'}`;
}
