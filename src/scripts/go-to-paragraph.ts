/**
 * "Go to paragraph": shows the box (hidden for readers without JavaScript, for whom it could not
 * work) and takes the reader to the contract anchor of the paragraph they name, or says there is none.
 */
import { goToAnchor, type GoToChoice } from '../lib/view/go-to.ts';

/** Takes the reader to a passage, and the keyboard with them, to its printed number where it has one. */
function arriveAt(target: HTMLElement): void {
	const anchor = target.id;
	if (location.hash === `#${anchor}`) target.scrollIntoView();
	else location.hash = anchor;
	const number = target.querySelector<HTMLElement>(':scope > .passage-number');
	if (number !== null) {
		number.focus({ preventScroll: true });
		return;
	}
	target.tabIndex = -1;
	target.focus({ preventScroll: true });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.go-to')) {
	const choices = JSON.parse(form.dataset['choices'] ?? '[]') as GoToChoice[];
	const select = form.querySelector('select');
	const input = form.querySelector('input');
	const status = form.querySelector('.go-to-status');
	if (input === null || status === null) continue;
	form.hidden = false;
	// The numbers a part's paragraphs run through, as the empty box's hint.
	select?.addEventListener('change', () => {
		const choice = choices[select.selectedIndex];
		input.placeholder = choice === undefined ? '' : `${choice.first}–${choice.last}`;
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		// A document of one kind of paragraph has no choice to make.
		const choice = choices[select?.selectedIndex ?? 0];
		if (choice === undefined) return;
		const anchor = goToAnchor(choice, input.value);
		const target = anchor === null ? null : document.getElementById(anchor);
		if (target === null) {
			status.textContent = `There is no ${choice.label.toLowerCase()} ${input.value.trim()}: they run from ${choice.first} to ${choice.last}.`;
			return;
		}
		status.textContent = '';
		arriveAt(target);
	});
}
