/**
 * Ordinal numbers in words, as UN documents name sessions ("Sixty-fourth session").
 */

const units = [
	'',
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
];
const teens = [
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const tensOrdinal = [
	'',
	'',
	'twentieth',
	'thirtieth',
	'fortieth',
	'fiftieth',
	'sixtieth',
	'seventieth',
	'eightieth',
	'ninetieth',
];

/**
 * The ordinal in words of 1 to 99, lower case: 64 → `sixty-fourth`.
 * @example ordinalWords(67) // 'sixty-seventh'
 */
export function ordinalWords(value: number): string {
	if (!Number.isInteger(value) || value < 1 || value > 99)
		throw new RangeError(`no ordinal words for ${value}`);
	if (value < 10) return units[value] ?? '';
	if (value < 20) return teens[value - 10] ?? '';
	const ten = Math.floor(value / 10);
	const unit = value % 10;
	return unit === 0 ? (tensOrdinal[ten] ?? '') : `${tens[ten]}-${units[unit]}`;
}

/**
 * The number an ordinal in words stands for, any case: `Sixty-fourth` → 64; null if it is none.
 * @example ordinalValue('Sixty-fourth') // 64
 */
export function ordinalValue(words: string): number | null {
	const wanted = words.trim().toLowerCase().replace(/\s+/g, '-');
	for (let value = 1; value < 100; value += 1) {
		if (ordinalWords(value) === wanted) return value;
	}
	return null;
}

/**
 * An ordinal in figures, as UN texts write meeting numbers: `65th`, `71st`, `112th`.
 * @example ordinalNumber(71) // '71st'
 */
export function ordinalNumber(value: number): string {
	const lastTwo = value % 100;
	const suffix =
		lastTwo >= 11 && lastTwo <= 13
			? 'th'
			: (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th');
	return `${value}${suffix}`;
}
