import { describe, expect, it } from 'vitest';
import { goToAnchor, goToChoices, type GoToChoice } from './go-to.ts';
import type { Paragraph, ResolutionPart } from '../model.ts';
import {
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';

const preambular = (count: number): Paragraph[] =>
	Array.from({ length: count }, (_, index) =>
		paragraph('preambular', index + 1, [run('Recalling something,')]),
	);
const operative = (first: number, last: number): Paragraph[] =>
	Array.from({ length: last - first + 1 }, (_, index) =>
		paragraph('operative', first + index, [run('Decides something;')]),
	);

function annex(index: number): ResolutionPart {
	return {
		...resolutionPart(preambular(8), operative(1, 55)),
		kind: 'annex',
		index,
		heading: run('Annex'),
		closing: [],
	};
}

const declaration = {
	label: 'Annex, paragraph',
	kind: 'operative',
	part: { kind: 'annex', index: 1, count: 1 },
	first: 1,
	last: 55,
} as const satisfies GoToChoice;

describe('goToChoices', () => {
	it('offers each part’s operative and preambular paragraphs, named by part', () => {
		const choices = goToChoices(
			resolutionDocument([resolutionPart(preambular(7), operative(1, 18)), annex(1)]),
		);
		expect(choices.map((choice) => [choice.label, choice.first, choice.last])).toEqual([
			['Resolution, paragraph', 1, 18],
			['Resolution, preambular paragraph', 1, 7],
			['Annex, paragraph', 1, 55],
			['Annex, preambular paragraph', 1, 8],
		]);
	});

	it('names no part when the document has only one', () => {
		const choices = goToChoices(
			resolutionDocument([resolutionPart(preambular(2), operative(1, 9))]),
		);
		expect(choices.map((choice) => choice.label)).toEqual(['Paragraph', 'Preambular paragraph']);
	});

	it('names the resolution apart from the draft resolution it recommends', () => {
		const draft: ResolutionPart = {
			...resolutionPart(preambular(8), operative(1, 13)),
			kind: 'draft',
			index: 1,
			closing: [],
		};
		const choices = goToChoices(
			resolutionDocument([resolutionPart([], operative(1, 1), { parts: [draft] })]),
		);
		expect(choices.map((choice) => choice.label)).toEqual([
			'Resolution, paragraph',
			'Draft resolution, paragraph',
			'Draft resolution, preambular paragraph',
		]);
	});

	it('numbers annexes as citations do when there are several', () => {
		const choices = goToChoices(
			resolutionDocument([resolutionPart([], operative(1, 2)), annex(1), annex(2)]),
		);
		expect(choices.map((choice) => choice.label)).toContain('Annex II, paragraph');
	});
});

describe('goToAnchor', () => {
	it('finds the contract anchor of an annex paragraph', () => {
		expect(goToAnchor(declaration, '42')).toBe('annex-op42');
		expect(goToAnchor(declaration, ' 42. ')).toBe('annex-op42');
	});

	it('reads the items of a list as citations write them', () => {
		expect(goToAnchor(declaration, '5 (a)')).toBe('annex-op5-a');
		expect(goToAnchor(declaration, '5(a)(ii)')).toBe('annex-op5-a-ii');
		expect(goToAnchor({ label: 'Paragraph', kind: 'report', first: 1, last: 40 }, '9 (3)')).toBe(
			'para9-3',
		);
	});

	it('finds no paragraph outside the part’s numbers or in words that are no number', () => {
		expect(goToAnchor(declaration, '56')).toBeNull();
		expect(goToAnchor(declaration, '0')).toBeNull();
		expect(goToAnchor(declaration, 'twelve')).toBeNull();
		expect(goToAnchor(declaration, '')).toBeNull();
		expect(goToAnchor(declaration, `1 ${'a'.repeat(50_000)}!`)).toBeNull();
	});
});
