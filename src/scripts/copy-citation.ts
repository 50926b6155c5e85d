/**
 * "Copy citation": shows the buttons (hidden for readers without JavaScript, for whom they could not
 * work) and copies each one's citation with its absolute permalink, and says it did. The reader
 * chooses the short or the full UN form once, and the choice is remembered across pages.
 */
import { citationLine } from '../lib/contract.ts';
import { readersOrigin } from './public-origin.ts';

const status = document.createElement('p');
status.className = 'visually-hidden copy-citation-status';
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
document.body.append(status);

function announce(message: string): void {
	// Emptied first, so copying the same citation twice is announced twice.
	status.textContent = '';
	requestAnimationFrame(() => {
		status.textContent = message;
	});
}

type CitationForm = 'short' | 'full';
const formKey = 'citation-form';

function chosenForm(): CitationForm {
	try {
		return localStorage.getItem(formKey) === 'full' ? 'full' : 'short';
	} catch {
		// Storage refused (a private window, a policy): the short form, as the contract lists first.
		return 'short';
	}
}

function rememberForm(form: CitationForm): void {
	try {
		localStorage.setItem(formKey, form);
	} catch {
		// Not remembered, but this page still copies what the reader chose: chosenForm reads the radios.
	}
}

for (const choice of document.querySelectorAll<HTMLFieldSetElement>('fieldset.citation-form')) {
	choice.hidden = false;
	const form = chosenForm();
	for (const radio of choice.querySelectorAll<HTMLInputElement>('input[name="citation-form"]')) {
		radio.checked = radio.value === form;
		radio.addEventListener('change', () => {
			if (radio.checked) rememberForm(radio.value === 'full' ? 'full' : 'short');
		});
	}
}

function formOnPage(): CitationForm {
	const checked = document.querySelector<HTMLInputElement>('input[name="citation-form"]:checked');
	return checked === null ? chosenForm() : checked.value === 'full' ? 'full' : 'short';
}

/** Copies a button's citation, in the form the reader chose, and says whether it could. */
async function copyCitation(button: HTMLButtonElement): Promise<void> {
	const full = button.dataset['fullCitation'];
	const citation = citationLine(
		(formOnPage() === 'full' && full !== undefined ? full : button.dataset['citation']) ?? '',
		new URL(button.dataset['permalink'] ?? '', readersOrigin()).href,
	);
	try {
		await navigator.clipboard.writeText(citation);
		button.dataset['state'] = 'copied';
		announce(`Copied: ${citation}`);
	} catch {
		button.dataset['state'] = 'failed';
		announce('Could not copy the citation; select it from the share page instead.');
	}
	setTimeout(() => delete button.dataset['state'], 2500);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-citation')) {
	button.hidden = false;
	// copyCitation handles its own failure; the click has nothing to wait for.
	button.addEventListener('click', () => void copyCitation(button));
}
