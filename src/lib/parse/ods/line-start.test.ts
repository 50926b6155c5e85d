import { describe, expect, it } from 'vitest';
import { odsLineStartOf } from './line-start.ts';

describe('odsLineStartOf', () => {
	it('takes the number off an operative paragraph, its text starting after the tab', () => {
		expect(odsLineStartOf({ line: 15, text: '\t1.\tTakes note of the report;2' })).toEqual({
			quote: null,
			label: { kind: 'number', number: 1, printed: '1.', at: { line: 15, column: 2 } },
			rest: { kind: 'text', text: 'Takes note of the report;2', at: { line: 15, column: 5 } },
			whole: { kind: 'text', text: '1.\tTakes note of the report;2', at: { line: 15, column: 2 } },
		});
	});

	it('takes the label off an item', () => {
		expect(odsLineStartOf({ line: 13, text: '\t\t(ii)\tThe review;' }).label).toEqual({
			kind: 'item',
			label: 'ii',
			printed: '(ii)',
			at: { line: 13, column: 3 },
		});
	});

	it('keeps the opening quotation mark of a quoted draft paragraph apart, before its number', () => {
		const start = odsLineStartOf({ line: 13, text: '\t"1.\tTakes note;' });
		expect(start.quote).toEqual({ kind: 'text', text: '"', at: { line: 13, column: 2 } });
		expect(start.label?.at).toEqual({ line: 13, column: 3 });
		expect(start.rest.at).toEqual({ line: 13, column: 6 });
	});

	it('finds no label in a preambular paragraph, nor in a year that opens one', () => {
		expect(
			odsLineStartOf({ line: 8, text: '\tRecalling its resolution 56/119,' }).label,
		).toBeNull();
		expect(odsLineStartOf({ line: 8, text: '\t2010. A year of action' }).label).toBeNull();
	});
});
