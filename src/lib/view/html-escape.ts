/**
 * Text and attribute values escaped as Astro escapes them, for the HTML the build writes without
 * Astro (the share pages, runs of a document's text): byte for byte what a component would write,
 * so a text is data, never markup.
 */
const textEntities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	"'": '&#39;',
	'"': '&quot;',
};

/**
 * Text as Astro writes an expression between tags: `& < > ' "` as entities.
 * @example escapeText('Crime & <justice>') // 'Crime &amp; &lt;justice&gt;'
 */
export function escapeText(text: string): string {
	return text.replace(/[&<>'"]/g, (character) => textEntities[character] ?? character);
}

/**
 * An attribute value as Astro writes one between double quotes: only `&` and `"` as entities.
 * @example escapeAttribute('say "when" & <stop>') // 'say &quot;when&quot; &amp; <stop>'
 */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
