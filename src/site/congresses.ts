/**
 * The data of the congress pages: what the documents say of each congress and its timeline, read
 * from every document's model.
 */
import type { CongressOrdinal } from '../lib/contract.ts';
import {
	type CongressFacts,
	congressFacts,
	congressPages,
	extractEvents,
	type TimelineEvent,
	timelineOf,
} from '../lib/timeline.ts';
import { congressName } from '../lib/timeline-view.ts';
import { allModels } from './corpus.ts';

/** One congress as its page shows it. */
export interface CongressPageData {
	ordinal: CongressOrdinal;
	name: string;
	facts: CongressFacts;
	timeline: TimelineEvent[];
}

/** Every congress that has a page, in number order, with its facts and timeline. */
export async function congressPagesData(): Promise<CongressPageData[]> {
	const documents = await allModels();
	const events = extractEvents(documents);
	return congressPages.map((ordinal) => {
		const facts = congressFacts(documents, ordinal);
		return { ordinal, name: congressName(facts), facts, timeline: timelineOf(events, ordinal) };
	});
}
