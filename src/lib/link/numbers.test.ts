import { describe, expect, it } from 'vitest';
import { findReferences } from './find.ts';
import { numberSymbol } from './numbers.ts';
import type { Reference } from './types.ts';

const assembly = 'General Assembly';
const council = 'Economic and Social Council';

/** The symbols found, in order; a reference without one as its kind. */
function symbols(
	text: string,
	speaker: 'General Assembly' | 'Economic and Social Council' = assembly,
): string[] {
	return findReferences(text, speaker).map(({ reference }) =>
		reference.kind === 'document' ? reference.symbol : reference.kind,
	);
}

function only(
	text: string,
	speaker: 'General Assembly' | 'Economic and Social Council' = assembly,
): { text: string; reference: Reference } {
	const found = findReferences(text, speaker);
	expect(found).toHaveLength(1);
	const [first] = found;
	if (first === undefined) throw new Error('no reference');
	return first;
}

const whole = { kind: 'whole' } as const;

describe('numberSymbol', () => {
	it.each([
		['resolution', '63/193', undefined, 'A/RES/63/193'],
		['resolution', '2004/28', undefined, 'E/RES/2004/28'],
		['decision', '64/530', 'General Assembly', 'A/DEC/64/530'],
		['resolution', '57/270 B', undefined, 'A/RES/57/270B'],
		['resolution', '155 C (VII)', 'Economic and Social Council', 'E/RES/155(VII)'],
		['resolution', '1373 (2001)', 'Security Council', 'S/RES/1373(2001)'],
		['resolution', '18/3', 'Commission', null],
		['resolution', '18/3', undefined, null],
	] as const)('reads %s %s (%s) as %s', (kind, printed, prefix, expected) => {
		expect(numberSymbol(kind, printed, prefix, assembly)).toBe(expected);
	});
});

describe('findReferences: resolutions and decisions', () => {
	it('reads "its resolution" spoken by the Assembly as an Assembly resolution', () => {
		const found = findReferences(
			'Recalling further its resolution 63/193 of 18 December 2008,',
			assembly,
		);
		expect(found).toEqual([
			{
				start: 22,
				end: 39,
				text: 'resolution 63/193',
				reference: { kind: 'document', symbol: 'A/RES/63/193', place: whole, instrument: null },
			},
		]);
	});
	it('reads "its resolution" spoken by the Council as a Council resolution', () => {
		expect(symbols('Recalling its resolution 2004/28 of 21 July 2004,', council)).toEqual([
			'E/RES/2004/28',
		]);
	});
	it('gives each number of a list its own span', () => {
		const text = 'Recalling its resolutions 63/193, 63/194 and 63/195 of 18 December 2008,';
		const found = findReferences(text, assembly);
		expect(found.map((reference) => reference.text)).toEqual([
			'resolutions 63/193',
			'63/194',
			'63/195',
		]);
		expect(
			found.map((reference) =>
				reference.reference.kind === 'document' ? reference.reference.symbol : '',
			),
		).toEqual(['A/RES/63/193', 'A/RES/63/194', 'A/RES/63/195']);
	});
	it('follows a list through dates', () => {
		expect(
			symbols(
				'its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005 and 63/226 of 19 December 2008,',
			),
		).toEqual(['A/RES/46/152', 'A/RES/60/1', 'A/RES/63/226']);
	});
	it('takes the body named before the keyword into the span', () => {
		expect(only('General Assembly resolution 58/4').text).toBe('General Assembly resolution 58/4');
		expect(only('paragraph 4 of Assembly resolution 58/4 of 31 October 2003').text).toBe(
			'paragraph 4 of Assembly resolution 58/4',
		);
		expect(only('of Assembly resolution 58/4 of').text).toBe('Assembly resolution 58/4');
	});
	it('joins a part letter to the symbol as undocs.org writes it', () => {
		expect(only('Recalling also its resolution 57/270 B of 23 June 2003').reference).toEqual({
			kind: 'document',
			symbol: 'A/RES/57/270B',
			place: whole,
			instrument: null,
		});
	});
	it('writes old-style numbers with their session and without a part letter', () => {
		const text =
			'Economic and Social Council resolution 155 C (VII) of 13 August 1948 and General Assembly resolution 415 (V) of 1 December 1950,';
		expect(findReferences(text, assembly).map((found) => found.text)).toEqual([
			'Economic and Social Council resolution 155 C (VII)',
			'General Assembly resolution 415 (V)',
		]);
		expect(symbols(text)).toEqual(['E/RES/155(VII)', 'A/RES/415(V)']);
	});
	it('gives an unprefixed old-style number to the speaker', () => {
		expect(
			symbols('pursuant to its resolutions 415 (V) of 1 December 1950 and 46/152', assembly),
		).toEqual(['A/RES/415(V)', 'A/RES/46/152']);
		expect(symbols('its resolution 155 C (VII)', council)).toEqual(['E/RES/155(VII)']);
	});
	it('reads year-numbered resolutions as the Council’s whoever speaks', () => {
		expect(symbols('Economic and Social Council resolution 2007/12, annex.')).toEqual([
			'E/RES/2007/12',
		]);
		expect(
			symbols(
				'in particular resolutions 2008/23, 2008/24 and 2008/25 of 24 July 2008, and all those',
				assembly,
			),
		).toEqual(['E/RES/2008/23', 'E/RES/2008/24', 'E/RES/2008/25']);
	});
	it('gives decisions their own series', () => {
		expect(
			symbols('pursuant to Economic and Social Council decision 2009/245 of 30 July 2009'),
		).toEqual(['E/DEC/2009/245']);
		expect(symbols('General Assembly decision 64/530')).toEqual(['A/DEC/64/530']);
	});
	it('reads Security Council resolutions by their year', () => {
		expect(symbols('Security Council resolution 1373 (2001)')).toEqual(['S/RES/1373(2001)']);
	});
	it('reads a special session’s resolution', () => {
		expect(symbols('its resolution S-20/2 of 10 June 1998')).toEqual(['A/RES/S-20/2']);
	});
	it('reads a line break inside a body’s name as a space', () => {
		expect(
			only('action taken to implement General \nAssembly resolution 66/179. In particular').text,
		).toBe('General \nAssembly resolution 66/179');
	});
});

