import { describe, expect, it } from 'vitest';
import {
	leadPhraseSplit,
	passagePieces,
	permalinkPieces,
	sharePagesOf,
	shortened,
} from './share.ts';
import {
	call,
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';

describe('shortened', () => {
	it('leaves a text within the limit as it is', () => {
		expect(shortened('Invites Governments to act;', 40)).toBe('Invites Governments to act;');
	});

	it('cuts a long text at the last word that fits and marks the cut', () => {
		const cut = shortened(
			'Invites Governments to take into consideration the Salvador Declaration',
			30,
		);
		expect(cut).toBe('Invites Governments to take…');
		expect(cut.length).toBeLessThanOrEqual(30);
	});

	it('cuts inside a word only when no space falls in the second half of the limit', () => {
		expect(shortened('Intergovernmental-expert-group on cybercrime', 20)).toBe(
			'Intergovernmental-e…',
		);
	});
});

describe('leadPhraseSplit', () => {
	it('splits the lead phrase off the start of the text', () => {
		expect(leadPhraseSplit('Also requests the Secretary-General', 'Also requests')).toEqual({
			before: '',
			lead: 'Also requests',
			after: ' the Secretary-General',
		});
	});

	it('keeps an opening quotation mark before the phrase, as a draft resolution prints it', () => {
		expect(leadPhraseSplit('“Emphasizing the responsibility', 'Emphasizing')).toEqual({
			before: '“',
			lead: 'Emphasizing',
			after: ' the responsibility',
		});
	});

	it('finds nothing when the phrase does not open the text', () => {
		expect(leadPhraseSplit('The Assembly, recalling its resolution', 'recalling')).toBeNull();
		expect(leadPhraseSplit('Takes note of the report', null)).toBeNull();
	});
});

describe('sharePagesOf', () => {
	const document = resolutionDocument([
		resolutionPart(
			[paragraph('preambular', 1, [run('Recalling its resolution 63/193,')], 'Recalling')],
			[
				paragraph('operative', 1, [run('Takes note of the report;'), call(1)], 'Takes note'),
				paragraph('operative', 2, [run('Requests the Secretary-General to report.')], 'Requests'),
			],
		),
	]);
	const pages = sharePagesOf(document);

	it('makes one page per citable passage, in the order of the document', () => {
		expect(pages.map((page) => page.shared.anchor)).toEqual(['pp1', 'op1', 'op2']);
	});

	it('gives each page the contract’s citation, permalink and share address', () => {
		expect(pages[1]?.shared).toMatchObject({
			citation: 'A/RES/99/1, para. 1',
			permalink: '/A/RES/99/1/#op1',
			sharePage: '/A/RES/99/1/op1/',
		});
	});

	it('sets each page between its neighbours, none before the first or after the last', () => {
		expect(pages.map((page) => [page.before?.anchor ?? null, page.after?.anchor ?? null])).toEqual([
			[null, 'op1'],
			['pp1', 'op2'],
			['op1', null],
		]);
	});

	it('describes the card with the passage’s text, footnote calls left out', () => {
		expect(pages[1]?.description).toBe('Takes note of the report;');
	});
});

describe('sharePagesOf on a document with footnotes', () => {
	const document = resolutionDocument(
		[
			resolutionPart(
				[paragraph('preambular', 1, [run('Recalling the Convention,'), call(1)], 'Recalling')],
				[
					paragraph('operative', 1, [run('Takes note of the report;'), call(2)], 'Takes note'),
					paragraph('operative', 2, [run('Requests a report.')], 'Requests'),
				],
			),
		],
		{
			footnotes: [
				{ number: 1, content: [run('Resolution 46/152, annex.')], at: { line: 9, column: 1 } },
				{ number: 2, content: [run('E/CN.15/2009/9.')], at: { line: 10, column: 1 } },
			],
		},
	);
	const pages = sharePagesOf(document);
	const pageOf = (anchor: string) => pages.find((page) => page.shared.anchor === anchor);

	it('sets a footnote beside the passage that calls it, not the last paragraph of the text', () => {
		expect(pageOf('fn1')?.calledIn.map((passage) => passage.anchor)).toEqual(['pp1']);
		expect(pageOf('fn2')?.calledIn.map((passage) => passage.anchor)).toEqual(['op1']);
		expect(pageOf('fn1')?.before).toBeNull();
		expect(pageOf('fn1')?.after).toBeNull();
	});

	it('ends the text’s last paragraph with no footnote after it', () => {
		expect(pageOf('op2')?.after).toBeNull();
		expect(pageOf('op2')?.calledIn).toEqual([]);
	});
});

describe('permalinkPieces', () => {
	it('breaks a permalink after its slashes and keeps its anchor whole', () => {
		expect(permalinkPieces('/A/RES/64/180/#op5')).toEqual([
			'/',
			'A/',
			'RES/',
			'64/',
			'180/',
			'#op5',
		]);
		expect(permalinkPieces('/A/RES/65/230/#annex-op42').at(-1)).toBe('#annex-op42');
	});

	it('joins back into the permalink', () => {
		expect(permalinkPieces('/E/RES/2007/17/#draft-op6').join('')).toBe('/E/RES/2007/17/#draft-op6');
		expect(permalinkPieces('/A/67/97/').join('')).toBe('/A/67/97/');
	});
});

describe('passagePieces', () => {
	const at = { line: 1, column: 1 };

	it('sets the lead phrase and publication titles apart and links web addresses, keeping every character', () => {
		const content = [
			{ kind: 'text' as const, text: 'Taking note of the study,', at },
			{ kind: 'footnote-call' as const, footnote: 4, occurrence: 1, at },
			{
				kind: 'text' as const,
				text: ' see United Nations, Treaty Series, vol. 2225, and www.coe.int/trafficking.',
				at,
			},
		];
		const segments = passagePieces(content, 'Taking note');
		expect(segments).toEqual([
			{
				kind: 'text',
				pieces: [
					{ kind: 'lead', text: 'Taking note' },
					{ kind: 'plain', text: ' of the study,' },
				],
			},
			content[1],
			{
				kind: 'text',
				pieces: [
					{ kind: 'plain', text: ' see ' },
					{ kind: 'title', text: 'United Nations, Treaty Series' },
					{ kind: 'plain', text: ', vol. 2225, and ' },
					{
						kind: 'link',
						text: 'www.coe.int/trafficking',
						href: 'https://www.coe.int/trafficking',
					},
					{ kind: 'plain', text: '.' },
				],
			},
		]);
	});
});
