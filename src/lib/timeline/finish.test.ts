import { describe, expect, it } from 'vitest';
import type { EventSource, TimelineDate } from './types.ts';
import type { GatheredEvent, Saying } from './merge.ts';
import { compareEvents, finishedEvent, finishedUndated } from './finish.ts';

const days: TimelineDate = { start: '2010-04-12', end: '2010-04-19', precision: 'day' };
const year = (start: string): TimelineDate => ({ start, end: null, precision: 'year' });

function source(permalink: string): EventSource {
	return { symbol: 'A/1', address: null, citation: permalink, permalink };
}

function saying(
	permalink: string,
	date: TimelineDate | null,
	place: string | null,
	statedOn: string,
	mood: Saying['mood'] = null,
): Saying {
	return { source: source(permalink), date, place, mood, statedOn };
}

function gathered(sayings: Saying[], date: TimelineDate | null = days): GatheredEvent {
	return {
		identity: 'congress:12',
		kind: 'meeting',
		what: 'twelfth United Nations Congress',
		date,
		place: date === null ? null : 'Salvador, Brazil',
		congresses: [],
		document: null,
		sayings,
		reckonedFrom: [],
	};
}

const order = new Map(
	['/e2007#pp8', '/a64180#pp6', '/a65230#op1', '/a65230#op1b'].map((p, i) => [p, i]),
);

describe('finishedEvent', () => {
	const congress = finishedEvent(
		gathered([
			saying('/a65230#op1', days, 'Salvador, Brazil', '2010-12-21', 'happened'),
			saying('/e2007#pp8', year('2010'), null, '2007-07-26', 'planned'),
			saying('/a64180#pp6', days, 'Salvador', '2009-12-18'),
		]),
		order,
	);

	it('cites as sources only the passages that state its date and place, in corpus order', () => {
		expect(congress?.sources.map((found) => found.permalink)).toEqual([
			'/a64180#pp6',
			'/a65230#op1',
		]);
	});
	it('lists a passage that gives only the year as a mention, with the year it gives', () => {
		expect(congress?.mentions).toEqual([{ source: source('/e2007#pp8'), date: year('2010') }]);
	});
	it('takes the strongest status its passages give: planned in 2007 and 2009, held by 2010', () => {
		expect(congress?.status).toBe('happened');
	});
	it('capitalises the first letter of its label and nothing else', () => {
		expect(congress?.what).toBe('Twelfth United Nations Congress');
	});
	it('is planned when every passage that dates it stands in a document older than it', () => {
		const planned = finishedEvent(
			gathered([saying('/a65230#op1', year('2015'), null, '2010-12-21')], year('2015')),
			order,
		);
		expect(planned?.status).toBe('planned');
	});
	it('lists a passage once, however often it states the event', () => {
		const twice = finishedEvent(
			gathered([
				saying('/a65230#op1', days, 'Salvador', '2010-12-21'),
				saying('/a65230#op1', days, 'Salvador', '2010-12-21'),
			]),
			order,
		);
		expect(twice?.sources).toHaveLength(1);
	});
});

describe('finishedUndated', () => {
	it('lists an event named without a date when a passage says whether it took place', () => {
		const event = finishedUndated(
			gathered([saying('/a65230#op1', null, null, '2010-12-21', 'happened')], null),
			order,
		);
		expect(event?.status).toBe('happened');
		expect(event?.mentions).toEqual([{ source: source('/a65230#op1'), date: null }]);
	});
	it('leaves out an event the texts only name, saying nothing of it', () => {
		expect(
			finishedUndated(gathered([saying('/a65230#op1', null, null, '2010-12-21')], null), order),
		).toBeNull();
	});
});

describe('compareEvents', () => {
	it('puts a document’s own issue after another event of the same date, which it may report', () => {
		const report = { date: year('2012'), document: 'A/67/97' };
		const session = { date: year('2012'), document: null };
		expect([report, session].sort(compareEvents)).toEqual([session, report]);
	});
});
