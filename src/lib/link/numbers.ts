/**
 * What a printed resolution or decision number stands for: "its resolution 63/193" is A/RES/63/193,
 * "resolution 2007/12" is E/RES/2007/12, "415 (V)" is A/RES/415(V), "Commission resolution 18/3" has
 * no symbol at all.
 */
import type { DocumentPlace, Reference, Speaker } from './types.ts';

/** Text with each run of white space (a line break in a PDF) as one space. */
export function spaced(words: string): string {
	return words.replace(/\s+/g, ' ');
}

const romanValues: Record<string, number> = {
	I: 1,
	II: 2,
	III: 3,
	IV: 4,
	V: 5,
	VI: 6,
	VII: 7,
	VIII: 8,
	IX: 9,
	X: 10,
};

/** The number of an annex from its roman numeral; a lone "annex" is the first. */
export function annexNumber(roman: string | undefined): number {
	return roman === undefined ? 1 : (romanValues[roman] ?? 1);
}

/** Which organ a prefix names: `A`, `E`, `S`, null for another body, or the speaker when there is none. */
function organOf(prefix: string | undefined, speaker: Speaker): 'A' | 'E' | 'S' | null {
	if (prefix === undefined) return speaker === 'General Assembly' ? 'A' : 'E';
	const name = spaced(prefix);
	if (name === 'General Assembly' || name === 'Assembly') return 'A';
	if (name === 'Economic and Social Council' || name === 'ECOSOC' || name === 'Council') return 'E';
	if (name === 'Security Council') return 'S';
	return null;
}

/**
 * The symbol a resolution or decision number stands for, or null when it has none (a commission's).
 * `prefix` is the body named before the keyword ("Economic and Social Council"), if any.
 * @example numberSymbol('resolution', '57/270 B', undefined, 'General Assembly') // 'A/RES/57/270B'
 */
export function numberSymbol(
	kind: string,
	printed: string,
	prefix: string | undefined,
	speaker: Speaker,
): string | null {
	const series = kind.toLowerCase() === 'resolution' ? 'RES' : 'DEC';
	const organ = organOf(prefix, speaker);
	const council = /^(\d+)\s+\((\d{4})\)$/.exec(printed);
	if (council !== null)
		return series === 'RES' && (organ === 'S' || prefix === undefined)
			? `S/RES/${council[1]}(${council[2]})`
			: null;
	// The session's roman numeral is the symbol; a part letter (155 C) is not: undocs.org/A/RES/217(III).
	const old = /^(\d+)(?:\s+[A-Z])?\s+\(([^)]+)\)$/.exec(printed);
	if (old !== null)
		return organ === 'A' || organ === 'E' ? `${organ}/${series}/${old[1]}(${old[2]})` : null;
	const modern = /^((?:E?S-)?\d+)\/(\d+)(?:\s+([A-Z]))?$/.exec(printed);
	if (modern === null || organ === null || organ === 'S') return null;
	const [, session = '', serial = '', letter = ''] = modern;
	const year = Number(session);
	// The Council numbers by year since 1978; the Assembly by session since its thirty-first.
	if (/^\d{4}$/.test(session) && year >= 1946) return `E/${series}/${session}/${serial}${letter}`;
	if (session.includes('S-') || year >= 31) return `A/${series}/${session}/${serial}${letter}`;
	return null;
}

/** What the words after a number say of it: "…, entitled “…”, adopted by the Commission on …". */
export interface NumberTail {
	/** The body named as adopting it, where the text names none before the number. */
	adoptedBy?: string | undefined;
	title?: string | undefined;
}

/**
 * A number as a reference: a document when it has a symbol, else a labelled work. The body named
 * before it (`prefix`) says whose it is; failing that, the body the words after it say adopted it.
 */
export function numberReference(
	kind: string,
	printed: string,
	prefix: string | undefined,
	speaker: Speaker,
	place: DocumentPlace,
	tail: NumberTail = {},
): Reference {
	const body = prefix ?? tail.adoptedBy;
	const title = tail.title === undefined ? {} : { title: spaced(tail.title) };
	const found = numberSymbol(kind, printed, body, speaker);
	if (found !== null) return { kind: 'document', symbol: found, place, instrument: null, ...title };
	const act = {
		body: body === undefined ? null : spaced(body),
		kind: kind.toLowerCase() === 'resolution' ? ('resolution' as const) : ('decision' as const),
		number: spaced(printed),
	};
	const work = `${act.body === null ? '' : `${act.body} `}${act.kind} ${act.number}`;
	const provision =
		place.kind === 'paragraph'
			? `paragraph ${place.paragraph.number}${place.paragraph.items.map((item) => ` (${item})`).join('')}`
			: null;
	return { kind: 'unsymbolled', work, provision, act, ...title };
}

/** A printed symbol as undocs.org takes it: a range of meeting records names its first. */
export function symbolOf(printed: string): string {
	return printed.replace(/(\.\d+)-\d+$/, '$1');
}
