import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventSource, TimelineDate } from './types.ts';
import { compareTimelineDates } from './dates.ts';
import {
	type DraftEvent,
	type GatheredEvent,
	identityOfLabel,
	mergedEvent,
	mergeEvents,
	sameEvent,
	statesDate,
} from './merge.ts';

const year = (start: string): TimelineDate => ({ start, end: null, precision: 'year' });
const days = (start: string, end: string): TimelineDate => ({ start, end, precision: 'day' });

function source(symbol: string, number: number): EventSource {
	return {
		symbol,
		address: { kind: 'report', number },
		citation: `${symbol}, para. ${number}`,
		permalink: `/${symbol}/#para${number}`,
	};
}

function statement(
	what: string,
	date: TimelineDate,
	place: string | null,
	from: EventSource,
	congress: number | null = null,
): DraftEvent {
	return {
		identity: identityOfLabel(what),
		kind: 'meeting',
		what,
		date,
		place,
		congresses: congress === null ? [] : [{ congress, basis: 'clause' }],
		document: null,
		saying: { source: from, date, place, mood: null, statedOn: '2020-01-01' },
	};
}

/** The passages of an event's statements, in the order they came. */
const cited = (event: GatheredEvent | undefined): string[] =>
	(event?.sayings ?? []).map((saying) => saying.source.citation);

