import { describe, expect, it } from 'vitest';
import { footnote, op, part, pp, resolution } from '../../../tests/fixtures/timeline/builders.ts';
import type { UnDocument } from '../model.ts';
import { namedStatementsOf } from './named.ts';

const commission = 'Commission on Crime Prevention and Criminal Justice';
const eighteenth = `session:18:${commission.toLowerCase()}`;

function document(symbol: string, ...operative: string[]): UnDocument {
	return resolution(
		{ symbol, title: 'A test resolution', date: '2009-12-18', resolutionNumber: symbol.slice(6) },
		[part('resolution', { operative: operative.map((text, index) => op(index + 1, text)) })],
	);
}

const summary = (named: ReturnType<typeof namedStatementsOf>) =>
	named.map((statement) => [
		statement.identity,
		statement.congresses,
		statement.saying.source.citation,
	]);

describe('namedStatementsOf: sessions', () => {
	it('finds a session named with a congress in its clause', () => {
		const named = namedStatementsOf(
			document(
				'A/RES/1/1',
				`Requests the ${commission} to accord sufficient time at its eighteenth session to reviewing the progress made in the preparations for the Twelfth Congress;`,
			),
		);
		expect(summary(named)).toEqual([
			[eighteenth, [{ congress: 12, basis: 'clause' }], 'A/RES/1/1, para. 1'],
		]);
		expect(named[0]?.what).toBe(`eighteenth session of the ${commission}`);
	});
	it('reads "the Commission" as the full name its document gives, and "the eighteenth session of the Commission"', () => {
		const named = namedStatementsOf(
			resolution(
				{ symbol: 'A/RES/1/2', title: 'A test', date: '2010-12-21', resolutionNumber: '1/2' },
				[
					part('resolution', {
						preamble: [
							pp(1, `Recalling the work of the ${commission},`),
							pp(
								2,
								'Having considered the report of the Twelfth Congress and the recommendations made by the Commission at its eighteenth session,',
							),
						],
						operative: [
							op(
								1,
								'Notes the eighteenth session of the Commission, which prepared for the Twelfth Congress;',
							),
						],
					}),
				],
			),
		);
		expect(
			named.map((statement) => [statement.identity, statement.saying.source.citation]),
		).toEqual([
			[eighteenth, 'A/RES/1/2, preambular para. 2'],
			[eighteenth, 'A/RES/1/2, para. 1'],
		]);
	});
	it('keeps a session named with no congress around it, tied to none', () => {
		expect(
			summary(
				namedStatementsOf(
					document(
						'A/RES/1/3',
						`Invites the ${commission} at its eighteenth session to consider the matter;`,
					),
				),
			),
		).toEqual([[eighteenth, [], 'A/RES/1/3, para. 1']]);
	});
	it('does not take the session of another body for the Commission’s', () => {
		expect(
			namedStatementsOf(
				document(
					'A/RES/1/4',
					`Requests the ${commission} to report through the Economic and Social Council to the General Assembly at its sixty-fifth session on the Twelfth Congress;`,
				),
			),
		).toEqual([]);
	});
	it('reads what its words say of the session: its outcome cited, or a draft that would ask it', () => {
		const [held] = namedStatementsOf(
			document(
				'A/RES/1/5',
				`Having considered the recommendations made by the ${commission} at its nineteenth session,`,
			),
		);
		expect(held?.saying.mood).toBe('happened');
		const [proposed] = namedStatementsOf(
			document(
				'A/RES/1/6',
				`Finally, the Assembly would request the ${commission} to accord sufficient time at its twenty-second session to reviewing the preparations for the Thirteenth Congress.`,
			),
		);
		expect(proposed?.saying.mood).toBe('proposed');
	});
});

