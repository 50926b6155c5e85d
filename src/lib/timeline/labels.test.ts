import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { attachDate } from './labels.ts';

const bodies = ['Commission on Crime Prevention and Criminal Justice'];

/** What the date that reads `when` in `text` is the date of: [what, kind, place], or null. */
function attached(
	text: string,
	when: string,
	previous: string | null = null,
): [string, string, string | null] | null {
	const date = findDates(text).find((found) => found.text === when);
	if (date === undefined) throw new Error(`no date "${when}" in the text`);
	const found = attachDate(text, date, { bodies, previous });
	return found === null ? null : [found.what, found.kind, found.place];
}

describe('attachDate: the subject of a participle', () => {
	it('takes the meeting a report is of, for "held"', () => {
		const text =
			'Takes note of the report of the meeting of the Intergovernmental Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention and Criminal Justice, held in Bangkok from 15 to 18 August 2006, and endorses the conclusions';
		expect(attached(text, '15 to 18 August 2006')).toEqual([
			'meeting of the Intergovernmental Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention and Criminal Justice',
			'meeting',
			'Bangkok',
		]);
	});
	it('takes the congress that "is to be held" in a year', () => {
		const text =
			'Considering that, pursuant to its resolutions 415 (V) of 1 December 1950 and 46/152 of 18 December 1991, the Twelfth United Nations Congress on Crime Prevention and Criminal Justice is to be held in 2010,';
		expect(attached(text, '2010')).toEqual([
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			'meeting',
			null,
		]);
	});
	it('takes a congress that "was held", with its place', () => {
		const text =
			'Notes that the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice was held in Doha from 12 to 19 April 2015;';
		expect(attached(text, '12 to 19 April 2015')).toEqual([
			'Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
			'meeting',
			'Doha',
		]);
	});
	it('takes a declaration adopted at a summit, reading past "by … at …"', () => {
		const text =
			'Bearing in mind the United Nations Millennium Declaration, adopted by the Heads of State and Government at the Millennium Summit of the United Nations on 8 September 2000, in which';
		expect(attached(text, '8 September 2000')).toEqual([
			'United Nations Millennium Declaration',
			'adoption',
			null,
		]);
	});
	it('takes a title with commas in it', () => {
		const text =
			'Taking note of the implementation of the Political Declaration on Combating Illicit Drug Trafficking, Organized Crime, Terrorism and Other Serious Crime in the Caribbean, adopted in Santo Domingo on 19 February 2009, as well as the outcomes of the Ministerial Conference on Illicit Drug Trafficking, Transnational Organized Crime and Terrorism as Challenges for Security and Development in Central America, held in Managua on 23 and 24 June 2009, as an example';
		expect(attached(text, '19 February 2009')).toEqual([
			'Political Declaration on Combating Illicit Drug Trafficking, Organized Crime, Terrorism and Other Serious Crime in the Caribbean',
			'adoption',
			'Santo Domingo',
		]);
		expect(attached(text, '23 and 24 June 2009')).toEqual([
			'Ministerial Conference on Illicit Drug Trafficking, Transnational Organized Crime and Terrorism as Challenges for Security and Development in Central America',
			'meeting',
			'Managua',
		]);
	});
	it('takes the second of two coordinated works, not the first', () => {
		const text =
			'Taking note of the Global Report on Trafficking in Persons of February 2009 of the United Nations Office on Drugs and Crime and of the joint Council of Europe/United Nations study entitled Trafficking in organs, tissues and cells and trafficking in human beings for the purpose of the removal of organs, launched on 13 October 2009,';
		expect(attached(text, 'February 2009')).toEqual([
			'Global Report on Trafficking in Persons',
			'other',
			null,
		]);
		expect(attached(text, '13 October 2009')?.[0]).toBe(
			'joint Council of Europe/United Nations study entitled Trafficking in organs, tissues and cells and trafficking in human beings for the purpose of the removal of organs',
		);
	});
});

describe('attachDate: a body’s session or meeting', () => {
	it('names the session by its number and its body', () => {
		const text =
			'Welcomes resolution 18/3, adopted by the Commission on Crime Prevention and Criminal Justice at its eighteenth session, held in Vienna from 16 to 24 April 2009, by which';
		expect(attached(text, '16 to 24 April 2009')).toEqual([
			'eighteenth session of the Commission on Crime Prevention and Criminal Justice',
			'meeting',
			'Vienna',
		]);
	});
	it('takes the session, not the discussion held at it, for a year in apposition', () => {
		const text =
			'Welcoming the outcome of the thematic discussions on economic fraud, including the provision of legal aid in criminal justice systems held by the Commission on Crime Prevention and Criminal Justice at its eighteenth session, in 2009, pursuant to';
		expect(attached(text, '2009')).toEqual([
			'eighteenth session of the Commission on Crime Prevention and Criminal Justice',
			'meeting',
			null,
		]);
	});
	it('expands "the Commission" to the name the document gives it', () => {
		const text =
			'looks forward to the consideration of the report by the Commission at its nineteenth session, to be held in Vienna in May 2010;';
		expect(attached(text, 'May 2010')).toEqual([
			'nineteenth session of the Commission on Crime Prevention and Criminal Justice',
			'meeting',
			'Vienna',
		]);
	});
	it('names a group’s meeting by the group', () => {
		const text =
			'taking into account the recommendations made by the Intergovernmental Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention and Criminal Justice at its meeting, held in Bangkok from 15 to 18 August 2006;';
		expect(attached(text, '15 to 18 August 2006')?.[0]).toBe(
			'meeting of the Intergovernmental Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention and Criminal Justice',
		);
	});
});

