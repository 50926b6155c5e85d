import { describe, expect, it } from 'vitest';
import type { LinkContext, LinksInText } from '../link/types.ts';
import { leadPhraseStart, textSpansOf } from './spans.ts';

const context: LinkContext = {
	symbol: 'A/RES/99/1',
	speaker: 'General Assembly',
	scope: { kind: 'resolution' },
	address: { kind: 'operative', part: { kind: 'resolution' }, number: 1 },
};

/** Links every occurrence of `words` to `href`. */
function linking(words: string, href: string): LinksInText {
	return (text) =>
		[...text.matchAll(new RegExp(words, 'g'))].map((match) => ({
			start: match.index,
			end: match.index + words.length,
			href,
		}));
}

describe('textSpansOf', () => {
	it('sets apart references, web addresses and titles, in order', () => {
		const text = 'See resolution 60/177, www.unodc.org and United Nations, Treaty Series.';
		expect(
			textSpansOf(text, linking('resolution 60/177', 'https://undocs.org/A/RES/60/177'), context),
		).toEqual([
			{ kind: 'reference', start: 4, end: 21, href: 'https://undocs.org/A/RES/60/177' },
			{ kind: 'web-address', start: 23, end: 36, href: 'https://www.unodc.org' },
			{ kind: 'publication-title', start: 41, end: 70 },
		]);
	});

	it('leaves out a title or web address that a reference overlaps', () => {
		const text = 'United Nations, Treaty Series, vol. 2225';
		expect(textSpansOf(text, linking(text, '/A/RES/55/25/'), context)).toEqual([
			{ kind: 'reference', start: 0, end: text.length, href: '/A/RES/55/25/' },
		]);
	});
});

describe('leadPhraseStart', () => {
	it('finds the lead phrase at the start, or after an opening quotation mark', () => {
		expect(leadPhraseStart('Recalling its resolution', 'Recalling')).toBe(0);
		expect(leadPhraseStart('“Recalling its resolution', 'Recalling')).toBe(1);
	});

	it('finds none where the paragraph does not open with it', () => {
		expect(leadPhraseStart('Also recalling', 'recalling')).toBe(-1);
		expect(leadPhraseStart('Recalling', null)).toBe(-1);
	});
});
