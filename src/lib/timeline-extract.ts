/**
 * Events from documents: each document's own adoption or issue, and every dated statement of its
 * paragraphs and footnotes, made one event wherever several passages state the same thing.
 */
import type { UnDocument } from './model.ts';
import type { TimelineEvent } from './timeline.ts';
import { mergeEvents } from './timeline-merge.ts';
import { documentEvent, mentionsOf } from './timeline-mentions.ts';

/**
 * Every event the documents state, in date order, each with every passage that states it.
 * @example extractEvents(documents).find((event) => event.what.startsWith('Twelfth United Nations Congress'))
 * // { kind: 'meeting', date: { start: '2010-04-12', end: '2010-04-19', precision: 'day' }, place: 'Salvador, Brazil', … }
 */
export function extractEvents(documents: readonly UnDocument[]): TimelineEvent[] {
	return mergeEvents(
		documents.flatMap((document) => [documentEvent(document), ...mentionsOf(document)]),
	);
}
