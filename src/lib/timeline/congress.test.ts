import { describe, expect, it } from 'vitest';
import { footnote, op, part, pp, resolution } from '../../../tests/fixtures/timeline/builders.ts';
import type { UnDocument } from '../model.ts';
import type { CongressLink, TimelineEvent } from './types.ts';
import {
	congressesNamed,
	congressNumberOf,
	congressOfLabel,
	congressPageOf,
	congressPages,
	nearestCongresses,
	strongestLinks,
} from './congress.ts';
import { extractEvents } from './extract.ts';

describe('congressPages', () => {
	it('lists the contract’s congress pages in number order', () => {
		expect(congressPages).toEqual(['twelfth', 'thirteenth']);
	});
});

describe('congressesNamed', () => {
	it('finds congresses named in full and in short', () => {
		expect(
			congressesNamed(
				'follow-up to the Twelfth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Thirteenth Congress',
			),
		).toEqual([12, 13]);
	});
	it('finds a congress that has no page yet', () => {
		expect(congressesNamed('the Fourteenth Congress shall adopt a single declaration')).toEqual([
			14,
		]);
		expect(congressesNamed('the Twenty-first United Nations Congress')).toEqual([21]);
	});
	it('takes no generic or counted congresses for a named one', () => {
		expect(
			congressesNamed(
				'the work of the eleven previous United Nations congresses on crime prevention',
			),
		).toEqual([]);
		expect(
			congressesNamed(
				'Lessons Learned from United Nations Congresses on Crime Prevention; the Congress itself; pre-Congress consultations',
			),
		).toEqual([]);
	});
});

describe('congressPageOf and congressNumberOf', () => {
	it('maps the congresses that have pages to the contract’s ordinals and back', () => {
		expect(congressPageOf(12)).toBe('twelfth');
		expect(congressPageOf(13)).toBe('thirteenth');
		expect(congressNumberOf('twelfth')).toBe(12);
		expect(congressNumberOf('thirteenth')).toBe(13);
	});
	it('gives no page to a congress without one', () => {
		expect(congressPageOf(11)).toBeNull();
		expect(congressPageOf(14)).toBeNull();
		expect(congressPageOf(0)).toBeNull();
	});
});

describe('congressOfLabel', () => {
	it('knows a label that is a congress’s name and nothing more', () => {
		expect(congressOfLabel('Twelfth Congress')).toBe(12);
		expect(
			congressOfLabel(
				'the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
			),
		).toBe(13);
		expect(congressOfLabel('regional preparatory meetings for the Twelfth Congress')).toBeNull();
	});
});

describe('nearestCongresses and strongestLinks', () => {
	it('lets the nearest level that names a congress decide', () => {
		const levels: CongressLink[][] = [
			[],
			[{ congress: 13, basis: 'clause' }],
			[{ congress: 12, basis: 'title' }],
		];
		expect(nearestCongresses(levels)).toEqual([{ congress: 13, basis: 'clause' }]);
		expect(nearestCongresses([[], []])).toEqual([]);
	});
	it('keeps each congress once, by its strongest basis', () => {
		expect(
			strongestLinks([
				{ congress: 13, basis: 'title' },
				{ congress: 12, basis: 'part' },
				{ congress: 13, basis: 'clause' },
			]),
		).toEqual([
			{ congress: 12, basis: 'part' },
			{ congress: 13, basis: 'clause' },
		]);
	});
});

/** The links of the one event whose label starts with `what`. */
function linksOf(documents: UnDocument[], what: string): CongressLink[] {
	const events = extractEvents(documents).filter((event: TimelineEvent) =>
		event.what.startsWith(what),
	);
	expect(events).toHaveLength(1);
	return events[0]?.congresses ?? [];
}

const declarationTitle = 'Salvador Declaration on Comprehensive Strategies for Global Challenges';

