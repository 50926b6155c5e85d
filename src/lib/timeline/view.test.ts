import { describe, expect, it } from 'vitest';
import type { TimelineDate, TimelineEvent } from './types.ts';
import { congressName, congressShortName, timelineEntries } from './view.ts';

function event(what: string, date: TimelineDate): TimelineEvent {
	return { kind: 'meeting', what, date, place: null, congresses: [], document: null, sources: [] };
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
	it('gives each entry its date in pieces for <time datetime>', () => {
		const [entry] = timelineEntries([event('the Congress', day('2010-04-12', '2010-04-19'))]);
		expect(entry?.when.map((part) => part.datetime)).toEqual(['2010-04-12', null, '2010-04-19']);
	});
});

describe('congressName', () => {
	it('is the first full name the texts give', () => {
		const source = { symbol: 'A/1', address: null, citation: 'A/1', permalink: '/A/1/' };
		const names = [
			{
				text: 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
				quote: '',
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
