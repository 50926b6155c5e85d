import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { clauseAround } from './phrases.ts';
import { isAfter, moodOf, statementStatus, strongestStatus } from './status.ts';
import type { TimelineDate } from './types.ts';

/** The mood of the sentence's first date, as a statement of it reads it. */
function moodOfDate(
	text: string,
	{ inDraft = false, tense = null }: { inDraft?: boolean; tense?: 'past' | 'future' | null } = {},
) {
	const [date] = findDates(text);
	if (date === undefined) throw new Error(`no date in ${text}`);
	return moodOf({
		text,
		clause: clauseAround(text, date.start, date.end),
		at: date,
		inDraft,
		tense,
	});
}

const year = (start: string): TimelineDate => ({ start, end: null, precision: 'year' });

describe('moodOf', () => {
	it('reads a past participle as done, even in a draft', () => {
		expect(
			moodOfDate(
				'Takes note of the report of the meeting, held in Bangkok from 15 to 18 August 2006,',
				{
					inDraft: true,
					tense: 'past',
				},
			),
		).toBe('happened');
	});
	it('reads "is to be held", "to be held" and "to convene" as planned', () => {
		expect(
			moodOfDate(
				'Considering that the Twelfth United Nations Congress on Crime Prevention and Criminal Justice is to be held in 2010,',
				{ tense: 'future' },
			),
		).toBe('planned');
		expect(
			moodOfDate(
				'Requests the Secretary-General to convene in the second quarter of 2010 a special one-day high-level meeting;',
			),
		).toBe('planned');
	});
	it('reads what a report says a draft "would" do as proposed', () => {
		expect(
			moodOfDate(
				'The General Assembly would request the Secretary-General to prepare a discussion guide in order to enable those meetings to be held as early as possible in 2014;',
				{ tense: 'future' },
			),
		).toBe('proposed');
	});
	it('reads what a draft resolution’s operative paragraph asks as proposed', () => {
		expect(
			moodOfDate(
				'Reiterates its request to the Secretary-General to provide the necessary resources from within the programme budget for the biennium 2008-2009;',
				{ inDraft: true },
			),
		).toBe('proposed');
	});
	it('says nothing where the words say nothing', () => {
		expect(
			moodOfDate(
				'Welcomes with appreciation the offer of the Government of Qatar to act as host to the Thirteenth Congress, in 2015;',
			),
		).toBeNull();
	});
});

describe('isAfter and statementStatus', () => {
	it('compares a date with the date of the document that states it at the coarser precision', () => {
		expect(isAfter(year('2015'), '2010-12-21')).toBe(true);
		expect(isAfter(year('2010'), '2010-12-21')).toBe(false);
		expect(
			isAfter({ start: '2010-04-12', end: '2010-04-19', precision: 'day' }, '2009-12-18'),
		).toBe(true);
		expect(isAfter(year('2012'), '2012')).toBe(false);
	});
	it('takes the words’ mood first, then plans what is dated after its document and reports what is dated before', () => {
		expect(statementStatus('proposed', year('2014'), '2012')).toBe('proposed');
		expect(statementStatus(null, year('2015'), '2010-12-21')).toBe('planned');
		expect(statementStatus(null, year('2008'), '2009-12-18')).toBe('happened');
		expect(statementStatus(null, null, '2009-12-18')).toBeNull();
	});
});

describe('strongestStatus', () => {
	it('lets a passage that reports the event held outweigh one that planned it', () => {
		expect(strongestStatus(['planned', 'happened', 'proposed'])).toBe('happened');
		expect(strongestStatus(['proposed', null, 'planned'])).toBe('planned');
		expect(strongestStatus([null])).toBeNull();
	});
});
