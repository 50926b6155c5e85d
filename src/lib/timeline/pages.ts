/**
 * The data of the congress pages: what the documents say of each congress and its timeline, read
 * from every document's model.
 */
import type { CongressOrdinal } from '../contract.ts';
import type { UnDocument } from '../model.ts';
import { congressPages } from './congress.ts';
import { extractTimeline } from './extract.ts';
import { type CongressFacts, congressFacts } from './facts.ts';
import { congressTimeline } from './story.ts';
import type { TimelineEvent, UndatedEvent } from './types.ts';
import { congressName } from './view.ts';

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

/** Every congress that has a page, in number order, with its facts, its timeline and its background. */
export function congressPagesOf(documents: readonly UnDocument[]): CongressPageData[] {
	const { events, undated: named } = extractTimeline(documents);
	return congressPages.map((ordinal) => {
		const facts = congressFacts(documents, ordinal, events);
		const { story, background, undated } = congressTimeline(events, ordinal, named);
		return { ordinal, name: congressName(facts), facts, timeline: story, background, undated };
	});
}
