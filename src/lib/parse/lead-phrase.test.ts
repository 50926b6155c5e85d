import { describe, expect, it } from 'vitest';
import { leadPhraseOf } from './lead-phrase.ts';

describe('leadPhraseOf', () => {
	it('reads a verb in the third person singular', () => {
		expect(leadPhraseOf('Requests the Secretary-General to report thereon;')).toBe('Requests');
		expect(leadPhraseOf('Urges Member States to ratify the Convention;')).toBe('Urges');
		expect(leadPhraseOf('Decides to remain seized of the matter.')).toBe('Decides');
	});

	it('reads a present participle', () => {
		expect(leadPhraseOf('Recalling its resolution 56/119 of 19 December 2001,')).toBe('Recalling');
		expect(leadPhraseOf('Emphasizing that transnational organized crime must be addressed,')).toBe(
			'Emphasizing',
		);
	});

	it('reads a past participle or an adjective, with an adverb before it', () => {
		expect(leadPhraseOf('Convinced that the congresses have influenced national policies,')).toBe(
			'Convinced',
		);
		expect(
			leadPhraseOf('Deeply concerned about the pervasiveness of violence against women,'),
		).toBe('Deeply concerned');
		expect(leadPhraseOf('Greatly concerned by criminal acts against migrants,')).toBe(
			'Greatly concerned',
		);
		expect(
			leadPhraseOf('Mindful of the needs of women in contact with the criminal justice system,'),
		).toBe('Mindful');
		expect(
			leadPhraseOf('Aware that gaps may exist in relation to international cooperation,'),
		).toBe('Aware');
	});

	it('reads "Having" with its participle', () => {
		expect(leadPhraseOf('Having considered the report of the Twelfth Congress2')).toBe(
			'Having considered',
		);
		expect(leadPhraseOf('Having taken note of the report,')).toBe('Having taken note');
	});

	it('keeps the adverbs that qualify the act: also, further, again, once again', () => {
		expect(leadPhraseOf('Recalling also its resolution 60/177 of 16 December 2005,')).toBe(
			'Recalling also',
		);
		expect(leadPhraseOf('Recalling further its resolution 63/193,')).toBe('Recalling further');
		expect(leadPhraseOf('Also requests the Secretary-General to include in the report')).toBe(
			'Also requests',
		);
		expect(leadPhraseOf('Further requests the Office to continue its work;')).toBe(
			'Further requests',
		);
		expect(leadPhraseOf('Once again urges Member States to act;')).toBe('Once again urges');
		expect(leadPhraseOf('Strongly condemns all acts of terrorism;')).toBe('Strongly condemns');
	});

	it('keeps the words an idiom needs: take note, bear in mind, call upon, draw attention', () => {
		expect(leadPhraseOf('Takes note of the report of the Secretary-General;')).toBe('Takes note');
		expect(leadPhraseOf('Taking into consideration all relevant resolutions,')).toBe(
			'Taking into consideration',
		);
		expect(leadPhraseOf('Taking into account the outcome of the meeting,')).toBe(
			'Taking into account',
		);
		expect(leadPhraseOf('Bearing in mind the United Nations Millennium Declaration,')).toBe(
			'Bearing in mind',
		);
		expect(leadPhraseOf('Calls upon Member States to strengthen their efforts;')).toBe(
			'Calls upon',
		);
		expect(leadPhraseOf('Draws attention to the emerging policy issues;')).toBe('Draws attention');
	});

	it('keeps a noun that names the act, with its possessive and adjectives', () => {
		expect(
			leadPhraseOf('Expresses its appreciation to the United Nations Office on Drugs and Crime'),
		).toBe('Expresses its appreciation');
		expect(leadPhraseOf('Reiterates its invitation to Member States to be represented')).toBe(
			'Reiterates its invitation',
		);
		expect(leadPhraseOf('Reiterates its request to the Secretary-General')).toBe(
			'Reiterates its request',
		);
		expect(leadPhraseOf('Expressing its grave concern at the negative effects')).toBe(
			'Expressing its grave concern',
		);
		expect(
			leadPhraseOf('Expresses its profound gratitude to the people and Government of Brazil'),
		).toBe('Expresses its profound gratitude');
	});

	it('keeps "with" and a feeling: with appreciation, with concern, with deep concern', () => {
		expect(
			leadPhraseOf('Takes note with appreciation of the report of the Secretary-General;2'),
		).toBe('Takes note with appreciation');
		expect(leadPhraseOf('Also takes note with appreciation of the discussion guide')).toBe(
			'Also takes note with appreciation',
		);
		expect(leadPhraseOf('Noting with concern the rise of new forms of crime,')).toBe(
			'Noting with concern',
		);
		expect(leadPhraseOf('Noting also with deep concern the rise of new forms of crime,')).toBe(
			'Noting also with deep concern',
		);
		expect(leadPhraseOf('Welcomes with appreciation the offer of the Government of Qatar')).toBe(
			'Welcomes with appreciation',
		);
	});

	it('leaves out the object, whatever it is', () => {
		expect(leadPhraseOf('Encourages Member States to support the Office;')).toBe('Encourages');
		expect(leadPhraseOf('Reaffirms its resolution 63/195;')).toBe('Reaffirms');
		expect(leadPhraseOf('Expresses its satisfaction with the results achieved')).toBe(
			'Expresses its satisfaction',
		);
		expect(leadPhraseOf('Reiterates the importance of providing funding;')).toBe('Reiterates');
	});

	it('never runs past punctuation or a footnote call', () => {
		expect(leadPhraseOf('Reiterates its decision, contained in its resolution 63/193,')).toBe(
			'Reiterates its decision',
		);
		expect(leadPhraseOf('Recalling, in particular, its resolution 63/193,')).toBe('Recalling');
		expect(leadPhraseOf('Welcomes2 the report')).toBe('Welcomes');
	});

	it('reads past an opening quotation mark, as a quoted draft prints it', () => {
		expect(leadPhraseOf('“Recalling also its resolution 57/270 B of 23 June 2003,')).toBe(
			'Recalling also',
		);
		expect(leadPhraseOf('"Takes note of the report;')).toBe('Takes note');
	});

	it('finds none where a paragraph opens with anything else', () => {
		expect(
			leadPhraseOf('We recognize that an effective criminal justice system is based on'),
		).toBeNull();
		expect(leadPhraseOf('The General Assembly,')).toBeNull();
		expect(leadPhraseOf('Declare as follows:')).toBeNull();
		expect(leadPhraseOf('United Nations entities should cooperate.')).toBeNull();
		expect(leadPhraseOf('During the period 2008-2011, the Office shall report.')).toBeNull();
		expect(leadPhraseOf('States parties should consider the following:')).toBeNull();
		expect(leadPhraseOf('2010 marks the tenth anniversary of the Convention.')).toBeNull();
		expect(leadPhraseOf('')).toBeNull();
	});
});
