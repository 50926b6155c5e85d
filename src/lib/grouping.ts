/**
 * Grouping lists for pages: documents by body, by year, by congress.
 */

/**
 * Groups items by a key, keeping the order in which keys first appear and items within each group.
 * @example groupedBy(['a1', 'b1', 'a2'], (s) => s[0]) // [['a', ['a1', 'a2']], ['b', ['b1']]]
 */
export function groupedBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		groups.set(key, [...(groups.get(key) ?? []), item]);
	}
	return [...groups];
}
