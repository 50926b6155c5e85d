import { describe, expect, it } from 'vitest';
import { callReader } from './calls.ts';
import type { Span } from './lines.ts';
import { startOf, type Unit } from './paragraphs.ts';
import { partsOf } from './parts.ts';

function unitsOf(...texts: string[]): Unit[] {
	return texts.map((text, index) => {
		const span: Span = { line: index + 1, column: 1, text };
		return { spans: [span], start: startOf(text) };
	});
}

function read(...texts: string[]) {
	return partsOf(unitsOf(...texts), { file: 'x.md', calls: callReader([], 'x.md'), setAside: [] });
}

describe('partsOf', () => {
	it('reads the opening, preamble, numbered paragraphs and closing lines', () => {
		const { parts, meta } = read(
			'The General Assembly,',
			'Recalling its resolution 70/1,',
			'1. Decides to proclaim 5 September;',
			'2. Requests the Secretary-General to report.',
			'51st plenary meeting 26 November 2025',
		);
		const [part] = parts;
		expect(part?.preamble.map((paragraph) => paragraph.leadPhrase)).toEqual(['Recalling']);
		expect(part?.operative.map((paragraph) => paragraph.printedLabel)).toEqual(['1.', '2.']);
		expect(part?.closing.map((run) => run.text)).toEqual([
			'51st plenary meeting',
			'26 November 2025',
		]);
		expect(meta.plenaryMeeting).toBe(51);
	});

	it('reads lettered items and roman ones under them', () => {
		const { parts } = read(
			'The General Assembly,',
			'1. Decides:',
			'(a) To support;',
			'(i) Within;',
			'(b) To enhance.',
		);
		const items = parts[0]?.operative[0]?.items ?? [];
		expect(items.map((item) => [item.label, item.items.map((sub) => sub.label)])).toEqual([
			['a', ['i']],
			['b', []],
		]);
	});

	it('refuses a gap in the numbered paragraphs', () => {
		expect(() => read('The General Assembly,', '1. Decides;', '3. Requests.')).toThrow(
			/paragraph 3 stands after paragraph 1/,
		);
	});

	it('keeps a heading as a heading, before the paragraph that follows it', () => {
		const [resolution] = read(
			'The General Assembly,',
			'Recalling,',
			'Peacebuilding Commission',
			'1. Decides.',
		).parts;
		expect(resolution?.preamble).toHaveLength(1);
		expect(resolution?.headings?.map((heading) => [heading.text[0]?.text, heading.before])).toEqual(
			[['Peacebuilding Commission', { list: 'preamble', index: 1 }]],
		);
	});

	it('reads an annex heading run into its title', () => {
		const { parts } = read(
			'The General Assembly',
			'Adopts the Declaration annexed to the present resolution.',
			'28th plenary meeting 4 November 2025',
			'Annex 2025 Political Declaration',
			'1. We, the States Members of the United Nations, welcome the plan.',
		);
		expect(parts[1]?.heading?.text).toBe('Annex');
		expect(parts[1]?.title.map((run) => run.text)).toEqual(['2025 Political Declaration']);
		expect(parts[0]?.operative[0]?.printedLabel).toBeNull();
	});
});
