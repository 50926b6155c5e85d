import { describe, expect, it } from 'vitest';
import { tableOfContents } from './contents.ts';
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

function annex(index: number, extra: Partial<ResolutionPart> = {}): ResolutionPart {
	return {
		...resolutionPart(preambular(2), operative(1, 3)),
		kind: 'annex',
		index,
		heading: run('Annex'),
		closing: [],
		...extra,
	};
}

describe('tableOfContents', () => {
	it('lists the resolution with its preamble and the range of its operative paragraphs', () => {
		const entries = tableOfContents(
			resolutionDocument([resolutionPart(preambular(7), operative(1, 18))]),
		);
		expect(entries).toEqual([
			{
				label: 'Resolution',
				anchor: 'part-resolution',
				children: [
					{ label: 'Preamble (7 paragraphs)', anchor: 'pp1', children: [] },
					{ label: 'Operative paragraphs 1–18', anchor: 'op1', children: [] },
				],
			},
		]);
	});

	it('lists the headings printed among an annex’s paragraphs, at their contract anchors', () => {
		const declaration = annex(1, {
			headings: [
				{ text: [run('A call to action')], before: { list: 'operative', index: 1 } },
				{ text: [run('Follow-up')], before: { list: 'operative', index: 3 } },
			],
		});
		const entries = tableOfContents(
			resolutionDocument([resolutionPart([], operative(1, 1)), declaration]),
		);
		expect(entries[1]?.children.slice(-2)).toEqual([
			{ label: 'A call to action', anchor: 'annex-sec1', children: [] },
			{ label: 'Follow-up', anchor: 'annex-sec2', children: [] },
		]);
	});

	it('names a sole operative paragraph in the singular', () => {
		const [resolution] = tableOfContents(resolutionDocument([resolutionPart([], operative(1, 1))]));
		expect(resolution?.children).toEqual([
			{ label: 'Operative paragraph', anchor: 'op1', children: [] },
		]);
	});

	it('names an annex by its printed heading and title, with anchors inside the annex', () => {
		const declaration = annex(1, { title: [run('Salvador Declaration')] });
		const entries = tableOfContents(
			resolutionDocument([resolutionPart([], operative(1, 2)), declaration]),
		);
		expect(entries[1]).toMatchObject({
			label: 'Annex: Salvador Declaration',
			anchor: 'part-annex',
			children: [
				{ label: 'Preamble (2 paragraphs)', anchor: 'annex-pp1' },
				{ label: 'Operative paragraphs 1–3', anchor: 'annex-op1' },
			],
		});
	});

	it('numbers the anchors of each annex when there are two', () => {
		const entries = tableOfContents(
			resolutionDocument([resolutionPart([], operative(1, 1)), annex(1), annex(2)]),
		);
		expect(entries.slice(1).map((entry) => [entry.anchor, entry.children[1]?.anchor])).toEqual([
			['part-annex1', 'annex1-op1'],
			['part-annex2', 'annex2-op1'],
		]);
	});

	it('nests a recommended draft resolution under the resolution that recommends it', () => {
		const draft: ResolutionPart = {
			...resolutionPart(preambular(1), operative(1, 6)),
			kind: 'draft',
		};
		const [resolution] = tableOfContents(
			resolutionDocument([resolutionPart([], operative(1, 1), { parts: [draft] })]),
		);
		expect(resolution?.children[1]).toMatchObject({
			label: 'Draft resolution',
			anchor: 'part-draft',
			children: [
				{ label: 'Preamble (1 paragraph)', anchor: 'draft-pp1' },
				{ label: 'Operative paragraphs 1–6', anchor: 'draft-op1' },
			],
		});
	});

	it('lists a report’s summary and the range of its numbered paragraphs', () => {
		const report = resolutionDocument([], {
			report: {
				heading: null,
				summaryHeading: null,
				summary: [run('The present report…')],
				paragraphs: [paragraph('report', 1, [run('a')]), paragraph('report', 24, [run('b')])],
			},
		});
		expect(tableOfContents(report)).toEqual([
			{ label: 'Summary', anchor: 'summary', children: [] },
			{ label: 'Paragraphs 1–24', anchor: 'para1', children: [] },
		]);
	});

	it('ends with the footnotes, counted, when there are any', () => {
		const footnote = { number: 1, content: [run('See A/64/1.')], at: { line: 1, column: 1 } };
		const entries = tableOfContents(
			resolutionDocument([resolutionPart([], operative(1, 1))], {
				footnotes: [footnote, { ...footnote, number: 2 }],
			}),
		);
		expect(entries.at(-1)).toEqual({ label: 'Footnotes (2)', anchor: 'footnotes', children: [] });
	});
});
