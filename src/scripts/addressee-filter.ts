/**
 * The document page's "Addressed to" filter: shows the choice the page left hidden, and on a choice
 * hides every paragraph of the text but those the chosen addressee's list links to, saying how many
 * are shown. Following a link to a hidden paragraph shows the whole text again.
 */
const select = document.querySelector<HTMLSelectElement>('#addressee-filter');
const status = document.querySelector<HTMLElement>('.addressee-status');
const paragraphs = [...document.querySelectorAll<HTMLElement>('.document-text .passage.paragraph')];

/** The anchors an addressee's list item links to: its paragraphs. */
function anchorsOf(name: string): Set<string> {
	const item = [...document.querySelectorAll<HTMLElement>('.addressee-list li')].find(
		(candidate) => candidate.dataset['addressee'] === name,
	);
	const links = item?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [];
	return new Set([...links].map((link) => decodeURIComponent(link.hash.slice(1))));
}

function apply(name: string): void {
	const shown = name === '' ? null : anchorsOf(name);
	for (const paragraph of paragraphs)
		paragraph.style.display = shown === null || shown.has(paragraph.id) ? '' : 'none';
	if (status !== null)
		status.textContent =
			shown === null
				? ''
				: `Showing the ${shown.size} ${shown.size === 1 ? 'paragraph' : 'paragraphs'} addressed to ${name}; the others are hidden.`;
}

if (select !== null) {
	const filter = select.closest<HTMLElement>('.addressee-filter');
	if (filter !== null) filter.hidden = false;
	select.addEventListener('change', () => apply(select.value));
	window.addEventListener('hashchange', () => {
		const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
		if (
			target !== null &&
			target.closest<HTMLElement>('.passage.paragraph')?.style.display === 'none'
		) {
			select.value = '';
			apply('');
			target.scrollIntoView();
		}
	});
}
