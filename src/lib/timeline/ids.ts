/**
 * The stable id of an event in `/congresses/{ordinal}/timeline.json`, for a reader or a program to
 * refer to one event across builds: made of what the texts say of the event, never of where it
 * happens to stand in a list.
 */
import type { EventBase, TimelineDate } from './types.ts';

/** Lower-case words and numbers joined by hyphens: "resolution 63/193" → `resolution-63-193`. */
function slug(words: string): string {
	return words
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * An event's id: its date's start as the text states it (`undated` for an event named without a
 * date), its kind and its label, each part made of lower-case letters, digits and hyphens and the
 * parts joined by dots. It changes only when what the texts say of the event changes its date,
 * kind or words; events the same texts state alike are one event, so no two share an id.
 * @example eventId({ date: { start: '2008-12-18', end: null, precision: 'day' }, kind: 'adoption', what: 'General Assembly resolution 63/193' })
 * // '2008-12-18.adoption.general-assembly-resolution-63-193'
 */
export function eventId(
	event: Pick<EventBase, 'kind' | 'what'> & { date?: TimelineDate | null | undefined },
): string {
	return [event.date?.start ?? 'undated', event.kind, slug(event.what)].join('.');
}
