import { describe, expect, it } from 'vitest';
import type { CongressLink, EventKind, TimelineDate, TimelineEvent } from './types.ts';
import { congressTimeline, isStoryEvent, storyStartYear } from './story.ts';

const day = (start: string, end: string | null = null): TimelineDate => ({
	start,
	end,
	precision: 'day',
});
const year = (start: string, end: string | null = null): TimelineDate => ({
	start,
	end,
	precision: 'year',
});

function event(
	what: string,
	date: TimelineDate,
	congresses: CongressLink[],
	{ kind = 'adoption', document = null }: { kind?: EventKind; document?: string | null } = {},
): TimelineEvent {
	return {
		kind,
		what,
		date,
		place: null,
		status: 'happened',
		congresses,
		document,
		sources: [],
		mentions: [],
		reckonedFrom: [],
	};
}

const twelfth = (basis: CongressLink['basis']): CongressLink[] => [{ congress: 12, basis }];
const congress = event(
	'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
	day('2010-04-12', '2010-04-19'),
	twelfth('named'),
	{ kind: 'meeting' },
);

describe('storyStartYear', () => {
	it('is five years before the year the texts date the congress in', () => {
		expect(storyStartYear([congress], 'twelfth')).toBe(2005);
	});
	it('counts from the earliest date any text gives the congress', () => {
		const planned = event('the Twelfth Congress', year('2009'), twelfth('named'), {
			kind: 'meeting',
		});
		expect(storyStartYear([congress, planned], 12)).toBe(2004);
	});
	it('is null when no text dates the congress, whatever else is dated', () => {
		const resolution = event(
			'General Assembly resolution 63/193',
			day('2008-12-18'),
			twelfth('clause'),
		);
		expect(storyStartYear([congress, resolution], 13)).toBeNull();
	});
	it('is not set by an event that names the congress within a longer label', () => {
		const meetings = event(
			'regional preparatory meetings for the Twelfth Congress',
			year('2009'),
			twelfth('named'),
			{
				kind: 'meeting',
			},
		);
		expect(storyStartYear([meetings], 12)).toBeNull();
	});
});

describe('isStoryEvent', () => {
	it('keeps a mention whose sentence, clause or passage names the congress', () => {
		for (const basis of ['named', 'clause', 'passage'] as const)
			expect(
				isStoryEvent(event('resolution 63/193', day('2008-12-18'), twelfth(basis)), 12, 2005),
				basis,
			).toBe(true);
	});
	it('leaves out a mention tied to the congress only by its annex or its document’s title', () => {
		for (const basis of ['part', 'title'] as const)
			expect(
				isStoryEvent(event('resolution 58/4', day('2008-10-31'), twelfth(basis)), 12, 2005),
				basis,
			).toBe(false);
	});
	it('keeps a document’s own adoption or issue whatever ties it to the congress', () => {
		const report = event(
			'Report of the Secretary-General (A/67/97)',
			year('2012'),
			twelfth('title'),
			{
				kind: 'issue',
				document: 'A/67/97',
			},
		);
		expect(isStoryEvent(report, 12, 2005)).toBe(true);
	});
	it('leaves out an event tied closely to another congress only', () => {
		expect(
			isStoryEvent(event('resolution 65/230', day('2010-12-21'), twelfth('clause')), 13, 2010),
		).toBe(false);
	});
	it('leaves out a decision from before the congress’s cycle, even one its clause names', () => {
		const recalled = event(
			'General Assembly resolution 46/152',
			day('1991-12-18'),
			twelfth('clause'),
		);
		expect(isStoryEvent(recalled, 12, 2005)).toBe(false);
		expect(isStoryEvent(recalled, 12, 1991)).toBe(true);
	});
	it('keeps an event of any year when the congress is not dated', () => {
		expect(
			isStoryEvent(event('resolution 46/152', day('1991-12-18'), twelfth('clause')), 12, null),
		).toBe(true);
	});
	it('leaves out a period, such as a budget’s biennium', () => {
		const budget = event(
			'programme budget for the biennium 2008-2009',
			year('2008', '2009'),
			twelfth('clause'),
			{
				kind: 'period',
			},
		);
		expect(isStoryEvent(budget, 12, 2005)).toBe(false);
	});
});

describe('congressTimeline', () => {
	const millennium = event(
		'United Nations Millennium Declaration',
		day('2000-09-08'),
		twelfth('title'),
	);
	const theme = event('General Assembly resolution 63/193', day('2008-12-18'), twelfth('clause'));
	const budget = event(
		'programme budget for the biennium 2010-2011',
		year('2010', '2011'),
		twelfth('clause'),
		{
			kind: 'period',
		},
	);
	const offer = event(
		'General Assembly resolution 65/230',
		day('2010-12-21'),
		[
			{ congress: 12, basis: 'operative' },
			{ congress: 13, basis: 'operative' },
		],
		{ document: 'A/RES/65/230' },
	);
	const events = [offer, budget, congress, theme, millennium];

	it('puts each event of the congress’s timeline in one list, each list in date order', () => {
		const { story, background } = congressTimeline(events, 'twelfth');
		expect(story).toEqual([theme, congress, offer]);
		expect(background).toEqual([millennium, budget]);
	});
	it('leaves out the events of other congresses from both lists', () => {
		expect(congressTimeline(events, 'thirteenth')).toEqual({
			story: [offer],
			background: [],
			undated: [],
		});
	});
	it('lists the undated events its sentence or passage ties to the congress, and no others', () => {
		const named = (congress: number, basis: 'named' | 'title') => ({
			kind: 'adoption' as const,
			what: `resolution ${congress} ${basis}`,
			place: null,
			status: 'happened' as const,
			congresses: [{ congress, basis }],
			document: null,
			mentions: [],
		});
		const undated = [named(12, 'named'), named(12, 'title'), named(13, 'named')];
		expect(congressTimeline(events, 'twelfth', undated).undated).toEqual([undated[0]]);
	});
});
