import { describe, expect, it } from 'vitest';
import {
	earlierResolution,
	resolutionReference,
	resolutionsReference,
	topic,
	type Drafting,
} from './clauses.ts';
import { seededRandom } from './random.ts';

const assembly: Drafting = { organ: 'General Assembly', session: 75, year: 2020 };

describe('earlierResolution', () => {
	it('never names a resolution a benchmark corpus holds: no generated session or year, no real seed', () => {
		const random = seededRandom(4);
		const numbers = Array.from(
			{ length: 2000 },
			(_, draw) =>
				earlierResolution(
					random,
					draw % 2 === 0 ? 'General Assembly' : 'Economic and Social Council',
				).number,
		);
		const inCorpus = numbers.filter((number) => {
			const [session = 0] = number.split('/').map(Number);
			const generated = (session >= 70 && session < 100) || session >= 2016;
			return generated || ['64/179', '64/180', '65/230', '2007/17'].includes(number);
		});
		expect(inCorpus).toEqual([]);
	});
});

describe('resolutionReference', () => {
	it('calls a resolution of the same organ its own', () => {
		const recalled = {
			organ: 'General Assembly',
			number: '58/140',
			date: '22 December 2003',
		} as const;
		expect(resolutionReference(assembly, recalled)).toBe(
			'its resolution 58/140 of 22 December 2003',
		);
	});

	it('names the organ of another organ’s resolution', () => {
		const recalled = {
			organ: 'Economic and Social Council',
			number: '2011/33',
			date: '28 July 2011',
		} as const;
		expect(resolutionReference(assembly, recalled)).toBe(
			'Economic and Social Council resolution 2011/33 of 28 July 2011',
		);
	});
});

describe('resolutionsReference', () => {
	it('lists several resolutions oldest first, the last after "and"', () => {
		const random = seededRandom(9);
		for (let draw = 0; draw < 200; draw++) {
			const words = resolutionsReference(random, assembly, 'General Assembly');
			const numbers = [...words.matchAll(/(\d+)\/(\d+) of/g)].map(
				([, session = 0, serial = 0]) => Number(session) * 1000 + Number(serial),
			);
			expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
			if (numbers.length > 1) expect(words).toMatch(/^its resolutions .* and \d+\/\d+ of /);
		}
	});
});

describe('topic', () => {
	it('rarely draws the same topic twice: its slots multiply into thousands', () => {
		const random = seededRandom(2);
		const topics = Array.from({ length: 2000 }, () => topic(random));
		expect(new Set(topics).size).toBeGreaterThan(1600);
	});
});
