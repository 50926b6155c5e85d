/**
 * The origin of the addresses readers copy and print: the site's public address when the build was
 * given one (Base.astro writes it on the root element), otherwise the address the page is read at,
 * so a build without SITE_URL never hands a reader a development server's host.
 */
export function readersOrigin(): string {
	return document.documentElement.dataset['publicOrigin'] ?? location.origin;
}

/** Whether the build knew its public address, so the page already carries it. */
export function hasPublicOrigin(): boolean {
	return document.documentElement.dataset['publicOrigin'] !== undefined;
}
