import { describe, expect, it } from 'vitest';
import { corpus } from '../../../tests/fixtures/timeline/corpus.ts';
import { congressFacts } from './facts.ts';
import { congressPagesOf } from './pages.ts';
import { congressTimeline } from './story.ts';
import { extractTimeline } from './extract.ts';

const pages = congressPagesOf(corpus);

describe('congressPagesOf', () => {
	it('gives a page to each congress that has one, in number order, named as the texts name it', () => {
		expect(pages.map((page) => [page.ordinal, page.name])).toEqual([
			['twelfth', 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice'],
			['thirteenth', 'Thirteenth United Nations Congress on Crime Prevention and Criminal Justice'],
		]);
	});

	it('gives each its facts and its story from one reading of the whole corpus', () => {
		const { events, undated } = extractTimeline(corpus);
		for (const page of pages) {
			const story = congressTimeline(events, page.ordinal, undated);
			expect(page.facts).toEqual(congressFacts(corpus, page.ordinal, events));
			expect(page.timeline).toEqual(story.story);
			expect(page.background).toEqual(story.background);
			expect(page.undated).toEqual(story.undated);
			expect(page.timeline.length).toBeGreaterThan(0);
		}
	});
});
