/**
 * How much of a corpus the agreed-language stage matched, told apart for the generated documents
 * and the real ones: a generator whose paragraphs repeat each other far more than real resolutions
 * do makes every page list close matches, and the benchmark's figures unrealistic.
 */
import type { MatchLookup } from '../../src/lib/match/matches.ts';
import type { CorpusParagraph } from '../../src/lib/match/types.ts';

/** The two kinds of document a benchmark corpus mixes. */
export type DocumentOrigin = 'generated' | 'real';

/** What the stage found for the paragraphs of one kind of document. */
export interface MatchShare {
	paragraphs: number;
	/** Paragraphs with at least one match anywhere in the corpus. */
	matched: number;
	/** The matches of those paragraphs, together. */
	matches: number;
	/** Paragraphs with at least one match in a document of the same origin. */
	matchedWithin: number;
}

/**
 * The paragraphs of each origin, and how many of them have a match (anywhere, and among documents
 * of their own origin), with how many matches they have together.
 * @example matchSharesOf(agreed.paragraphs, agreed.matches, originOf).real.matched // 238
 */
export function matchSharesOf(
	paragraphs: ReadonlyMap<string, CorpusParagraph>,
	matches: MatchLookup,
	originOf: (symbol: string) => DocumentOrigin,
): Record<DocumentOrigin, MatchShare> {
	const empty = (): MatchShare => ({ paragraphs: 0, matched: 0, matches: 0, matchedWithin: 0 });
	const shares = { generated: empty(), real: empty() };
	for (const [key, paragraph] of paragraphs) {
		const origin = originOf(paragraph.key.symbol);
		const share = shares[origin];
		const found = matches.get(key) ?? [];
		share.paragraphs++;
		if (found.length === 0) continue;
		share.matched++;
		share.matches += found.length;
		if (found.some((match) => originOf(match.other.symbol) === origin)) share.matchedWithin++;
	}
	return shares;
}

/**
 * A line of the stage's output for one origin; `matchShareOf` reads it back.
 * @example matchShareLine('real', { paragraphs: 1540, matched: 238, matches: 600, matchedWithin: 238 }) // 'real documents: 1540 paragraphs, 238 with a match (15.5 %), 600 matches, 238 with a match among real documents'
 */
export function matchShareLine(origin: DocumentOrigin, share: MatchShare): string {
	const percent = share.paragraphs > 0 ? (100 * share.matched) / share.paragraphs : 0;
	return (
		`${origin} documents: ${share.paragraphs} paragraphs, ${share.matched} with a match ` +
		`(${percent.toFixed(1)} %), ${share.matches} matches, ` +
		`${share.matchedWithin} with a match among ${origin} documents`
	);
}

/**
 * The figures of one origin read back from the stage's output, or null where it printed none.
 * @example matchShareOf('real documents: 1540 paragraphs, 238 with a match (15.5 %), 600 matches, 238 with a match among real documents', 'real')?.matched // 238
 */
export function matchShareOf(stdout: string, origin: DocumentOrigin): MatchShare | null {
	const found = new RegExp(
		`${origin} documents: (\\d+) paragraphs, (\\d+) with a match \\([\\d.]+ %\\), (\\d+) matches, (\\d+) with a match among`,
	).exec(stdout);
	if (found === null) return null;
	const [paragraphs = 0, matched = 0, matches = 0, matchedWithin = 0] = found.slice(1).map(Number);
	return { paragraphs, matched, matches, matchedWithin };
}
