/**
 * The labels that open a report's paragraphs and the items of its lists: `9.`, `3.`, `(a)`, `(ii)`.
 */

/** How a list counts its items. */
export type LabelStyle = 'number' | 'letter' | 'roman';

/** A label at the start of a line, read. */
export interface Label {
	/** `12.`, `(a)`: as printed. */
	printed: string;
	/** The label as the model keeps it: `12`, `a`, `ii`. */
	label: string;
	/** The styles it can belong to: `(i)` is the ninth letter or the first roman numeral. */
	styles: readonly LabelStyle[];
	/** Length of the label and the spaces after it. */
	length: number;
}

/** Abbreviations a number follows without being a label or a footnote call: "para. 12", "Add.1", "No. 5". */
export const abbreviationsBeforeNumbers: ReadonlySet<string> = new Set([
	...['Add', 'Corr', 'Rev', 'Suppl', 'No', 'Nos', 'Vol', 'vol', 'para', 'paras', 'art', 'arts'],
	...['chap', 'sect', 'p', 'pp', 'op', 'fig'],
]);

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/**
 * The value of a lower-case roman numeral, or null if it is not one: `iv` → 4.
 * @example romanValue('xii') // 12
 */
export function romanValue(text: string): number | null {
	if (!/^[ivxlc]+$/.test(text)) return null;
	let total = 0;
	for (let index = 0; index < text.length; index += 1) {
		const value = romanValues[text.charAt(index)] ?? 0;
		const following = romanValues[text.charAt(index + 1)] ?? 0;
		total += value < following ? -value : value;
	}
	return romanNumeral(total) === text ? total : null;
}

/** The lower-case roman numeral for 1 to 199. */
function romanNumeral(value: number): string {
	const steps: [number, string][] = [
		[100, 'c'],
		[90, 'xc'],
		[50, 'l'],
		[40, 'xl'],
		[10, 'x'],
		[9, 'ix'],
		[5, 'v'],
		[4, 'iv'],
		[1, 'i'],
	];
	let rest = value;
	let numeral = '';
	for (const [step, letters] of steps) {
		while (rest >= step) {
			numeral += letters;
			rest -= step;
		}
	}
	return numeral;
}

/** The position of a label in its style: `3` → 3, `c` → 3, `iii` → 3; null if the style cannot write it. */
export function labelValue(label: string, style: LabelStyle): number | null {
	if (style === 'number') return /^\d+$/.test(label) ? Number(label) : null;
	if (style === 'letter') return /^[a-z]$/.test(label) ? label.charCodeAt(0) - 96 : null;
	return romanValue(label);
}

/**
 * The label that opens a line, if any: `9. In the draft …` → `9.`; `(a) Role of …` → `(a)`.
 * @example labelAtStart('(b) Trafficking in persons') // { printed: '(b)', label: 'b', styles: ['letter'], length: 4 }
 */
export function labelAtStart(text: string): Label | null {
	const number = /^(\d{1,3})\.(?:\s+|$)/.exec(text);
	if (number?.[1] !== undefined) {
		return {
			printed: `${number[1]}.`,
			label: number[1],
			styles: ['number'],
			length: number[0].length,
		};
	}
	const bracketed = /^\(([a-z]|[ivxlc]{1,6})\)(?:\s+|$)/.exec(text);
	const label = bracketed?.[1];
	if (bracketed === null || label === undefined) return null;
	const styles: LabelStyle[] = [];
	if (labelValue(label, 'letter') !== null) styles.push('letter');
	if (romanValue(label) !== null) styles.push('roman');
	return styles.length === 0
		? null
		: { printed: `(${label})`, label, styles, length: bracketed[0].length };
}
