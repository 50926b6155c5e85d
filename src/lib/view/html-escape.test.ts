import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText } from './html-escape.ts';

describe('escapeText', () => {
	it('writes the five characters markup gives meaning to as entities', () => {
		expect(escapeText(`<b>Crime & "justice"</b> it's`)).toBe(
			'&lt;b&gt;Crime &amp; &quot;justice&quot;&lt;/b&gt; it&#39;s',
		);
	});

	it('leaves the UN’s own punctuation as it is', () => {
		expect(escapeText('“Salvador Declaration” — 12–19 April')).toBe(
			'“Salvador Declaration” — 12–19 April',
		);
	});
});

describe('escapeAttribute', () => {
	it('writes only the ampersand and the double quote as entities, as Astro does', () => {
		expect(escapeAttribute(`a "b" & <c> 'd'`)).toBe(`a &quot;b&quot; &amp; <c> 'd'`);
	});
});
