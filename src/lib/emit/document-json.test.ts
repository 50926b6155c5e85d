import { describe, expect, it } from 'vitest';
import { documentJson } from './document-json.ts';
import { agreedLanguageOf } from '../match/corpus.ts';
import {
	paragraph,
	resolutionDocument,
	resolutionMeta,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';

const requests =
	'Requests the Secretary-General to report to the General Assembly at its next session;';
const invites =
	'Invites Member States and other donors to support the preparations for the Congress;';

const document = resolutionDocument([
	resolutionPart(
		[paragraph('preambular', 1, [run('Recalling its resolution 46/152,')], 'Recalling')],
		[
			paragraph('operative', 1, [run(requests)], 'Requests'),
			paragraph('operative', 2, [run('Decides to remain seized of the matter.')], 'Decides'),
		],
	),
]);
// A resolution of the next year that repeats op 1 with one word changed and op 2 of the first word for word.
const next = resolutionDocument(
	[
		resolutionPart(
			[],
			[
				paragraph('operative', 1, [run(invites)], 'Invites'),
				paragraph('operative', 2, [run(requests.replace('next', 'sixty-fifth'))], 'Requests'),
			],
		),
	],
	{
		meta: resolutionMeta({ symbol: 'A/RES/100/1', resolutionNumber: '100/1', date: '2010-12-21' }),
	},
);
const agreed = agreedLanguageOf([document, next], () => []);

describe('documentJson', () => {
	it('keeps the model and lists each passage with its anchor and both forms of its citation', () => {
		const json = documentJson(document, agreed);
		expect(json.meta).toEqual(document.meta);
		expect(json.parts).toEqual(document.parts);
		const operative = json.passages.find((passage) => passage.anchor === 'op1');
		expect(json.passages.map((passage) => passage.anchor)).toEqual(['pp1', 'op1', 'op2']);
		expect(operative?.citation).toBe('A/RES/99/1, para. 1');
		expect(operative?.fullCitation).toBe(
			'General Assembly resolution 99/1 of 18 December 2009, para. 1',
		);
		expect(operative?.permalink).toBe('/A/RES/99/1/#op1');
	});

	it('gives a paragraph its later occurrence, with the words changed and their difference', () => {
		const op1 = documentJson(document, agreed).passages.find((passage) => passage.anchor === 'op1');
		expect(op1?.agreedLanguage?.earlier).toEqual([]);
		const [later] = op1?.agreedLanguage?.later ?? [];
		expect(later?.label).toBe('Close to A/RES/100/1, para. 2 (2010) — 1 word changed');
		expect(later?.permalink).toBe('/A/RES/100/1/#op2');
		expect(later?.diff).toEqual([
			{
				kind: 'kept',
				text: 'Requests the Secretary-General to report to the General Assembly at its',
			},
			{ kind: 'deleted', text: 'next' },
			{ kind: 'inserted', text: 'sixty-fifth' },
			{ kind: 'kept', text: 'session' },
		]);
	});

	it('gives the later paragraph the earlier one, the difference read from its own side', () => {
		const op2 = documentJson(next, agreed).passages.find((passage) => passage.anchor === 'op2');
		const [earlier] = op2?.agreedLanguage?.earlier ?? [];
		expect(earlier?.citation).toBe('A/RES/99/1, para. 1');
		const changed = earlier?.diff.filter((run) => run.kind !== 'kept');
		expect(changed).toHaveLength(2);
		expect(changed).toEqual(
			expect.arrayContaining([
				{ kind: 'deleted', text: 'sixty-fifth' },
				{ kind: 'inserted', text: 'next' },
			]),
		);
	});

	it('lists the oldest three and newest three of a formula repeated in twenty resolutions, and counts the rest', () => {
		const repeats = Array.from({ length: 20 }, (_, k) =>
			resolutionDocument(
				[resolutionPart([], [paragraph('operative', 1, [run(requests)], 'Requests')])],
				{
					meta: resolutionMeta({
						symbol: `A/RES/${101 + k}/1`,
						resolutionNumber: `${101 + k}/1`,
						date: `${2011 + k}-12-18`,
					}),
				},
			),
		);
		const corpus = agreedLanguageOf([document, ...repeats], () => []);
		const history = documentJson(document, corpus).passages.find(
			(passage) => passage.anchor === 'op1',
		)?.agreedLanguage;
		expect(history?.later.map((match) => match.date.slice(0, 4))).toEqual([
			...['2011', '2012', '2013'],
			...['2028', '2029', '2030'],
		]);
		expect(history?.omitted).toBe(14);
	});

	it('says whom each operative paragraph asks to act, and nothing of a preambular one', () => {
		const json = documentJson(next, agreed);
		expect(json.passages.find((passage) => passage.anchor === 'op1')?.addressees).toEqual([
			{ name: 'Member States', listed: true },
			{ name: 'other donors', listed: true },
		]);
		const first = documentJson(document, agreed);
		expect(first.passages.find((passage) => passage.anchor === 'op2')?.addressees).toEqual([]);
		expect(first.passages.find((passage) => passage.anchor === 'pp1')?.addressees).toBeUndefined();
	});

	it('names no predecessor for a resolution that shares one paragraph and names none', () => {
		expect(documentJson(next, agreed).changes).toBeNull();
	});
});
