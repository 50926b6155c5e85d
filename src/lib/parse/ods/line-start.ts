/**
 * How a tab-indented line of an ODS resolution opens: an opening quotation mark (each paragraph of a
 * quoted draft resolution has one), then a paragraph number (`1.`) or an item label (`(a)`), if any.
 */
import type { Source, TextRun } from '../../model.ts';
import { indented, type SeedLine } from './lines.ts';

/** A paragraph's printed number or an item's printed label, and where it stands. */
export type OdsLabel =
	| { kind: 'number'; number: number; printed: string; at: Source }
	| { kind: 'item'; label: string; printed: string; at: Source };

/** A tab-indented line taken apart. */
export interface OdsLineStart {
	/** The opening quotation mark before a label, kept as text of its own. */
	quote: TextRun | null;
	label: OdsLabel | null;
	/** The line's text after its tabs, quotation mark and label. */
	rest: TextRun;
	/** The line's text after its tabs, quotation mark included: an unlabelled paragraph's text. */
	whole: TextRun;
}

const labelPattern = /^(?:(\d{1,3})\.|\(([a-z]{1,5}|\d{1,2})\))(\s+)(?=\S)/;

/**
 * The opening of a tab-indented line.
 * @example odsLineStartOf({ line: 15, text: '\t1.\tTakes note of the report;2' }).label // { kind: 'number', number: 1, printed: '1.', at: { line: 15, column: 2 } }
 */
export function odsLineStartOf(line: SeedLine): OdsLineStart {
	const { text, at } = indented(line);
	const whole: TextRun = { kind: 'text', text, at };
	const quoted = /^[“"]/.test(text) ? 1 : 0;
	const match = labelPattern.exec(text.slice(quoted));
	if (match === null) return { quote: null, label: null, rest: whole, whole };
	const place = (offset: number): Source => ({ line: line.line, column: at.column + offset });
	const [taken, number, item, space = ''] = match;
	const printed = taken.slice(0, taken.length - space.length);
	const label: OdsLabel =
		number === undefined
			? { kind: 'item', label: item ?? '', printed, at: place(quoted) }
			: { kind: 'number', number: Number(number), printed, at: place(quoted) };
	return {
		quote: quoted === 0 ? null : { kind: 'text', text: text.slice(0, 1), at },
		label,
		rest: {
			kind: 'text',
			text: text.slice(quoted + taken.length),
			at: place(quoted + taken.length),
		},
		whole,
	};
}
