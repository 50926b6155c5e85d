import { describe, expect, it } from 'vitest';
import { op, part, resolution } from '../../../tests/fixtures/timeline/builders.ts';
import type { EventSource, TimelineDate } from './types.ts';
import type { GatheredEvent } from './merge.ts';
import { annualBodiesOf, reckonedSession } from './reckon.ts';

const commission = 'commission on crime prevention and criminal justice';

function source(citation: string): EventSource {
	return { symbol: 'A/1', address: null, citation, permalink: `/${citation}` };
}

function session(number: number, date: TimelineDate | null, citation: string): GatheredEvent {
	return {
		identity: `session:${number}:${commission}`,
		kind: 'meeting',
		what: `session ${number}`,
		date,
		place: null,
		congresses: [],
		document: null,
		sayings: [{ source: source(citation), date, place: null, mood: null, statedOn: '2010-12-21' }],
		reckonedFrom: [],
	};
}

const annual = [{ body: commission, source: source('annual sessions') }];
const may2010 = { start: '2010-05', end: null, precision: 'month' } as const;
const in2008 = { start: '2008', end: null, precision: 'year' } as const;

describe('annualBodiesOf', () => {
	it('finds a body the text says meets "at its annual sessions", by its full name', () => {
		const document = resolution({ symbol: 'A/RES/65/230', title: 'A test', date: '2010-12-21' }, [
			part('resolution', {
				operative: [
					op(
						53,
						'We welcome the inclusion of a standing item on the agenda of the Commission on Crime Prevention and Criminal Justice at its annual sessions on this matter.',
					),
				],
			}),
		]);
		expect(annualBodiesOf(document).map((found) => [found.body, found.source.citation])).toEqual([
			[commission, 'A/RES/65/230, para. 53'],
		]);
	});
});

describe('reckonedSession', () => {
	const dated = [session(17, in2008, 'seventeenth'), session(19, may2010, 'nineteenth')];

	it('dates a session named without a date by the year of the nearest dated session, a year a session', () => {
		const twentieth = reckonedSession(session(20, null, 'twentieth'), dated, annual);
		expect(twentieth.date).toEqual({ start: '2011', end: null, precision: 'year' });
		expect(twentieth.reckonedFrom.map((found) => found.citation)).toEqual([
			'annual sessions',
			'nineteenth',
		]);
		expect(reckonedSession(session(14, null, 'fourteenth'), dated, annual).date?.start).toBe(
			'2005',
		);
	});
	it('reckons nothing when no text says the body meets annually', () => {
		expect(reckonedSession(session(20, null, 'twentieth'), dated, []).date).toBeNull();
	});
	it('reckons nothing when the dated sessions do not fall a year apart', () => {
		const apart = [
			session(17, in2008, 'seventeenth'),
			session(19, { ...may2010, start: '2011-05' }, 'nineteenth'),
		];
		expect(reckonedSession(session(20, null, 'twentieth'), apart, annual).date).toBeNull();
	});
	it('never reckons from a year that was itself reckoned', () => {
		const reckoned = { ...session(19, may2010, 'nineteenth'), reckonedFrom: [source('x')] };
		expect(reckonedSession(session(20, null, 'twentieth'), [reckoned], annual).date).toBeNull();
	});
});
