/**
 * What a congress page shows: its name, and its timeline as entries ready to render, each event
 * with its date in `<time>` pieces and whether it opens a year on the year axis.
 */
import { ordinalWords } from '../words/ordinals.ts';
import type { TimelineEvent } from './types.ts';
import { type DatePart, timelineDateParts } from './dates.ts';
import type { CongressFacts } from './facts.ts';

/** One event of a timeline as a page draws it. */
export interface TimelineEntry {
	event: TimelineEvent;
	/** Its date as the UN writes it, in pieces, each end of a range with its own ISO date. */
	when: DatePart[];
	/** The year it starts in, as the year axis labels it. */
	year: string;
	/** Whether it is the first event of its year, where the axis shows the year. */
	opensYear: boolean;
}

/**
 * The entries of a timeline, in the order given: an event opens a year when the event before it
 * started in another year.
 * @example timelineEntries(timelineOf(events, 'twelfth'))[0]?.opensYear // true
 */
export function timelineEntries(events: readonly TimelineEvent[]): TimelineEntry[] {
	return events.map((event, index) => {
		const year = event.date.start.slice(0, 4);
		const before = events[index - 1];
		return {
			event,
			when: timelineDateParts(event.date),
			year,
			opensYear: before === undefined || before.date.start.slice(0, 4) !== year,
		};
	});
}

/**
 * The name a congress's page goes by: the first full name the texts give it, or, when none does,
 * its short name ("Fourteenth Congress").
 * @example congressName(congressFacts(documents, 'twelfth')) // 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice'
 */
export function congressName(facts: Pick<CongressFacts, 'congress' | 'names'>): string {
	return facts.names[0]?.text ?? congressShortName(facts.congress);
}

/**
 * A congress's short name, as the texts write it after its first mention: 13 → "Thirteenth Congress".
 * @example congressShortName(12) // 'Twelfth Congress'
 */
export function congressShortName(congress: number): string {
	const words = ordinalWords(congress);
	return `${words.charAt(0).toUpperCase()}${words.slice(1)} Congress`;
}
