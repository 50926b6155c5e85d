/**
 * "Copy citation": shows the buttons (hidden for readers without JavaScript, for whom they could not
 * work) and copies each one's citation with its absolute permalink, and says it did.
 */
import { citationLine } from '../lib/contract.ts';
import { readersOrigin } from './public-origin.ts';

const status = document.createElement('p');
status.className = 'visually-hidden';
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

/** Copies a button's citation and says whether it could. */
async function copyCitation(button: HTMLButtonElement): Promise<void> {
	const citation = citationLine(
		button.dataset['citation'] ?? '',
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