describe('identityOfLabel', () => {
	it('knows congresses and numbered sessions, whatever words name them', () => {
		expect(identityOfLabel('Twelfth Congress')).toBe('congress:12');
		expect(
			identityOfLabel('Twelfth United Nations Congress on Crime Prevention and Criminal Justice'),
		).toBe('congress:12');
		expect(
			identityOfLabel(
				'eighteenth session of the Commission on Crime Prevention and Criminal Justice',
			),
		).toBe('session:18:commission on crime prevention and criminal justice');
		expect(identityOfLabel('regional preparatory meetings')).toBeNull();
	});
	it('knows meetings by the congress they are held for, however the congress is named', () => {
		expect(identityOfLabel('regional preparatory meetings for the Twelfth Congress')).toBe(
			'meetings:12:regional preparatory meetings',
		);
		expect(
			identityOfLabel(
				'regional preparatory meetings for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			),
		).toBe('meetings:12:regional preparatory meetings');
		expect(identityOfLabel('discussion guide for the Twelfth Congress')).toBeNull();
	});
});

describe('mergeEvents', () => {
	it('makes one event of a congress stated in short and in full, keeping the fuller name and place', () => {
		const [event, ...others] = mergeEvents([
			statement(
				'Twelfth Congress',
				days('2010-04-12', '2010-04-19'),
				'Salvador',
				source('A/RES/64/180', 6),
			),
			statement(
				'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
				days('2010-04-12', '2010-04-19'),
				'Salvador, Brazil',
				source('A/RES/65/230', 1),
			),
		]);
		expect(others).toEqual([]);
		expect(event?.what).toBe(
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		);
		expect(event?.place).toBe('Salvador, Brazil');
		expect(cited(event)).toEqual(['A/RES/64/180, para. 6', 'A/RES/65/230, para. 1']);
	});
	it('makes one event of a congress stated by its year and by its days, at the finer date', () => {
		const [event, ...others] = mergeEvents([
			statement('Thirteenth Congress', year('2015'), null, source('A/RES/65/230', 16)),
			statement(
				'Thirteenth Congress',
				days('2015-04-12', '2015-04-19'),
				'Doha',
				source('A/RES/99/1', 1),
			),
		]);
		expect(others).toEqual([]);
		expect(event?.date).toEqual(days('2015-04-12', '2015-04-19'));
		expect(event?.place).toBe('Doha');
	});
	it('keeps events with an identity apart when their dates disagree', () => {
		expect(
			mergeEvents([
				statement('Thirteenth Congress', year('2015'), null, source('A/1', 1)),
				statement('Thirteenth Congress', year('2016'), null, source('A/2', 1)),
			]),
		).toHaveLength(2);
	});
	it('merges other events on the same date and place when one label runs inside the other', () => {
		const [event, ...others] = mergeEvents([
			statement(
				'meeting of the intergovernmental expert group',
				days('2009-03-23', '2009-03-25'),
				'Bangkok',
				source('A/1', 6),
			),
			statement(
				'intergovernmental expert group to review and update the Model Strategies',
				days('2009-03-23', '2009-03-25'),
				'Bangkok',
				source('A/1', 9),
			),
		]);
		expect(others).toEqual([]);
		expect(event?.what).toBe(
			'intergovernmental expert group to review and update the Model Strategies',
		);
		expect(event?.sayings).toHaveLength(2);
	});
	it('keeps other events apart on different places, dates, precisions or labels', () => {
		const group = 'expert group';
		const march = days('2009-03-23', '2009-03-25');
		expect(
			mergeEvents([
				statement(group, march, 'Bangkok', source('A/1', 1)),
				statement(group, march, 'Vienna', source('A/1', 2)),
			]),
		).toHaveLength(2);
		expect(
			mergeEvents([
				statement(group, march, null, source('A/1', 1)),
				statement(group, days('2009-11-24', '2009-11-26'), null, source('A/1', 2)),
			]),
		).toHaveLength(2);
		expect(
			mergeEvents([
				statement('regional meetings', year('2014'), null, source('A/1', 1)),
				statement('regional meetings', days('2014-03-01', '2014-03-02'), null, source('A/1', 2)),
			]),
		).toHaveLength(2);
		expect(
			mergeEvents([
				statement('expert group on crime data', march, null, source('A/1', 1)),
				statement('working group on firearms', march, null, source('A/1', 2)),
			]),
		).toHaveLength(2);
	});
	it('gives the merged event every congress of its statements', () => {
		const [event] = mergeEvents([
			statement(
				'Intergovernmental Group of Experts',
				days('2006-08-15', '2006-08-18'),
				'Bangkok',
				source('A/1', 1),
			),
			statement(
				'meeting of the Intergovernmental Group of Experts',
				days('2006-08-15', '2006-08-18'),
				'Bangkok',
				source('A/2', 2),
				12,
			),
		]);
		expect(event?.congresses).toEqual([{ congress: 12, basis: 'clause' }]);
	});
	it('keeps what each statement says, the coarser date too, for finishing to tell sources from mentions', () => {
		const [event] = mergeEvents([
			statement('Twelfth Congress', year('2010'), null, source('E/1', 8)),
			statement('Twelfth Congress', days('2010-04-12', '2010-04-19'), 'Salvador', source('A/1', 1)),
		]);
		expect(event?.sayings.map((saying) => saying.date)).toEqual([
			year('2010'),
			days('2010-04-12', '2010-04-19'),
		]);
	});
	it('joins events that a finer statement shows to be one', () => {
		const events = mergeEvents([
			statement('Thirteenth Congress', year('2015'), null, source('A/1', 1)),
			statement('Thirteenth Congress', days('2015-04-12', '2015-04-19'), 'Doha', source('A/2', 1)),
			statement('Thirteenth Congress', year('2015'), 'Doha', source('A/3', 1)),
		]);
		expect(events).toHaveLength(1);
		expect(events[0]?.sayings.map((saying) => saying.source.symbol)).toEqual(['A/1', 'A/2', 'A/3']);
	});
	it('puts events in date order, stable for those that start alike', () => {
		const events = mergeEvents([
			statement('b', year('2010'), null, source('A/1', 1)),
			statement('c', days('2010-04-12', '2010-04-19'), null, source('A/1', 2)),
			statement('a', year('2010'), null, source('A/1', 3)),
		]);
		expect(events.map((event) => event.what)).toEqual(['b', 'a', 'c']);
	});
});

describe('statesDate', () => {
	const congress = {
		date: days('2010-04-12', '2010-04-19'),
		place: 'Salvador, Brazil',
	};
	const saying = (date: TimelineDate | null, place: string | null) => ({
		source: source('A/1', 1),
		date,
		place,
		mood: null,
		statedOn: '2010-12-21',
	});
	it('holds for a passage that gives the event’s date and names its place', () => {
		expect(statesDate(congress, saying(days('2010-04-12', '2010-04-19'), 'Salvador'))).toBe(true);
	});
	it('does not hold for a passage that gives only the year, or no date', () => {
		expect(statesDate(congress, saying(year('2010'), null))).toBe(false);
		expect(statesDate(congress, saying(null, null))).toBe(false);
	});
	it('does not hold for a passage that gives the date of an event with a place but not the place', () => {
		expect(statesDate(congress, saying(days('2010-04-12', '2010-04-19'), null))).toBe(false);
		expect(
			statesDate({ ...congress, place: null }, saying(days('2010-04-12', '2010-04-19'), null)),
		).toBe(true);
	});
});

describe('mergeEvents against every pair compared', () => {
	// Merging as it was written first: each statement compared with every event before it. The
	// events compared by key must come out the same, in the same order.
	function mergedComparingAll(drafts: readonly DraftEvent[]): GatheredEvent[] {
		const events: GatheredEvent[] = [];
		for (const draft of drafts) {
			const gathered: GatheredEvent = {
				...draft,
				sayings: [draft.saying],
				reckonedFrom: [],
			};
			delete (gathered as Partial<DraftEvent>).saying;
			const first = events.findIndex((event) => sameEvent(event, gathered));
			const known = events[first];
			if (known === undefined) {
				events.push(gathered);
				continue;
			}
			let current = mergedEvent(known, gathered);
			const later = (): number =>
				events.findIndex((other, index) => index > first && sameEvent(other, current));
			for (let other = later(); other >= 0; other = later()) {
				const [joined] = events.splice(other, 1);
				if (joined !== undefined) current = mergedEvent(current, joined);
			}
			events[first] = current;
		}
		return events.sort((a, b) =>
			a.date === null || b.date === null ? 0 : compareTimelineDates(a.date, b.date),
		);
	}

	const labels = [
		'Twelfth Congress',
		'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		'Thirteenth Congress',
		'eighteenth session of the Commission on Crime Prevention and Criminal Justice',
		'meeting of the intergovernmental expert group',
		'intergovernmental expert group to review the Model Strategies',
		'regional preparatory meetings for the Twelfth Congress',
		'high-level segment',
	];
	const dates: TimelineDate[] = [
		year('2010'),
		year('2015'),
		{ start: '2010-04', end: null, precision: 'month' },
		days('2010-04-12', '2010-04-19'),
		days('2010-04-12', '2010-04-13'),
		days('2015-04-12', '2015-04-19'),
		{ start: '2009-12-18', end: null, precision: 'day' },
	];
	const places = [null, 'Salvador', 'Salvador, Brazil', 'Doha', 'Vienna'];
	const drafts = fc.array(
		fc
			.record({
				what: fc.constantFrom(...labels),
				date: fc.constantFrom(...dates),
				place: fc.constantFrom(...places),
				paragraph: fc.integer({ min: 1, max: 40 }),
			})
			.map(({ what, date, place, paragraph }) =>
				statement(what, date, place, source('A/RES/64/180', paragraph)),
			),
		{ maxLength: 40 },
	);

	it('makes the same events, in the same order, as comparing each statement with all before it', () => {
		fc.assert(
			fc.property(drafts, (statements) => {
				expect(mergeEvents(statements)).toEqual(mergedComparingAll(statements));
			}),
			{ numRuns: 300 },
		);
	});
});