describe('findReferences: documents without a symbol', () => {
	it('keeps a commission’s resolution as a labelled citation', () => {
		expect(only('Commission resolution 18/3').reference).toEqual({
			kind: 'unsymbolled',
			work: 'Commission resolution 18/3',
			provision: null,
			act: { body: 'Commission', kind: 'resolution', number: '18/3' },
		});
		expect(
			only(
				'in accordance with Commission on Crime Prevention and Criminal Justice decision 17/1 of 18 April 2008',
			).reference,
		).toEqual({
			kind: 'unsymbolled',
			work: 'Commission on Crime Prevention and Criminal Justice decision 17/1',
			provision: null,
			act: {
				body: 'Commission on Crime Prevention and Criminal Justice',
				kind: 'decision',
				number: '17/1',
			},
		});
	});
	it('does not give the Assembly a resolution numbered before its thirty-first session', () => {
		expect(only('Welcomes resolution 18/3 of 24 April 2009 entitled').reference).toEqual({
			kind: 'unsymbolled',
			work: 'resolution 18/3',
			provision: null,
			act: { body: null, kind: 'resolution', number: '18/3' },
		});
	});
	it('names the body the words after a number say adopted it, with the title they give', () => {
		// A/RES/64/179 op29, as printed.
		const found = only(
			'Welcomes resolution 18/3 of 24 April 2009 entitled "Improving the governance and financial situation of the United Nations Office on Drugs and Crime", adopted by the Commission on Crime Prevention and Criminal Justice at its eighteenth session',
		);
		expect(found.text).toBe('resolution 18/3');
		expect(found.reference).toEqual({
			kind: 'unsymbolled',
			work: 'Commission on Crime Prevention and Criminal Justice resolution 18/3',
			provision: null,
			act: {
				body: 'Commission on Crime Prevention and Criminal Justice',
				kind: 'resolution',
				number: '18/3',
			},
			title:
				'Improving the governance and financial situation of the United Nations Office on Drugs and Crime',
		});
	});
	it('does not give the speaker a resolution that the words after it say another body adopted', () => {
		expect(
			only('resolution 60/1, adopted by the Commission on Narcotic Drugs at its sixtieth session')
				.reference,
		).toMatchObject({
			kind: 'unsymbolled',
			work: 'Commission on Narcotic Drugs resolution 60/1',
		});
	});
	it('keeps the title the text gives a resolution, its line breaks as spaces', () => {
		// A/67/97 para. 1, as the PDF text breaks it.
		expect(
			only(
				'In its resolution 66/179, entitled “Follow-up to the Twelfth United Nations \nCongress on Crime Prevention and Criminal Justice”, the',
			).reference,
		).toEqual({
			kind: 'document',
			symbol: 'A/RES/66/179',
			place: { kind: 'whole' },
			instrument: null,
			title:
				'Follow-up to the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		});
	});
	it('keeps a treaty article as a labelled citation', () => {
		expect(
			only('pursuant to article 32 of the United Nations Convention against Corruption,').reference,
		).toEqual({
			kind: 'unsymbolled',
			work: 'United Nations Convention against Corruption',
			provision: 'article 32',
			act: null,
		});
		const found = only(
			'pursuant to article 30 of the United Nations Convention against Transnational Organized Crime and article',
		);
		expect(found.text).toBe(
			'article 30 of the United Nations Convention against Transnational Organized Crime',
		);
	});
	it('splits a list of articles', () => {
		expect(
			findReferences('articles 5 and 6 of the Convention on the Rights of the Child', assembly).map(
				(found) => found.text,
			),
		).toEqual(['articles 5', '6']);
	});
});
