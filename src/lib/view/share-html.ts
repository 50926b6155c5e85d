/**
 * A share page's article as HTML, written without Astro: the build renders one template share page
 * through the site's layout and fills it in for every passage (scripts/share-pages.ts), since tens of
 * thousands of small uniform pages each rendered by Astro cost most of a large build. The markup is
 * the one `src/pages/[...symbol]/[anchor]/index.astro` renders, byte for byte (tests/share-pages.test.ts
 * compares them); every value is escaped as Astro escapes it, so a text is data, never markup.
 */
import { anchorFor, citationLineParts, documentPath, publicUrl } from '../contract.ts';
import type { DocumentMeta, Inline } from '../model.ts';
import { formatIsoDate } from '../words/dates.ts';
import { escapeAttribute, escapeText } from './html-escape.ts';
import { passagePieces, permalinkPieces, type SharedPassage, type SharePage } from './share.ts';

/** An attribute as Astro writes one: an empty value as the bare name. */
function attribute(name: string, value: string): string {
	return value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
}

/** The passage's text as the `PassageText` component renders it. */
export function passageTextHtml(
	symbol: string,
	content: readonly Inline[],
	leadPhrase: string | null,
): string {
	return passagePieces(content, leadPhrase)
		.map((segment) => {
			if (segment.kind !== 'text') {
				const href = `${documentPath(symbol)}#${anchorFor({ kind: 'footnote', number: segment.footnote })}`;
				return `<sup class="footnote-call"><a${attribute('href', href)}><span class="visually-hidden">footnote </span>${escapeText(String(segment.footnote))}</a></sup>`;
			}
			return segment.pieces
				.map((piece) => {
					if (piece.kind === 'link')
						return `<a class="ref external"${attribute('href', piece.href)} rel="external">${escapeText(piece.text)}</a>`;
					if (piece.kind === 'plain') return escapeText(piece.text);
					return `<em>${escapeText(piece.text)}</em>`;
				})
				.join('');
		})
		.join('');
}

/** The "Cite as" and "In full" lines as the `ShareCitation` component renders them. */
function shareCitationHtml(shared: SharedPassage, origin: string): string {
	const [, path] = citationLineParts(shared.citation, shared.permalink);
	const pieces = permalinkPieces(path)
		.map(
			(piece, index) =>
				`${index > 0 ? '<wbr>' : ''}<span class="share-cite-piece">${escapeText(piece)}</span>`,
		)
		.join('');
	const forms = [
		{
			label: 'Cite as',
			lead: citationLineParts(shared.citation, shared.permalink)[0],
			paragraphClass: 'share-cite',
			textClass: 'share-cite-text',
		},
		{
			label: 'In full',
			lead: citationLineParts(shared.fullCitation, shared.permalink)[0],
			paragraphClass: 'share-cite share-cite-full',
			textClass: 'share-cite-full-text',
		},
	];
	return forms
		.map(
			(form) =>
				`<p${attribute('class', form.paragraphClass)}><span class="share-cite-label">${form.label}</span><span${attribute('class', form.textClass)}>${escapeText(form.lead)}<span class="share-cite-permalink"><span class="public-origin">${escapeText(origin)}</span>${pieces}</span></span></p>`,
		)
		.join('');
}

/** A line of context: a neighbouring or calling passage, linked to its own share page. */
function contextHtml(label: string, passage: SharedPassage): string {
	return `<p class="share-context"><span class="share-context-label">${label} <a${attribute('href', passage.sharePage)}>${escapeText(passage.citation)}</a>:</span> ${escapeText(passage.text)}</p>`;
}

/**
 * A share page's `<article>`: the document it is from, the passage in context, its citations and
 * its permalink. `site` is the public address (SITE_URL), or null on a build without one.
 */
export function shareArticleHtml(
	page: SharePage,
	meta: Pick<DocumentMeta, 'symbol' | 'title' | 'body' | 'documentType' | 'date'>,
	site: URL | null,
): string {
	const { symbol } = meta;
	const { shared, before, after, calledIn } = page;
	const dateLabel = meta.documentType === 'resolution' ? 'adopted' : 'issued';
	const label =
		shared.passage.printedLabel === null
			? ''
			: `<span class="passage-label-inline">${escapeText(shared.passage.printedLabel)} </span>`;
	return [
		'<article class="share-page">',
		`<p class="document-symbol">${escapeText(symbol)}</p>`,
		`<p class="share-document"><a${attribute('href', documentPath(symbol))}>${escapeText(meta.title)}</a></p>`,
		`<p class="share-document-facts">${escapeText(meta.body)}, ${dateLabel} <time${attribute('datetime', meta.date)}>${escapeText(formatIsoDate(meta.date))}</time></p>`,
		`<h1>${escapeText(shared.citation)}</h1>`,
		...calledIn.map((caller) => contextHtml('Called in', caller)),
		before === null ? '' : contextHtml('Before it,', before),
		`<blockquote class="share-passage"${attribute('cite', publicUrl(shared.permalink, site))}><p>${label}${passageTextHtml(symbol, shared.passage.content, shared.passage.leadPhrase)}</p></blockquote>`,
		after === null ? '' : contextHtml('After it,', after),
		shareCitationHtml(shared, site?.origin ?? ''),
		`<p><a${attribute('href', shared.permalink)}>Read ${escapeText(shared.citation)} in the whole document</a></p>`,
		'</article>',
	].join('');
}
