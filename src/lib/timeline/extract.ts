/**
 * Events from documents: each document's own adoption or issue, and every dated statement of its
 * paragraphs and footnotes, made one event wherever several passages state the same thing; a
 * session named without a date joins the dated event of that session.
 */
import { documentPath } from '../contract.ts';
import type { UnDocument } from '../model.ts';
import { passagesOf } from '../passages.ts';
import type { TimelineEvent } from './types.ts';
import { mergeEvents } from './merge.ts';
import { documentEvent, mentionsOf, passageSource } from './mentions.ts';
import { sessionMentionsOf, withSessionMentions } from './sessions.ts';

/** Each document, then each of its passages, by permalink: the corpus order of sources. */
function corpusOrder(documents: readonly UnDocument[]): Map<string, number> {
	const permalinks = documents.flatMap((document) => [
		documentPath(document.meta.symbol),
		...passagesOf(document).map(
			(passage) => passageSource(document.meta.symbol, passage.address).permalink,
		),
	]);
	return new Map(permalinks.map((permalink, index) => [permalink, index]));
}

/**
 * Every event the documents state, in date order, each with every passage that states it.
 * @example extractEvents(documents).find((event) => event.what.startsWith('Twelfth United Nations Congress'))
 * // { kind: 'meeting', date: { start: '2010-04-12', end: '2010-04-19', precision: 'day' }, place: 'Salvador, Brazil', … }
 */
export function extractEvents(documents: readonly UnDocument[]): TimelineEvent[] {
	const events = mergeEvents(
		documents.flatMap((document) => [documentEvent(document), ...mentionsOf(document)]),
	);
	return withSessionMentions(events, documents.flatMap(sessionMentionsOf), corpusOrder(documents));
}
