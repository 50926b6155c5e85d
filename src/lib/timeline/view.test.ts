import { describe, expect, it } from 'vitest';
import type { TimelineDate, TimelineEvent } from './types.ts';
import { congressName, congressShortName, statusWords, timelineEntries } from './view.ts';

function event(what: string, date: TimelineDate): TimelineEvent {
	return {
		kind: 'meeting',
		what,
		date,
		place: null,
		status: 'happened',
		congresses: [],
		document: null,
		sources: [],
		mentions: [],
		reckonedFrom: [],
	};
}

const day = (start: string, end: string | null = null): TimelineDate => ({
	start,
	end,
	precision: 'day',
});
const year = (start: string): TimelineDate => ({ start, end: null, precision: 'year' });

describe('timelineEntries', () => {
	it('marks the first event of each year as opening it', () => {
		const entries = timelineEntries([
			event('a', day('2009-12-18')),
			event('b', day('2010-04-12', '2010-04-19')),
			event('c', year('2010')),
			event('d', year('2015')),
		]);
		expect(entries.map((entry) => [entry.year, entry.opensYear])).toEqual([
			['2009', true],
			['2010', true],
			['2010', false],
			['2015', true],
		]);
	});
	it('says "Year only" where the axis shows the year of an event dated by its year alone, and shows the date elsewhere', () => {
		const entries = timelineEntries([
			event('a', day('2012-03-01')),
			event('b', year('2012')),
			event('c', year('2015')),
			event('d', { start: '2008', end: '2009', precision: 'year' }),
		]);
		expect(entries.map((entry) => entry.onAxis)).toEqual([null, null, 'Year only', null]);
	});
	it('says "Year reckoned" where the axis shows a year the texts do not state', () => {
		const source = { symbol: 'A/1', address: null, citation: 'A/1', permalink: '/A/1/' };
		const [entry] = timelineEntries([{ ...event('a', year('2011')), reckonedFrom: [source] }]);
		expect(entry?.onAxis).toBe('Year reckoned');
	});
	it('gives each entry its date in pieces for <time datetime>', () => {
		const [entry] = timelineEntries([event('the Congress', day('2010-04-12', '2010-04-19'))]);
		expect(entry?.when.map((part) => part.datetime)).toEqual(['2010-04-12', null, '2010-04-19']);
	});
});

describe('statusWords', () => {
	it('says what happened by the event’s kind, or that it is planned or only proposed', () => {
		expect(statusWords({ kind: 'meeting', status: 'happened' })).toBe('Held');
		expect(statusWords({ kind: 'adoption', status: 'happened' })).toBe('Adopted');
		expect(statusWords({ kind: 'issue', status: 'happened' })).toBe('Issued');
		expect(statusWords({ kind: 'period', status: 'happened' })).toBeNull();
		expect(statusWords({ kind: 'meeting', status: 'planned' })).toBe('Planned');
		expect(statusWords({ kind: 'meeting', status: 'proposed' })).toBe('Proposed in a draft');
	});
});

describe('congressName', () => {
	it('is the first full name the texts give', () => {
		const source = { symbol: 'A/1', address: null, citation: 'A/1', permalink: '/A/1/' };
		const names = [
			{
				text: 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
				quote: '',
				status: 'stated' as const,
				provisional: false,
				sources: [source],
			},
		];
		expect(congressName({ congress: 12, names })).toBe(
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		);
	});
	it('is the short name when no text gives a full one', () => {
		expect(congressName({ congress: 14, names: [] })).toBe('Fourteenth Congress');
	});
});

describe('congressShortName', () => {
	it('capitalises the ordinal as the texts do', () => {
		expect(congressShortName(13)).toBe('Thirteenth Congress');
		expect(congressShortName(21)).toBe('Twenty-first Congress');
	});
});
