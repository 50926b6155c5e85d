import { describe, expect, it } from 'vitest';
import { markdownParagraph } from './write-markdown.ts';

describe('markdownParagraph', () => {
	it('sets the lead phrase in italics and the footnote call in <sup>', () => {
		expect(
			markdownParagraph({
				lead: 'Recalling also',
				words: 'Recalling also its resolution 64/180',
				end: ',',
				call: 3,
				items: [],
			}),
		).toBe('*Recalling also* its resolution 64/180,<sup>3</sup>');
	});

	it('leaves a paragraph without a lead phrase in roman', () => {
		expect(
			markdownParagraph({
				lead: null,
				words: 'We recognize the importance',
				end: ';',
				call: null,
				items: [],
			}),
		).toBe('We recognize the importance;');
	});
});
