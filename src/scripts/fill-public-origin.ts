/**
 * On a site built without its public address: gives the print stylesheet the origin to print before
 * the site's own links, and puts it before the site-relative permalinks a page shows to copy.
 */
import { hasPublicOrigin, readersOrigin } from './public-origin.ts';

if (!hasPublicOrigin()) {
	const origin = readersOrigin();
	document.documentElement.style.setProperty('--site-origin', JSON.stringify(origin));
	for (const slot of document.querySelectorAll('.public-origin')) slot.textContent = origin;
}
