/**
 * A passage's share and cite menu closes as menus do: on Escape, back to its control, and on a click
 * anywhere else. Without this script it still opens and closes from its control.
 */
function openMenus(): HTMLDetailsElement[] {
	return [...document.querySelectorAll<HTMLDetailsElement>('details.passage-tools[open]')];
}

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	for (const menu of openMenus()) {
		const hadFocus = menu.contains(document.activeElement);
		menu.open = false;
		if (hadFocus) menu.querySelector('summary')?.focus();
	}
});

document.addEventListener('click', (event) => {
	const inside = event.target instanceof Node ? event.target : null;
	for (const menu of openMenus()) if (inside === null || !menu.contains(inside)) menu.open = false;
});
