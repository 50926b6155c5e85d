/**
 * Footnote previews open under their call rather than at the text column's left edge, as far right
 * as the column lets them. Without this script they open at the column's edge (FootnoteCall.astro),
 * which is inside the page too.
 */
function placePreview(call: HTMLElement): void {
	const preview = call.querySelector<HTMLElement>('.footnote-preview');
	const column = preview?.offsetParent;
	if (preview === undefined || preview === null || !(column instanceof HTMLElement)) return;
	preview.style.left = '0px';
	const room = column.clientWidth - preview.offsetWidth;
	const wanted = call.getBoundingClientRect().left - column.getBoundingClientRect().left;
	preview.style.left = `${Math.max(0, Math.min(wanted, room))}px`;
}

for (const call of document.querySelectorAll<HTMLElement>('.footnote-call')) {
	call.addEventListener('mouseenter', () => placePreview(call));
	call.addEventListener('focusin', () => placePreview(call));
}
