/**
 * The template share page: Astro renders one share page through the site's layout with placeholders
 * where a passage's words go, and every share page is written from it (scripts/share-pages.ts), so
 * each page has the site's head, styles, header, footer and scripts exactly, without a render of its own.
 */
import { publicUrl, sharePagePath } from '../contract.ts';
import type { DocumentMeta } from '../model.ts';
import { escapeAttribute, escapeText } from './html-escape.ts';
import { shareArticleHtml } from './share-html.ts';
import type { SharePage } from './share.ts';

/**
 * Where Astro writes the template: a path no document has (a UN symbol is upper case), and which
 * the build removes once every share page is written, so no reader, sitemap or index ever meets it.
 */
export const shareTemplateParams = { symbol: 'share-page-template', anchor: 'page' } as const;

/** The template's own site path, its og:url. */
export const shareTemplatePath = `/${shareTemplateParams.symbol}/${shareTemplateParams.anchor}/`;

/** The canonical address the template names: a path of its own, so it cannot be told for og:url. */
export const shareTemplateCanonical = `/${shareTemplateParams.symbol}/canonical/`;

/** The placeholders the template page renders in place of a passage's title, card text and article. */
export const shareTemplatePlaceholders = {
	title: 'SHARE-PAGE-TEMPLATE-TITLE',
	description: 'SHARE-PAGE-TEMPLATE-DESCRIPTION',
	article: 'SHARE-PAGE-TEMPLATE-ARTICLE',
} as const;

/** What one share page puts in place of the template's placeholders, as HTML ready to insert. */
interface Fill {
	/** In an attribute's value (between double quotes). */
	attribute: string;
	/** Between tags. */
	text: string;
}

/**
 * A template filled in: each placeholder by its value, escaped for where it stands (an attribute's
 * value or text between tags). One pass, so a value that happens to hold a placeholder is left as it is.
 */
function filled(template: string, fills: ReadonlyMap<string, Fill>): string {
	const alternatives = [...fills.keys()]
		.sort((a, b) => b.length - a.length)
		.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|');
	return template.replace(
		new RegExp(`="(${alternatives})"|(${alternatives})`, 'g'),
		(_match, inAttribute: string | undefined, inText: string | undefined) => {
			if (inAttribute !== undefined) {
				const value = fills.get(inAttribute)?.attribute ?? '';
				// Astro writes an attribute with an empty value as its bare name.
				return value === '' ? '' : `="${value}"`;
			}
			return fills.get(inText ?? '')?.text ?? '';
		},
	);
}

/** How many times each placeholder must stand in the template Astro rendered, for a build with or without a public address. */
function expectedCounts(site: URL | null): Map<string, number> {
	return new Map([
		[shareTemplatePlaceholders.title, 3],
		[shareTemplatePlaceholders.description, 3],
		[shareTemplatePlaceholders.article, 1],
		[publicUrl(shareTemplateCanonical, site), 1],
		// og:url is printed only with a public address.
		[publicUrl(shareTemplatePath, site), site === null ? 0 : 1],
	]);
}

function occurrences(text: string, part: string): number {
	return text.split(part).length - 1;
}

/**
 * Checks that the template Astro rendered holds each placeholder where the layout puts it and
 * nowhere else, and names the public address the stage was given: a layout changed without this
 * file, or a template built for another address, fails the build rather than publishing wrong pages.
 */
export function checkShareTemplate(template: string, site: URL | null): void {
	for (const [placeholder, count] of expectedCounts(site)) {
		const found = occurrences(template, placeholder);
		if (found !== count)
			throw new Error(
				`the share page template holds ${placeholder} ${found} times, not ${count}: the layout (src/layouts/Base.astro) and src/lib/view/share-template.ts disagree, or the template was built for another public address than ${site?.href ?? 'none'}`,
			);
	}
}

/** A share page's whole HTML: the template with the passage's title, card text, addresses and article. */
export function sharePageHtml(
	template: string,
	page: SharePage,
	meta: Pick<DocumentMeta, 'symbol' | 'title' | 'body' | 'documentType' | 'date'>,
	site: URL | null,
): string {
	const plain = (value: string): Fill => ({
		attribute: escapeAttribute(value),
		text: escapeText(value),
	});
	const fills = new Map<string, Fill>([
		[shareTemplatePlaceholders.title, plain(page.shared.citation)],
		[shareTemplatePlaceholders.description, plain(page.description)],
		[
			shareTemplatePlaceholders.article,
			{ attribute: '', text: shareArticleHtml(page, meta, site) },
		],
		[publicUrl(shareTemplateCanonical, site), plain(publicUrl(page.shared.permalink, site))],
		[
			publicUrl(shareTemplatePath, site),
			plain(publicUrl(sharePagePath(meta.symbol, page.shared.passage.address), site)),
		],
	]);
	return filled(template, fills);
}
