/**
 * The printed page's furniture as flowed text keeps it: the running head on each later page
 * ("A/RES/80/10 International Day of …" or "International Day of … A/RES/80/10") and the `---`
 * rule that stood above a page's footnotes, on a line of its own or run onto the text (" ---").
 */

/** How a line is a running head: with the document's symbol, or as the bare title the extraction left. */
export type RunningHead = 'with symbol' | 'title only';

/**
 * Whether a line is a running head of the document with this symbol and printed title; null if not.
 * @example runningHeadOf('A/RES/80/10 International Day of the World’s Indigenous Women and Girls', 'A/RES/80/10', title) // 'with symbol'
 */
export function runningHeadOf(text: string, symbol: string, title: string): RunningHead | null {
	const line = text.trim();
	if (line === symbol) return 'with symbol';
	if (line.startsWith(`${symbol} `) || line.endsWith(` ${symbol}`)) {
		// The head's words are the title's, shortened: never a sentence of the text.
		const words = line.replace(symbol, '').trim();
		return words.length <= title.length + 2 && !/[;,.:]$/.test(words) ? 'with symbol' : null;
	}
	return line === title.trim() ? 'title only' : null;
}

/**
 * Whether a line is a rule on its own: `---`.
 * @example isRule('---') // true
 */
export function isRule(text: string): boolean {
	return text.trim() === '---';
}

/**
 * Where a rule run onto the end of a line starts ("…Development,10 ---"), or -1 if none.
 * @example trailingRuleIndex('Population and Development,10 ---') // 29
 */
export function trailingRuleIndex(text: string): number {
	const match = /\s---\s*$/.exec(text);
	return match === null || text.trim() === '---' ? -1 : match.index + 1;
}