describe('namedStatementsOf: resolutions without a date', () => {
	const a6797 = resolution({ symbol: 'A/67/97', title: 'A test report', date: '2012' }, [
		part('resolution', {
			operative: [
				op(
					1,
					'In its resolution 66/179, entitled “Follow-up to the Twelfth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice”, the General Assembly took note of the report.',
				),
				op(
					2,
					'In the same resolution, the General Assembly recalled its resolution 62/173, in which it had endorsed the recommendations made by the Intergovernmental Group of Experts.',
				),
				op(
					3,
					'In accordance with its resolution 56/119, the Thirteenth Congress shall include a high-level segment.',
				),
			],
		}),
	]);

	it('names the resolutions the text cites, each adopted, and stands alone those whose act it tells', () => {
		expect(
			namedStatementsOf(a6797).map((statement) => [
				statement.what,
				statement.standsAlone,
				statement.saying.mood,
			]),
		).toEqual([
			['General Assembly resolution 66/179', true, 'happened'],
			['General Assembly resolution 62/173', true, 'happened'],
			['General Assembly resolution 56/119', false, 'happened'],
		]);
	});
	it('ties each to the congresses its clause names', () => {
		expect(namedStatementsOf(a6797).map((statement) => statement.congresses)).toEqual([
			[
				{ congress: 12, basis: 'clause' },
				{ congress: 13, basis: 'clause' },
			],
			[],
			[{ congress: 13, basis: 'clause' }],
		]);
	});
	it('reads a footnote’s list in the context of the passage that calls it, and leaves an annex cited alone', () => {
		const named = namedStatementsOf(
			resolution(
				{ symbol: 'A/RES/65/230', title: 'A test', date: '2010-12-21', resolutionNumber: '65/230' },
				[
					part('resolution', {
						preamble: [
							pp(1, 'Having assembled at the Twelfth United Nations Congress in Salvador,', 7, ''),
							pp(2, 'Recalling the Bangkok Declaration,', 5, ''),
						],
					}),
				],
				[
					footnote(7, 'In line with resolutions 46/152, 56/119, 62/173, 63/193 and 64/180.'),
					footnote(5, 'Resolution 60/177, annex.'),
				],
			),
		);
		expect(named.map((statement) => [statement.identity, statement.congresses])).toEqual(
			['A/RES/46/152', 'A/RES/56/119', 'A/RES/62/173', 'A/RES/63/193', 'A/RES/64/180'].map(
				(symbol) => [symbol, [{ congress: 12, basis: 'passage' }]],
			),
		);
	});
	it('leaves a resolution the passage dates to the dated statements', () => {
		expect(
			namedStatementsOf(
				document(
					'A/RES/1/7',
					'Recalling its resolution 63/193 of 18 December 2008 on the Twelfth Congress,',
				),
			),
		).toEqual([]);
	});
});

describe('namedStatementsOf: meetings held for a congress', () => {
	it('finds meetings named by the congress they prepare, as one event however the congress is named', () => {
		const named = namedStatementsOf(
			document(
				'A/RES/1/8',
				'Also takes note of the discussion guide for the regional preparatory meetings for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice;',
				'Recalling the conclusions and recommendations of the regional preparatory meetings for the Twelfth Congress,',
			),
		);
		expect(named.map((statement) => [statement.identity, statement.what])).toEqual([
			[
				'meetings:12:regional preparatory meetings',
				'regional preparatory meetings for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			],
			[
				'meetings:12:regional preparatory meetings',
				'regional preparatory meetings for the Twelfth Congress',
			],
		]);
		expect(named.map((statement) => statement.congresses)).toEqual([
			[{ congress: 12, basis: 'named' }],
			[{ congress: 12, basis: 'named' }],
		]);
	});
	it('says they were held where the text cites their conclusions, and proposed where a draft asks for them', () => {
		const moods = (text: string) =>
			namedStatementsOf(document('A/RES/1/9', text)).map((statement) => statement.saying.mood);
		expect(
			moods(
				'Recalling the conclusions and recommendations of the regional preparatory meetings for the Twelfth Congress,',
			),
		).toEqual(['happened']);
		expect(
			moods(
				'The General Assembly would request the Secretary-General to facilitate the organization of regional preparatory meetings for the Thirteenth Congress.',
			),
		).toEqual(['proposed']);
	});
	it('does not take other meetings, or a guide, for meetings held for the congress', () => {
		expect(
			namedStatementsOf(
				document(
					'A/RES/1/10',
					'Requests the Secretary-General to facilitate the organization of regional preparatory meetings, including meetings of the least developed countries, for the Twelfth United Nations Congress;',
					'Requests the Secretary-General to prepare a discussion guide for the Twelfth Congress;',
				),
			),
		).toEqual([]);
	});
});
