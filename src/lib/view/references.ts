/**
 * The `/references/` page: every cited work in a section by body and kind (the Assembly's
 * resolutions and decisions, the Council's, a commission's, treaties, other documents), each
 * section in number or name order, and an index of them all.
 */
import { printedSymbol, referencesAnchor } from '../contract.ts';
import type { CitationIndex, CitedWork } from '../link/cited-by.ts';
import { type CitedWorkView, citedWorkView, type CorpusTitles } from '../link/pages.ts';
import type { Corpus } from '../link/resolve.ts';

/** A cited work on the page, with the short label the index gives it. */
export interface IndexedWork {
	view: CitedWorkView;
	/** `60/177`, `decision 2007/253`, `E/CN.15/2007/6`, a treaty's name. */
	indexLabel: string;
	/** The text the filter box searches: its name, symbol, title, annexes and registration. */
	filterText: string;
}

/** A section of the page: the works of one body and kind, or the treaties, or the other documents. */
export interface ReferencesSection {
	anchor: string;
	title: string;
	works: IndexedWork[];
}

/** What a work is, for the section it goes in and its order there. */
type Kind =
	| { kind: 'act'; body: string | null; act: 'resolution' | 'decision'; number: string }
	| { kind: 'treaty' }
	| { kind: 'document'; symbol: string };

const organs: Record<string, string> = {
	A: 'General Assembly',
	E: 'Economic and Social Council',
	S: 'Security Council',
};
// The principal organs first, in the Charter's order; other bodies after them, by name.
const organOrder = Object.values(organs);

function kindOf(work: CitedWork): Kind {
	if (work.symbol !== null) {
		const act = /^([AES])\/(RES|DEC)\/(.+)$/.exec(printedSymbol(work.symbol));
		const body = organs[act?.[1] ?? ''];
		if (act === null || body === undefined) return { kind: 'document', symbol: work.symbol };
		return {
			kind: 'act',
			body,
			act: act[2] === 'RES' ? 'resolution' : 'decision',
			number: act[3] ?? '',
		};
	}
	if (work.act !== null)
		return { kind: 'act', body: work.act.body, act: work.act.kind, number: work.act.number };
	return { kind: 'treaty' };
}

const romanDigits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(numeral: string): number {
	let value = 0;
	for (const [index, digit] of [...numeral].entries()) {
		const current = romanDigits[digit] ?? 0;
		const next = romanDigits[numeral[index + 1] ?? ''] ?? 0;
		value += current < next ? -current : current;
	}
	return value;
}

/**
 * The order of a resolution's or decision's number: the old numbering, by session ("415 (V)"),
 * before the new, by session or year then number ("60/177", "57/270 B", "2007/12").
 */
function numberOrder(number: string): number[] {
	const old = /^(\d+)(?: [A-Z])? \((\w+)\)$/.exec(number);
	if (old !== null) {
		const session = old[2] ?? '';
		return [0, /^\d+$/.test(session) ? Number(session) : romanValue(session), Number(old[1])];
	}
	const modern = /^(?:E?S-)?(\d+)\/(\d+)(?: ([A-Z]))?$/.exec(number);
	if (modern === null) return [2];
	return [1, Number(modern[1]), Number(modern[2]), (modern[3] ?? '@').charCodeAt(0)];
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
	for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
		const difference = (a[index] ?? -1) - (b[index] ?? -1);
		if (difference !== 0) return difference;
	}
	return 0;
}

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function sectionOf(kind: Kind): { key: string; anchor: string; order: number[] } {
	switch (kind.kind) {
		case 'act': {
			if (kind.body === null) return { key: 'act:', anchor: 'unnamed-bodies', order: [1] };
			const organ = organOrder.indexOf(kind.body);
			return {
				key: `act:${kind.body}`,
				anchor: referencesAnchor(kind.body),
				order: [0, organ < 0 ? organOrder.length : organ],
			};
		}
		case 'treaty':
			return { key: 'treaty', anchor: 'treaties', order: [2] };
		case 'document':
			return { key: 'document', anchor: 'documents', order: [3] };
	}
}

function sectionTitle(kind: Kind, acts: ReadonlySet<string>): string {
	switch (kind.kind) {
		case 'act': {
			const kinds = ['resolution', 'decision']
				.filter((act) => acts.has(act))
				.map((act) => `${act}s`)
				.join(' and ');
			return kind.body === null
				? `${kinds.charAt(0).toUpperCase()}${kinds.slice(1)} whose adopting body the texts do not name`
				: `${kind.body} ${kinds}`;
		}
		case 'treaty':
			return 'Treaties and other instruments';
		case 'document':
			return 'Reports and other documents';
	}
}

function indexLabelOf(kind: Kind, view: CitedWorkView): string {
	switch (kind.kind) {
		case 'act':
			return kind.act === 'decision' ? `decision ${kind.number}` : kind.number;
		case 'treaty':
			return view.work.label;
		case 'document':
			return printedSymbol(kind.symbol);
	}
}

function compareWorks(
	a: { kind: Kind; view: CitedWorkView },
	b: { kind: Kind; view: CitedWorkView },
): number {
	if (a.kind.kind === 'act' && b.kind.kind === 'act')
		return (
			compareNumbers(numberOrder(a.kind.number), numberOrder(b.kind.number)) ||
			byName.compare(a.kind.act, b.kind.act)
		);
	return byName.compare(a.view.work.label, b.view.work.label);
}

/** The text of a work that the filter box searches. */
function filterTextOf(view: CitedWorkView, indexLabel: string): string {
	return [
		view.work.label,
		view.symbol ?? '',
		indexLabel,
		view.title ?? '',
		...view.annexes.map((annex) => annex.label),
		view.registration ?? '',
	]
		.filter((part) => part !== '')
		.join(' | ');
}

/**
 * The cited works of the corpus in sections: the principal organs' resolutions and decisions
 * first (the Assembly, the Council), then other bodies', treaties, and other documents; each
 * section in number order (the old numbering by session first) or by name.
 */
export function referencesSections(
	index: CitationIndex,
	corpus: Corpus,
	titles: CorpusTitles,
): ReferencesSection[] {
	const sections = new Map<
		string,
		{
			anchor: string;
			order: number[];
			kind: Kind;
			acts: Set<string>;
			works: { kind: Kind; view: CitedWorkView }[];
		}
	>();
	for (const work of index.works) {
		const kind = kindOf(work);
		const section = sectionOf(kind);
		const entry = sections.get(section.key) ?? {
			anchor: section.anchor,
			order: section.order,
			kind,
			acts: new Set<string>(),
			works: [],
		};
		if (kind.kind === 'act') entry.acts.add(kind.act);
		entry.works.push({ kind, view: citedWorkView(work, corpus, titles) });
		sections.set(section.key, entry);
	}
	return [...sections.entries()]
		.sort(([keyA, a], [keyB, b]) => compareNumbers(a.order, b.order) || byName.compare(keyA, keyB))
		.map(([, section]) => ({
			anchor: section.anchor,
			title: sectionTitle(section.kind, section.acts),
			works: section.works.sort(compareWorks).map(({ kind, view }) => {
				const indexLabel = indexLabelOf(kind, view);
				return { view, indexLabel, filterText: filterTextOf(view, indexLabel) };
			}),
		}));
}