describe('attachDate: the phrase right before the date', () => {
	it('takes the congress before "in 2015"', () => {
		const text =
			'Welcomes with appreciation the offer of the Government of Qatar to act as host to the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice, in 2015;';
		expect(attached(text, '2015')).toEqual([
			'Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
			'meeting',
			null,
		]);
	});
	it('takes the congress, not the hosting, with the city between', () => {
		const text =
			'Recognizing also the efforts already made by the Government of Brazil to prepare for the hosting of the Twelfth Congress in Salvador from 12 to 19 April 2010,';
		expect(attached(text, '12 to 19 April 2010')).toEqual([
			'Twelfth Congress',
			'meeting',
			'Salvador',
		]);
	});
	it('resolves "those meetings" to the meetings named before', () => {
		const text =
			'to prepare a discussion guide for the regional preparatory meetings and for the Thirteenth Congress in a timely manner in order to enable those meetings to be held as early as possible in 2014; and would invite';
		expect(attached(text, '2014')).toEqual(['regional preparatory meetings', 'meeting', null]);
	});
	it('resolves "its review" to the work stated before', () => {
		const text =
			'the United Nations Global Counter-Terrorism Strategy adopted on 8 September 2006, and its review of 4 and 5 September 2008,';
		expect(
			attached(
				text,
				'4 and 5 September 2008',
				'United Nations Global Counter-Terrorism Strategy',
			)?.[0],
		).toBe('review of the United Nations Global Counter-Terrorism Strategy');
	});
	it('takes the object of "to hold in 2010"', () => {
		const text =
			'note with appreciation the decision of the General Assembly, in its resolution 64/179 of 18 December 2009, to hold in 2010 high-level meetings and a special treaty event.';
		expect(attached(text, '2010')).toEqual([
			'high-level meetings and a special treaty event',
			'meeting',
			null,
		]);
	});
	it('takes the name before a parenthesis of place and date', () => {
		const text =
			'Intergovernmental Group of Experts on Lessons Learned (Bangkok, 15-18 August 2006) (E/CN.15/2007/6); expert group on protection against trafficking in cultural property (Vienna, 24-26 November 2009) (see E/CN.15/2010/5);';
		expect(attached(text, '24-26 November 2009')).toEqual([
			'expert group on protection against trafficking in cultural property',
			'meeting',
			'Vienna',
		]);
	});
	it('takes the plan a period is of, nearest first', () => {
		const text =
			'bearing in mind Economic and Social Council resolutions 2007/12 of 25 July 2007 and 2007/19 of 26 July 2007 on the strategy for the period 2008-2011 for the Office;';
		expect(attached(text, '2008-2011')).toEqual([
			'strategy for the period 2008-2011',
			'period',
			null,
		]);
	});
	it('makes no event of a date that attaches to no event or document', () => {
		const text =
			'in which it stipulated the guidelines in accordance with which, beginning in 2005, the congresses should be held,';
		expect(attached(text, '2005')).toBeNull();
	});
});

describe('attachDate: the tense that ties a date to its event', () => {
	const tense = (text: string, when: string): string | null => {
		const date = findDates(text).find((found) => found.text === when);
		if (date === undefined) throw new Error(`no date "${when}" in the text`);
		return attachDate(text, date, { bodies, previous: null })?.tense ?? null;
	};
	it('is past for "held in" and "was held in"', () => {
		expect(
			tense(
				'Expresses its satisfaction with the results achieved by the Twelfth United Nations Congress on Crime Prevention and Criminal Justice, held in Salvador, Brazil, from 12 to 19 April 2010,',
				'12 to 19 April 2010',
			),
		).toBe('past');
	});
	it('is future for "is to be held", "to be held" and "to hold in"', () => {
		expect(
			tense(
				'the Twelfth United Nations Congress on Crime Prevention and Criminal Justice is to be held in 2010,',
				'2010',
			),
		).toBe('future');
		expect(
			tense(
				'looks forward to the consideration of the report by the Commission at its nineteenth session, to be held in Vienna in May 2010;',
				'May 2010',
			),
		).toBe('future');
		expect(
			tense(
				'note with appreciation the decision of the General Assembly to hold in 2010 high-level meetings and a special treaty event.',
				'2010',
			),
		).toBe('future');
	});
	it('is null where no verb ties them: "in 2015"', () => {
		expect(
			tense(
				'Welcomes with appreciation the offer of the Government of Qatar to act as host to the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice, in 2015;',
				'2015',
			),
		).toBeNull();
	});
});
