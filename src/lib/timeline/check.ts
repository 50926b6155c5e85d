/**
 * What a cited passage must say for an event to cite it: a source states the event's date (and
 * names its place, when it has one), and any passage that names it contains its key words. The
 * extraction holds its sources to the first (`checkedSources`); tests hold every passage of the
 * seeds' timelines, sources and mentions, to both.
 */
import { ordinalValue } from '../words/ordinals.ts';
import { congressOfLabel } from './congress.ts';
import { findDates, sameDate } from './dates.ts';
import { placeKey } from './places.ts';
import type { TimelineDate, TimelineEvent } from './types.ts';

/**
 * Whether a passage's words give a date: some date phrase in it reads as that date, at the same
 * precision ("15-18 August 2006" for 15–18 August 2006; not "in 2010" for 12–19 April 2010).
 * @example statesDateIn('(Bangkok, 15-18 August 2006)', { start: '2006-08-15', end: '2006-08-18', precision: 'day' }) // true
 */
export function statesDateIn(text: string, date: TimelineDate): boolean {
	return findDates(text).some((found) => sameDate(found.date, date));
}

/** Whether a passage names a place by its first name ("Salvador" for "Salvador, Brazil"). */
export function namesPlaceIn(text: string, place: string): boolean {
	return text.toLowerCase().includes(placeKey(place));
}

const minor = new Set(
	'the and for from with into that this their its against between within under upon of on in to by at as a an or'.split(
		' ',
	),
);

/**
 * The words a passage must contain to name an event, and whether it must contain every one: a
 * resolution or decision by its number (`63/193`), a session by its ordinal and "session", a
 * congress by its ordinal and "Congress", each in full; any other event by two in three of the
 * words of its label of four letters or more (a leading "meeting of the", words such as "from"
 * and "with", and a congress's full name beyond "Twelfth Congress" set aside), for a passage may
 * shorten a long name ("the intergovernmental expert group" for the one "to review and update the
 * Model Strategies …").
 * @example keyWordsOf('Eighteenth session of the Commission on Crime Prevention and Criminal Justice') // { words: ['eighteenth session'], every: true }
 */
export function keyWordsOf(what: string): { words: string[]; every: boolean } {
	const act =
		/\b(?:resolution|decision) (\d[\w/]*(?: [A-Z] \([IVXLC]+\)| \([IVXLC]+\)| [A-Z])?)$/.exec(what);
	if (act?.[1] !== undefined) return { words: [act[1].toLowerCase()], every: true };
	const session = /^([a-z]+(?:-[a-z]+)?) session of /i.exec(what);
	if (session?.[1] !== undefined && ordinalValue(session[1]) !== null)
		return { words: [`${session[1].toLowerCase()} session`], every: true };
	const ordinal = /^(?:the )?([a-z]+(?:-[a-z]+)?) /i.exec(what)?.[1];
	if (congressOfLabel(what) !== null && ordinal !== undefined)
		return { words: [ordinal.toLowerCase(), 'congress'], every: true };
	const words = what
		.toLowerCase()
		.replace(/^meetings? of (?:the )?/, '')
		// A congress's full name counts as its short one: "the Twelfth Congress" names it.
		.replace(
			/\b(?:united nations )?congress on crime prevention and criminal justice\b/g,
			'congress',
		)
		.split(/[^\p{L}\d-]+/u)
		.filter((word) => word.length >= 4 && !minor.has(word));
	return { words, every: false };
}

/** Whether a passage contains an event's key words (`keyWordsOf`). */
export function namesEventIn(text: string, what: string): boolean {
	const lower = text.toLowerCase();
	const { words, every } = keyWordsOf(what);
	const found = words.filter((word) => lower.includes(word)).length;
	return words.length > 0 && (every ? found === words.length : found * 3 >= words.length * 2);
}

/**
 * An event's sources, each held to stating the event's date and place: the extraction makes a
 * source only of a passage whose date is the event's, so a passage that fails is a fault of the
 * extraction, reported with the passage's citation rather than shown to readers.
 * @example checkedSources(event, (permalink) => texts.get(permalink)) // event.sources
 */
export function checkedSources(
	event: TimelineEvent,
	textOf: (permalink: string) => string | undefined,
): TimelineEvent['sources'] {
	for (const source of event.sources) {
		if (source.address === null) continue;
		const text = textOf(source.permalink) ?? '';
		if (
			!statesDateIn(text, event.date) ||
			(event.place !== null && !namesPlaceIn(text, event.place))
		)
			throw new Error(
				`${source.citation} is cited for “${event.what}” but does not state its date and place`,
			);
	}
	return event.sources;
}
