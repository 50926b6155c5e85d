/**
 * The filter box of `/references/`: shown only to readers with JavaScript (the page is whole
 * without it), it hides the cited works, index entries and sections that do not match the words
 * typed, and says how many match.
 */
import { matchesFilter } from '../lib/view/filter.ts';

const box = document.querySelector<HTMLElement>('.references-filter');
const input = box?.querySelector<HTMLInputElement>('input');
const status = box?.querySelector<HTMLElement>('.references-filter-status');
const works = [...document.querySelectorAll<HTMLElement>('.cited-work')];

function indexEntry(selector: string): HTMLElement | null {
	return document.querySelector<HTMLElement>(`.references-index ${selector}`);
}

function applyFilter(typed: string): void {
	let shown = 0;
	for (const work of works) {
		const matches = matchesFilter(work.dataset['filter'] ?? '', typed);
		work.hidden = !matches;
		const entry = indexEntry(`[data-work="${work.id}"]`);
		if (entry !== null) entry.hidden = !matches;
		if (matches) shown += 1;
	}
	for (const section of document.querySelectorAll<HTMLElement>('.references-section')) {
		const empty = section.querySelector('.cited-work:not([hidden])') === null;
		section.hidden = empty;
		const entry = indexEntry(`[data-section="${section.id}"]`);
		if (entry !== null) entry.hidden = empty;
	}
	if (status !== null && status !== undefined)
		status.textContent =
			typed.trim() === '' ? '' : `Showing ${shown} of ${works.length} cited works.`;
}

if (box !== null && input !== null && input !== undefined) {
	box.hidden = false;
	input.addEventListener('input', () => applyFilter(input.value));
	// A value the browser restored (back, reload) filters as if typed.
	if (input.value !== '') applyFilter(input.value);
}
