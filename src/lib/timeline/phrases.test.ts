import { describe, expect, it } from 'vitest';
import { antecedentOf, clauseAround, nounPhraseAfter, nounPhraseBefore } from './phrases.ts';

function clause(text: string, word: string): string {
	const at = text.indexOf(word);
	const span = clauseAround(text, at, at + word.length);
	return text.slice(span.start, span.end).trim();
}

describe('clauseAround', () => {
	it('ends a clause at a semicolon or a sentence’s full stop', () => {
		expect(
			clause('Notes the meeting held in 2009. It prepared the Thirteenth Congress.', '2009'),
		).toBe('Notes the meeting held in 2009');
		expect(clause('(Bangkok, 2006) (E/CN.15/2007/6); expert group (Vienna, 2009)', '2009')).toBe(
			'expert group (Vienna, 2009)',
		);
	});
	it('reads past the full stops of citations and the colon of a title', () => {
		expect(
			clause(
				'See Official Records, Supplement No. 10 (E/2010/30), chap. II. Held in 2010.',
				'Supplement',
			),
		).toBe('See Official Records, Supplement No. 10 (E/2010/30), chap. II');
		expect(
			clause(
				'the Bangkok Declaration on Synergies and Responses: Strategic Alliances, adopted in 2005',
				'2005',
			),
		).toBe(
			'the Bangkok Declaration on Synergies and Responses: Strategic Alliances, adopted in 2005',
		);
	});
});

describe('nounPhraseBefore', () => {
	const before = (text: string, pick: 'outermost' | 'nearest' = 'outermost') =>
		nounPhraseBefore(text, 0, text.length, ['meeting', 'document'], pick)?.text ?? null;
	it('takes the outermost head and its complements', () => {
		expect(
			before(
				'Takes note of the report of the meeting of the Intergovernmental Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention',
			),
		).toBe(
			'meeting of the Intergovernmental Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention',
		);
	});
	it('or the nearest head, when asked', () => {
		expect(
			before(
				'Economic and Social Council resolutions 2007/12 of 25 July 2007 on the strategy',
				'nearest',
			),
		).toBe('strategy');
	});
	it('extends a head over capitalised words and modifiers, not over a paragraph’s lead verb', () => {
		expect(
			before('Having assembled at the Twelfth United Nations Congress on Crime Prevention'),
		).toBe('Twelfth United Nations Congress on Crime Prevention');
		expect(before('Welcoming the regional preparatory meetings')).toBe(
			'regional preparatory meetings',
		);
		expect(before('Conference on Drugs')).toBe('Conference on Drugs');
	});
	it('skips a head whose words run into a verb or a new clause', () => {
		expect(
			before('for the Thirteenth Congress in a timely manner in order to enable those meetings'),
		).toBe('meetings');
	});
	it('finds nothing without an event or document noun', () => {
		expect(
			before('in which it stipulated the guidelines in accordance with which, beginning'),
		).toBeNull();
	});
});

describe('nounPhraseAfter and antecedentOf', () => {
	it('reads an object up to its comma', () => {
		const text =
			'to convene in 2010 a special one-day high-level meeting of the General Assembly on transnational organized crime, aimed at';
		expect(nounPhraseAfter(text, text.indexOf(' a special'), text.length)).toBe(
			'special one-day high-level meeting of the General Assembly on transnational organized crime',
		);
	});
	it('finds what "those meetings" refer to', () => {
		const text =
			'a guide for the regional preparatory meetings and for the Congress to enable those meetings';
		expect(antecedentOf(text, text.indexOf('those'), 'meetings')).toBe(
			'regional preparatory meetings',
		);
	});
});
