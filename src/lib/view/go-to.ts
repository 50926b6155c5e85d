/**
 * A document's "go to paragraph" box: the kinds of paragraph a reader can name in each part, and the
 * contract anchor of the paragraph they name ("annex, paragraph 42" → `annex-op42`).
 */
import { anchorFor, partName, type PartScope } from '../contract.ts';
import type { ResolutionPart, UnDocument } from '../model.ts';
import { annexCountOf, partScopeOf } from '../passages.ts';

/** One choice of the box: a kind of paragraph in one part, and the numbers it runs through. */
export type GoToChoice = {
	/** In readers' words: "Annex, paragraph", "Preambular paragraph". */
	label: string;
	first: number;
	last: number;
} & ({ kind: 'preambular' | 'operative'; part: PartScope } | { kind: 'report' });

function capitalised(words: string): string {
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function partChoices(part: ResolutionPart, annexCount: number, named: boolean): GoToChoice[] {
	const scope = partScopeOf(part, annexCount);
	const where = named ? `${partName(scope) || 'resolution'}, ` : '';
	const choices: GoToChoice[] = [];
	const first = part.operative[0];
	const last = part.operative.at(-1);
	if (first !== undefined && last !== undefined)
		choices.push({
			label: capitalised(`${where}paragraph`),
			kind: 'operative',
			part: scope,
			first: first.number,
			last: last.number,
		});
	if (part.preamble.length > 0)
		choices.push({
			label: capitalised(`${where}preambular paragraph`),
			kind: 'preambular',
			part: scope,
			first: 1,
			last: part.preamble.length,
		});
	return [...choices, ...part.parts.flatMap((nested) => partChoices(nested, annexCount, true))];
}

/** The choices of a document's "go to paragraph" box, in the order of its parts; operative paragraphs first. */
export function goToChoices(document: UnDocument): GoToChoice[] {
	const annexCount = annexCountOf(document);
	// A draft resolution stands inside the resolution that recommends it: it too makes two parts.
	const named = document.parts.length > 1 || document.parts.some((part) => part.parts.length > 0);
	const choices = document.parts.flatMap((part) => partChoices(part, annexCount, named));
	const first = document.report?.paragraphs[0];
	const last = document.report?.paragraphs.at(-1);
	if (first !== undefined && last !== undefined)
		choices.push({ label: 'Paragraph', kind: 'report', first: first.number, last: last.number });
	return choices;
}

/**
 * The anchor of the paragraph a reader typed, as a citation writes its number ("42", "5 (a)",
 * "9 (3)", "5(a)(ii)"); null when it names no paragraph of the choice.
 * @example goToAnchor({ label: 'Annex, paragraph', kind: 'operative', part: { kind: 'annex', index: 1, count: 1 }, first: 1, last: 55 }, '42') // 'annex-op42'
 */
export function goToAnchor(choice: GoToChoice, typed: string): string | null {
	const match = /^\s*(\d+)\s*\.?([\s().a-z0-9]*)$/i.exec(typed);
	if (match === null) return null;
	const number = Number(match[1]);
	if (number < choice.first || number > choice.last) return null;
	const items = (match[2] ?? '').toLowerCase().match(/[a-z]+|\d+/g) ?? [];
	const itemsPart = items.length === 0 ? {} : { items };
	return choice.kind === 'report'
		? anchorFor({ kind: 'report', number, ...itemsPart })
		: anchorFor({ kind: choice.kind, part: choice.part, number, ...itemsPart });
}
