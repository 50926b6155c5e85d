import { describe, expect, it } from 'vitest';
import { op, part, pp, resolution } from '../../../tests/fixtures/timeline/builders.ts';
import type { UnDocument } from '../model.ts';
import type { TimelineEvent } from './types.ts';
import { sessionMentionsOf, withSessionMentions } from './sessions.ts';

const commission = 'Commission on Crime Prevention and Criminal Justice';
const eighteenth = `session:18:${commission.toLowerCase()}`;

function document(symbol: string, ...operative: string[]): UnDocument {
	return resolution(
		{ symbol, title: 'A test resolution', date: '2009-12-18', resolutionNumber: symbol.slice(6) },
		[part('resolution', { operative: operative.map((text, index) => op(index + 1, text)) })],
	);
}

describe('sessionMentionsOf', () => {
	it('finds a session named with a congress in its clause', () => {
		const mentions = sessionMentionsOf(
			document(
				'A/RES/1/1',
				`Requests the ${commission} to accord sufficient time at its eighteenth session to reviewing the progress made in the preparations for the Twelfth Congress;`,
			),
		);
		expect(
			mentions.map((mention) => [mention.identity, mention.congresses, mention.source.citation]),
		).toEqual([[eighteenth, [{ congress: 12, basis: 'clause' }], 'A/RES/1/1, para. 1']]);
	});
	it('reads "the Commission" as the full name its document gives, and "the eighteenth session of the Commission"', () => {
		const mentions = sessionMentionsOf(
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
		expect(mentions.map((mention) => [mention.identity, mention.source.citation])).toEqual([
			[eighteenth, 'A/RES/1/2, preambular para. 2'],
			[eighteenth, 'A/RES/1/2, para. 1'],
		]);
	});
	it('leaves out a session named with no congress around it', () => {
		expect(
			sessionMentionsOf(
				document(
					'A/RES/1/3',
					`Invites the ${commission} at its eighteenth session to consider the matter;`,
				),
			),
		).toEqual([]);
	});
	it('does not take the session of another body for the Commission’s', () => {
		expect(
			sessionMentionsOf(
				document(
					'A/RES/1/4',
					`Requests the ${commission} to report through the Economic and Social Council to the General Assembly at its sixty-fifth session on the Twelfth Congress;`,
				),
			),
		).toEqual([]);
	});
});

describe('withSessionMentions', () => {
	const session: TimelineEvent = {
		kind: 'meeting',
		what: `eighteenth session of the ${commission}`,
		date: { start: '2009-04-16', end: '2009-04-24', precision: 'day' },
		place: 'Vienna',
		congresses: [],
		document: null,
		sources: [
			{
				symbol: 'A/RES/2/2',
				address: null,
				citation: 'A/RES/2/2, para. 29',
				permalink: '/A/RES/2/2/#op29',
			},
		],
	};
	const mention = {
		identity: eighteenth,
		congresses: [{ congress: 12, basis: 'clause' as const }],
		source: {
			symbol: 'A/RES/1/1',
			address: null,
			citation: 'A/RES/1/1, para. 1',
			permalink: '/A/RES/1/1/#op1',
		},
	};
	const order = new Map([
		['/A/RES/1/1/#op1', 0],
		['/A/RES/2/2/#op29', 1],
	]);

	it('ties the dated session to the congress its undated mention names, citing the mention in corpus order', () => {
		const [joined] = withSessionMentions([session], [mention], order);
		expect(joined?.congresses).toEqual([{ congress: 12, basis: 'clause' }]);
		expect(joined?.sources.map((source) => source.citation)).toEqual([
			'A/RES/1/1, para. 1',
			'A/RES/2/2, para. 29',
		]);
	});
	it('leaves an event that is no session, or another session, as it is', () => {
		const nineteenth = { ...session, what: `nineteenth session of the ${commission}` };
		const congress = { ...session, what: 'Twelfth Congress' };
		expect(withSessionMentions([nineteenth, congress], [mention], order)).toEqual([
			nineteenth,
			congress,
		]);
	});
});