describe('attribution of events to congresses', () => {
	it('lets the clause name the congress', () => {
		const document = resolution(
			{ symbol: 'A/RES/99/1', title: 'Crime prevention', date: '2009-12-18' },
			[
				part('resolution', {
					preamble: [
						pp(
							1,
							'Recalling its resolution 60/177 of 16 December 2005 on the follow-up to the Eleventh United Nations Congress on Crime Prevention and Criminal Justice; noting the Twelfth Congress,',
						),
					],
				}),
			],
		);
		expect(linksOf([document], 'General Assembly resolution 60/177')).toEqual([
			{ congress: 11, basis: 'clause' },
		]);
	});
	it('reads a clause across the colon of a title', () => {
		const document = resolution(
			{ symbol: 'A/RES/99/1', title: 'Crime prevention', date: '2007-07-26' },
			[
				part('resolution', {
					preamble: [
						pp(
							5,
							'Recalling further its resolution 60/177 of 16 December 2005, in which it endorsed the Bangkok Declaration on Synergies and Responses: Strategic Alliances in Crime Prevention and Criminal Justice, adopted at the high-level segment of the Eleventh United Nations Congress on Crime Prevention and Criminal Justice,',
						),
					],
					operative: [op(1, 'Notes the Twelfth Congress.')],
				}),
			],
		);
		expect(linksOf([document], 'General Assembly resolution 60/177')).toEqual([
			{ congress: 11, basis: 'clause' },
		]);
	});
	it('falls back on the passage, then on the title when it names one congress alone', () => {
		const document = resolution(
			{
				symbol: 'A/RES/99/1',
				title: 'Preparations for the Twelfth United Nations Congress',
				date: '2009-12-18',
			},
			[
				part('resolution', {
					preamble: [
						pp(
							1,
							'Recalling its resolution 56/119 of 19 December 2001 on the role of the congresses,',
						),
					],
					operative: [
						op(
							1,
							'Notes the meeting held in Vienna on 2 March 2009. It prepared the Thirteenth Congress.',
						),
					],
				}),
			],
		);
		expect(linksOf([document], 'General Assembly resolution 56/119')).toEqual([
			{ congress: 12, basis: 'title' },
		]);
		expect(linksOf([document], 'Meeting')).toEqual([{ congress: 13, basis: 'passage' }]);
	});
	it('does not fall back on a title that names two congresses', () => {
		const document = resolution(
			{
				symbol: 'A/RES/99/1',
				title: 'Follow-up to the Twelfth Congress and preparations for the Thirteenth Congress',
				date: '2012-12-20',
			},
			[
				part('resolution', {
					preamble: [
						pp(
							1,
							'Recalling its resolution 56/119 of 19 December 2001 on the role of the congresses,',
						),
					],
				}),
			],
		);
		expect(linksOf([document], 'General Assembly resolution 56/119')).toEqual([]);
	});
	it('reads an annexed declaration as about the congress its opening names', () => {
		const document = resolution(
			{ symbol: 'A/RES/99/1', title: 'Crime prevention', date: '2010-12-21' },
			[
				part('resolution', {}),
				part('annex', {
					title: declarationTitle,
					preamble: [
						pp(
							1,
							'Having assembled at the Twelfth United Nations Congress on Crime Prevention and Criminal Justice,',
						),
					],
					operative: [
						op(
							12,
							'We welcome the recommendations made by the expert group at its meeting, held in Vienna from 24 to 26 November 2009.',
						),
					],
				}),
			],
		);
		expect(linksOf([document], 'Meeting of the expert group')).toEqual([
			{ congress: 12, basis: 'part' },
		]);
	});
	it('reads a footnote in the context of the passage that calls it', () => {
		const document = resolution(
			{ symbol: 'A/RES/99/1', title: 'Crime prevention', date: '2010-12-21' },
			[
				part('resolution', {
					preamble: [
						pp(3, 'Recalling the regional preparatory meetings for the Twelfth Congress', 9, ','),
					],
				}),
			],
			[
				footnote(
					9,
					'expert group on crime data (Buenos Aires, 8-10 February 2010) (see E/CN.15/2010/14).',
				),
			],
		);
		expect(linksOf([document], 'Expert group on crime data')).toEqual([
			{ congress: 12, basis: 'passage' },
		]);
	});
	it('gives a document’s own adoption the congresses of its title and of its operative paragraphs', () => {
		const document = resolution(
			{
				symbol: 'A/RES/65/230',
				title: 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
				date: '2010-12-21',
				resolutionNumber: '65/230',
			},
			[
				part('resolution', {
					operative: [
						op(
							16,
							'Welcomes with appreciation the offer of the Government of Qatar to act as host to the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice, in 2015;',
						),
					],
				}),
				part('annex', {
					title: declarationTitle,
					operative: [op(1, 'We recognize the Fourteenth Congress.')],
				}),
			],
		);
		expect(linksOf([document], 'General Assembly resolution 65/230')).toEqual([
			{ congress: 12, basis: 'title' },
			{ congress: 13, basis: 'operative' },
		]);
	});
	it('gives an event stated in several places every congress its statements give it', () => {
		const one = resolution(
			{ symbol: 'A/RES/99/1', title: 'Preparations for the Twelfth Congress', date: '2009-12-18' },
			[
				part('resolution', {
					preamble: [pp(1, 'Recalling its resolution 56/119 of 19 December 2001,')],
				}),
			],
		);
		const two = resolution(
			{
				symbol: 'A/RES/99/2',
				title: 'Preparations for the Thirteenth Congress',
				date: '2012-12-20',
			},
			[
				part('resolution', {
					preamble: [
						pp(
							1,
							'Recalling its resolution 56/119 of 19 December 2001 on the Thirteenth Congress,',
						),
					],
				}),
			],
		);
		expect(linksOf([one, two], 'General Assembly resolution 56/119')).toEqual([
			{ congress: 12, basis: 'title' },
			{ congress: 13, basis: 'clause' },
		]);
	});
});
