import { describe, expect, it } from 'vitest';
import { isRule, runningHeadOf, trailingRuleIndex } from './furniture.ts';

const title = 'International Day of the World’s Indigenous Women and Girls';

describe('runningHeadOf', () => {
	it('reads a head that starts with the symbol', () => {
		expect(runningHeadOf(`A/RES/80/10 ${title}`, 'A/RES/80/10', title)).toBe('with symbol');
	});

	it('reads a head that ends with the symbol', () => {
		expect(runningHeadOf(`${title} A/RES/80/10`, 'A/RES/80/10', title)).toBe('with symbol');
	});

	it('reads the bare title standing alone as a head the extraction left in the text', () => {
		expect(runningHeadOf('Regional disarmament', 'A/RES/80/27', 'Regional disarmament')).toBe(
			'title only',
		);
	});

	it('takes no sentence that names the symbol for a head', () => {
		expect(runningHeadOf('Recalls A/RES/80/10 and its annex;', 'A/RES/80/10', title)).toBeNull();
	});
});

describe('isRule', () => {
	it('reads three hyphens alone on a line as a rule', () => {
		expect(isRule('---')).toBe(true);
	});
});

describe('trailingRuleIndex', () => {
	it('finds a rule run onto the end of a paragraph', () => {
		const text = 'Population and Development,10 ---';
		expect(text.slice(trailingRuleIndex(text))).toBe('---');
	});

	it('finds none in a line without one', () => {
		expect(trailingRuleIndex('Recalling its resolution 70/1,')).toBe(-1);
	});
});
