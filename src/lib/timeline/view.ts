/**
 * What a congress page shows: its name, and its timeline as entries ready to render, each event
 * with its date in `<time>` pieces and whether it opens a year on the year axis.
 */
import { ordinalWords } from '../words/ordinals.ts';
import type { EventBase, TimelineEvent } from './types.ts';
import { type DatePart, timelineDateParts } from './dates.ts';
import type { CongressFacts, FactStatus } from './facts.ts';

/** One event of a timeline as a page draws it. */
export interface TimelineEntry {
	event: TimelineEvent;
	/** Its date as the UN writes it, in pieces, each end of a range with its own ISO date. */
	when: DatePart[];
	/** The year it starts in, as the year axis labels it. */
	year: string;
	/** Whether it is the first event of its year, where the axis shows the year. */
	opensYear: boolean;
	/**
	 * What the date line says instead of the date where the year axis already shows it: an event
	 * dated by its year alone that opens the year ("Year only", "Year reckoned"), so the year is not
	 * written twice; null where the date line shows the date.
	 */
	onAxis: string | null;
	/** Its status in words (`statusWords`), or null. */
	status: string | null;
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
		const opensYear = before === undefined || before.date.start.slice(0, 4) !== year;
		const yearOnly = event.date.precision === 'year' && event.date.end === null;
		const reckoned = event.reckonedFrom.length > 0;
		return {
			event,
			when: timelineDateParts(event.date),
			year,
			opensYear,
			onAxis: yearOnly && opensYear ? (reckoned ? 'Year reckoned' : 'Year only') : null,
			status: statusWords(event),
		};
	});
}

const happened: Record<EventBase['kind'], string | null> = {
	meeting: 'Held',
	adoption: 'Adopted',
	issue: 'Issued',
	period: null,
	other: null,
};

/**
 * An event's status as a page says it, in words: what happened by its kind ("Held", "Adopted",
 * "Issued"; nothing for a period or another event), "Planned", or "Proposed in a draft".
 * @example statusWords({ kind: 'meeting', status: 'planned' }) // 'Planned'
 */
export function statusWords(event: Pick<EventBase, 'kind' | 'status'>): string | null {
	if (event.status === 'planned') return 'Planned';
	if (event.status === 'proposed') return 'Proposed in a draft';
	return happened[event.kind];
}

/**
 * A fact's status as a page says it: nothing for what the texts state, "Proposed in a draft" for
 * what only a draft would decide.
 */
export function factStatusWords(status: FactStatus): string | null {
	return status === 'proposed' ? 'Proposed in a draft' : null;
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
