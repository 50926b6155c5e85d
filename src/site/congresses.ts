/**
 * The data of the congress pages: what the documents say of each congress and its timeline, read
 * from every document's model.
 */
import type { CongressOrdinal } from '../lib/contract.ts';
import { congressPages } from '../lib/timeline/congress.ts';
import { extractTimeline } from '../lib/timeline/extract.ts';
import { type CongressFacts, congressFacts } from '../lib/timeline/facts.ts';
import { congressTimeline } from '../lib/timeline/story.ts';
import type { TimelineEvent, UndatedEvent } from '../lib/timeline/types.ts';
import { congressName } from '../lib/timeline/view.ts';
import { allModels } from './corpus.ts';
import { once } from './once.ts';

/** One congress as its page shows it. */
export interface CongressPageData {
	ordinal: CongressOrdinal;
	name: string;
	facts: CongressFacts;
	/** Its own story: what was decided and held for it. */
	timeline: TimelineEvent[];
	/** The background its texts recall, listed apart so that nothing is hidden. */
	background: TimelineEvent[];
	/** Events of its story the texts name without any date. */
	undated: UndatedEvent[];
}

/**
 * Every congress that has a page, in number order, with its facts, its timeline and its background.
 * Read from the whole corpus once a build: the congresses' index, pages and timeline.json all ask
 * (each time 9 s at 200 documents).
 */
export const congressPagesData = once(readCongressPages);

async function readCongressPages(): Promise<CongressPageData[]> {
	const documents = await allModels();
	const { events, undated: named } = extractTimeline(documents);
	return congressPages.map((ordinal) => {
		const facts = congressFacts(documents, ordinal, events);
		const { story, background, undated } = congressTimeline(events, ordinal, named);
		return { ordinal, name: congressName(facts), facts, timeline: story, background, undated };
	});
}
