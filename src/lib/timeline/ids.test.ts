import { describe, expect, it } from 'vitest';
import { eventId } from './ids.ts';

describe('eventId', () => {
	it('is the date as stated, the kind and the label, joined by dots', () => {
		expect(
			eventId({
				date: { start: '2010-04-12', end: '2010-04-19', precision: 'day' },
				kind: 'meeting',
				what: 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			}),
		).toBe(
			'2010-04-12.meeting.twelfth-united-nations-congress-on-crime-prevention-and-criminal-justice',
		);
	});
	it('keeps the precision the text gives, and says "undated" for an event named without a date', () => {
		expect(
			eventId({
				date: { start: '2015', end: null, precision: 'year' },
				kind: 'meeting',
				what: 'Thirteenth Congress',
			}),
		).toBe('2015.meeting.thirteenth-congress');
		expect(eventId({ kind: 'adoption', what: 'General Assembly resolution 62/173' })).toBe(
			'undated.adoption.general-assembly-resolution-62-173',
		);
	});
	it('tells apart labels that differ only in their numbers or punctuation’s place', () => {
		const id = (what: string) => eventId({ kind: 'adoption', what });
		expect(id('General Assembly resolution 63/193')).not.toBe(
			id('General Assembly resolution 63/194'),
		);
		expect(id('Economic and Social Council resolution 155 C (VII)')).toBe(
			'undated.adoption.economic-and-social-council-resolution-155-c-vii',
		);
	});
});
