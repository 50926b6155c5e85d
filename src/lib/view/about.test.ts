import { describe, expect, it } from 'vitest';
import { documentSourcesOf, firstAddedDates } from './about.ts';
import { resolutionDocument, resolutionMeta } from '../../../tests/support/model-builders.ts';

describe('documentSourcesOf', () => {
	it('names each seed, its shape and its sources, and counts what each rule set aside', () => {
		const extracted = resolutionDocument([], {
			file: 'A_RES_80_1.v1.3.0.md',
			shape: 'flowed',
			meta: resolutionMeta({ symbol: 'A/RES/80/1' }),
			provenance: {
				record_id: '4089279',
				extract_version: '1.3.0',
				extracted_at: '2026-02-28T18:33:11Z',
			},
			setAside: [
				{ rule: 'metadata', what: 'symbol', text: 'A/RES/80/1', at: { line: 12, column: 1 } },
				{ rule: 'page-furniture', what: 'page number', text: '2/3', at: { line: 40, column: 1 } },
				{ rule: 'page-furniture', what: 'page number', text: '3/3', at: { line: 80, column: 1 } },
			],
		});
		const seed = resolutionDocument([], {
			file: '000.txt',
			shape: 'ods',
			meta: resolutionMeta({ symbol: 'A/RES/64/180' }),
		});
		const [first, second] = documentSourcesOf([extracted, seed]);
		expect(first?.symbol).toBe('A/RES/64/180');
		expect(first?.shape).toBe('UN ODS text');
		expect(first?.extracted).toBeNull();
		expect(first?.sources).toEqual([]);
		expect(second?.seed).toBe('A_RES_80_1.v1.3.0.md');
		expect(second?.extracted).toBe('2026-02-28T18:33:11Z, extraction version 1.3.0');
		expect(second?.sources.map((source) => source.href)).toEqual([
			'https://digitallibrary.un.org/record/4089279',
		]);
		expect(second?.setAside).toEqual({
			'ods-marker': 0,
			'page-furniture': 2,
			markup: 0,
			metadata: 1,
		});
	});
});

describe('firstAddedDates', () => {
	const log = [
		'\u00012026-11-25\n\nseeds/b.txt\n',
		'\u00012026-11-24\n\nseeds/a.txt\nseeds/c.md\n',
		'\u00012026-11-23\n\nseeds/a.txt\n',
	].join('');

	it('dates each file by the oldest commit that added it', () => {
		const dates = firstAddedDates(log);
		expect(dates.get('seeds/a.txt')).toBe('2026-11-23');
		expect(dates.get('seeds/b.txt')).toBe('2026-11-25');
		expect(dates.get('seeds/c.md')).toBe('2026-11-24');
		expect(dates.size).toBe(3);
	});

	it('dates nothing from an empty log or a line that is not a date', () => {
		expect(firstAddedDates('').size).toBe(0);
		expect(firstAddedDates('\u0001not a date\n\nseeds/a.txt\n').size).toBe(0);
	});
});
