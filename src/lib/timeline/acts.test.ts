import { describe, expect, it } from 'vitest';
import { datedActs } from './acts.ts';

const acts = (
	text: string,
	speaker: 'General Assembly' | 'Economic and Social Council' = 'General Assembly',
) => datedActs(text, speaker).map((act) => [act.what, act.date.start, act.identity]);

describe('datedActs', () => {
	it('reads "its resolution" as the speaker’s, with its date', () => {
		expect(
			acts('Recalling further its resolution 63/193 of 18 December 2008, in which it decided'),
		).toEqual([['General Assembly resolution 63/193', '2008-12-18', 'A/RES/63/193']]);
	});
	it('gives the items of a list the date that follows them', () => {
		expect(
			acts(
				'Recalling its resolutions 60/177 of 16 December 2005, 63/193, 63/194 and 63/195 of 18 December 2008 and 63/226 of 19 December 2008,',
			),
		).toEqual([
			['General Assembly resolution 60/177', '2005-12-16', 'A/RES/60/177'],
			['General Assembly resolution 63/193', '2008-12-18', 'A/RES/63/193'],
			['General Assembly resolution 63/194', '2008-12-18', 'A/RES/63/194'],
			['General Assembly resolution 63/195', '2008-12-18', 'A/RES/63/195'],
			['General Assembly resolution 63/226', '2008-12-19', 'A/RES/63/226'],
		]);
	});
	it('reads a Council resolution by its year-numbered symbol', () => {
		expect(
			acts('in particular resolutions 2008/23, 2008/24 and 2008/25 of 24 July 2008, and all'),
		).toEqual([
			['Economic and Social Council resolution 2008/23', '2008-07-24', 'E/RES/2008/23'],
			['Economic and Social Council resolution 2008/24', '2008-07-24', 'E/RES/2008/24'],
			['Economic and Social Council resolution 2008/25', '2008-07-24', 'E/RES/2008/25'],
		]);
	});
	it('reads old numbers with a session numeral and a part letter as printed', () => {
		expect(
			acts(
				'Economic and Social Council resolution 155 C (VII) of 13 August 1948 and General Assembly resolution 415 (V) of 1 December 1950,',
			),
		).toEqual([
			['Economic and Social Council resolution 155 C (VII)', '1948-08-13', 'E/RES/155(VII)'],
			['General Assembly resolution 415 (V)', '1950-12-01', 'A/RES/415(V)'],
		]);
	});
	it('reads a decision and a paragraph of a resolution', () => {
		expect(
			acts('pursuant to Economic and Social Council decision 2008/245 of 24 July 2008,'),
		).toEqual([['Economic and Social Council decision 2008/245', '2008-07-24', 'E/DEC/2008/245']]);
		expect(
			acts('as well as paragraph 9 of General Assembly resolution 55/25 of 15 November 2000'),
		).toEqual([['General Assembly resolution 55/25', '2000-11-15', 'A/RES/55/25']]);
	});
	it('names a commission’s act by its body, from before or from "adopted by" after', () => {
		expect(
			acts(
				'convened in accordance with Commission on Crime Prevention and Criminal Justice decision 17/1 of 18 April 2008 entitled',
			),
		).toEqual([
			[
				'Commission on Crime Prevention and Criminal Justice decision 17/1',
				'2008-04-18',
				'commission on crime prevention and criminal justice decision 17/1',
			],
		]);
		expect(
			acts(
				'Welcomes resolution 18/3 of 24 April 2009 entitled "Improving …", adopted by the Commission on Crime Prevention and Criminal Justice at its eighteenth session,',
			),
		).toEqual([
			[
				'Commission on Crime Prevention and Criminal Justice resolution 18/3',
				'2009-04-24',
				'commission on crime prevention and criminal justice resolution 18/3',
			],
		]);
	});
	it('leaves undated numbers, and dates that follow other words, alone', () => {
		expect(acts('Recalling that, in its resolution 63/193, it requested the Commission')).toEqual(
			[],
		);
		expect(acts('resolution 63/193 and the session of 18 December 2008')).toEqual([]);
		expect(acts('Resolution 46/152, annex.')).toEqual([]);
	});
	it('spans the number through its date, so the date is not read twice', () => {
		const [act] = datedActs(
			'its resolution 64/180 of 18 December 2009, in which',
			'General Assembly',
		);
		expect(
			act === undefined
				? null
				: 'its resolution 64/180 of 18 December 2009, in which'.slice(act.start, act.end),
		).toBe('resolution 64/180 of 18 December 2009');
	});
});
