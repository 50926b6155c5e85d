import { describe, expect, it } from 'vitest';
import { checkedSources, keyWordsOf, namesEventIn, statesDateIn } from './check.ts';
import type { TimelineEvent } from './types.ts';

const days = { start: '2010-04-12', end: '2010-04-19', precision: 'day' } as const;

describe('statesDateIn', () => {
	it('holds for a passage that gives the date, however it writes it', () => {
		expect(statesDateIn('in Salvador, Brazil, from 12 to 19 April 2010,', days)).toBe(true);
		expect(statesDateIn('(Salvador, 12-19 April 2010)', days)).toBe(true);
	});
	it('does not hold for a passage that gives only the year', () => {
		expect(statesDateIn('the Twelfth United Nations Congress … is to be held in 2010,', days)).toBe(
			false,
		);
	});
});

describe('keyWordsOf and namesEventIn', () => {
	it('knows a resolution by its number, a session by its ordinal, a congress by its ordinal', () => {
		expect(keyWordsOf('General Assembly resolution 63/193').words).toEqual(['63/193']);
		expect(keyWordsOf('Economic and Social Council resolution 155 C (VII)').words).toEqual([
			'155 c (vii)',
		]);
		expect(
			keyWordsOf('Nineteenth session of the Commission on Crime Prevention and Criminal Justice')
				.words,
		).toEqual(['nineteenth session']);
		expect(
			keyWordsOf('Twelfth United Nations Congress on Crime Prevention and Criminal Justice').words,
		).toEqual(['twelfth', 'congress']);
	});
	it('finds a session or a congress however short the passage names it', () => {
		expect(
			namesEventIn(
				'Requests the Commission at its nineteenth session to give high priority',
				'Nineteenth session of the Commission on Crime Prevention and Criminal Justice',
			),
		).toBe(true);
		expect(
			namesEventIn(
				'to prepare for the hosting of the Twelfth Congress in Salvador',
				'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			),
		).toBe(true);
		expect(
			namesEventIn(
				'to prepare for the hosting of the Thirteenth Congress',
				'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			),
		).toBe(false);
	});
	it('takes two in three of a long label’s words as naming it', () => {
		expect(
			namesEventIn(
				'the draft updated Model Strategies and Practical Measures on the Elimination of Violence against Women in the Field of Crime Prevention and Criminal Justice, as finalized by the intergovernmental expert group at its meeting held in Bangkok',
				'Intergovernmental expert group to review and update the Model Strategies and Practical Measures on the Elimination of Violence against Women in the Field of Crime Prevention and Criminal Justice',
			),
		).toBe(true);
		expect(
			namesEventIn(
				'Welcomes the offer of the Government of Qatar',
				'Expert group on improving the collection, reporting and analysis of crime data',
			),
		).toBe(false);
	});
});

describe('checkedSources', () => {
	const event: TimelineEvent = {
		kind: 'meeting',
		what: 'Twelfth United Nations Congress',
		date: days,
		place: 'Salvador, Brazil',
		status: 'happened',
		congresses: [],
		document: null,
		sources: [
			{
				symbol: 'E/RES/2007/17',
				address: { kind: 'preambular', part: { kind: 'draft' }, number: 8 },
				citation: 'E/RES/2007/17, draft resolution, preambular para. 8',
				permalink: '/E/RES/2007/17/#draft-pp8',
			},
		],
		mentions: [],
		reckonedFrom: [],
	};
	it('refuses a source that does not state the event’s date, naming the passage', () => {
		expect(() =>
			checkedSources(event, () => 'the Twelfth United Nations Congress … is to be held in 2010,'),
		).toThrow(/E\/RES\/2007\/17, draft resolution, preambular para\. 8 is cited for/);
	});
	it('passes a source that states the date and names the place', () => {
		expect(
			checkedSources(event, () => 'the Twelfth Congress in Salvador from 12 to 19 April 2010,'),
		).toEqual(event.sources);
	});
});
