/**
 * "Copy citation": shows the buttons (hidden for readers without JavaScript, for whom they could not
 * work) and copies the citation and permalink the page built into each one.
 */
const status = document.createElement('p');
status.className = 'visually-hidden';
status.setAttribute('role', 'status');
document.body.append(status);

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-citation')) {
	button.hidden = false;
	button.addEventListener('click', async () => {
		const citation = button.dataset['citation'] ?? '';
		try {
			await navigator.clipboard.writeText(citation);
			button.dataset['state'] = 'copied';
			status.textContent = `Copied: ${citation}`;
		} catch {
			button.dataset['state'] = 'failed';
			status.textContent = 'Could not copy the citation; select it from the share page instead.';
		}
		setTimeout(() => delete button.dataset['state'], 2500);
	});
}
