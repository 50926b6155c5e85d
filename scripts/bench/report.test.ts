import { describe, expect, it } from 'vitest';
import {
	firstQueryTable,
	growthTable,
	matchFindingsOf,
	matchTable,
	ratioToFloor,
	sizeTable,
	timeTable,
	type BenchRun,
} from './report.ts';

const stage = (wallSeconds: number, cpuSeconds: number, mebibytes: number) => ({
	wallSeconds,
	cpuSeconds,
	peakRssBytes: mebibytes * 1024 * 1024,
});
const size = { bytes: 2 * 1024 * 1024, files: 10 };
const run: BenchRun = {
	documents: 1000,
	pages: 60_000,
	records: 61_000,
	convert: stage(2, 2.5, 300),
	match: {
		...stage(30, 29, 900),
		paragraphs: 40_000,
		comparisons: 9_000_000,
		matched: 30_000,
		predecessors: 850,
	},
	edit: { ...stage(1.5, 1.8, 290), written: 2 },
	watchedEdits: [0.4, 0.2, 0.9, 0.3, 0.25],
	build: stage(50, 70, 2000),
	astro: stage(36, 52, 1800),
	sideBySide: stage(13, 9, 400),
	index: stage(10, 12, 500),
	floor: {
		astro: stage(20, 25, 1000),
		index: stage(5, 6, 400),
		output: size,
		searchIndex: size,
	},
	output: { bytes: 4 * 1024 * 1024, files: 100 },
	searchIndex: size,
	documentPage: { bytes: 40_000, gzipBytes: 8_000 },
	homePage: { bytes: 120_000, gzipBytes: 20_000 },
	firstQuery: {
		query: 'trafficking',
		bytes: 250_000,
		requests: 9,
		byKind: { wasm: { bytes: 60_000, requests: 1 }, fragment: { bytes: 190_000, requests: 8 } },
		facets: { bytes: 30_000, requests: 6 },
	},
};

describe('ratioToFloor', () => {
	it('gives a figure as a multiple of its floor, to two places', () => {
		expect(ratioToFloor(52, 25)).toBe('2.08×');
	});

	it('gives a dash when the floor is zero', () => {
		expect(ratioToFloor(3, 0)).toBe('–');
	});
});

describe('timeTable', () => {
	it('puts Astro, as its process measures itself, beside the floor’s Astro build', () => {
		expect(timeTable([run])).toContain(
			'| 1,000 | Astro build | 36.00 | 52.00 | 1800.0 | 20.00 / 25.00 / 1000.0 | 1.80× | 2.08× | 1.80× |',
		);
	});

	it('gives the share pages and the index side by side the build’s CPU less Astro’s and both peaks added', () => {
		expect(timeTable([run])).toContain(
			'| 1,000 | share pages and search index, side by side | 13.00 | 18.00 | 900.0 | – | – | – | – |',
		);
		expect(timeTable([run])).toContain(
			'| 1,000 | search index alone | 10.00 | 12.00 | 500.0 | 5.00 / 6.00 / 400.0 | 2.00× | 2.00× | 1.25× |',
		);
	});

	it('takes as the whole build’s peak the two stages side by side when they hold more than Astro', () => {
		const table = timeTable([{ ...run, sideBySide: stage(13, 9, 1700) }]);
		expect(table).toContain(
			'| 1,000 | **whole build** (convert + build) | 52.00 | 72.50 | 2200.0 | 25.00 / 31.00 / 1000.0 | 2.08× | 2.34× | 2.20× |',
		);
	});

	it('adds convert to the build for the whole, against the floor’s Astro and index together', () => {
		expect(timeTable([run])).toContain(
			'| 1,000 | **whole build** (convert + build) | 52.00 | 72.50 | 2000.0 | 25.00 / 31.00 / 1000.0 | 2.08× | 2.34× | 2.00× |',
		);
	});

	it('gives dashes for the floor of a run built without one', () => {
		const table = timeTable([{ ...run, floor: null }]);
		expect(table).toContain('| 1,000 | Astro build | 36.00 | 52.00 | 1800.0 | – | – | – | – |');
		expect(table).toContain(
			'| 1,000 | **whole build** (convert + build) | 52.00 | 72.50 | 2000.0 | – | – | – | – |',
		);
	});

	it('gives convert’s rate in documents a second and the files an edit rewrote', () => {
		const table = timeTable([run]);
		expect(table).toContain('convert (500 docs/s)');
		expect(table).toContain('(2 files written)');
	});

	it('gives the watched edits’ median, and their number and range', () => {
		expect(timeTable([run])).toContain(
			'| 1,000 | re-convert after editing one seed, the converter watching (median of 5 edits: 0.20 to 0.90 s) | 0.30 | – |',
		);
	});
});

describe('sizeTable', () => {
	it('gives sizes in MiB beside the floor’s, pages in kB, the first query’s and the filters’ requests', () => {
		expect(sizeTable([run])).toContain(
			'| 1,000 | 60,000 | 61,000 | 4.0 (2.0) | 2.00× | 2.0 (2.0) | 40.0 (8.0) | 120.0 (20.0) | 250.0 (9) | 30.0 (6) |',
		);
	});
});

describe('sizeTable without a floor', () => {
	it('gives the site’s own sizes and dashes for the floor’s', () => {
		expect(sizeTable([{ ...run, floor: null }])).toContain(
			'| 1,000 | 60,000 | 61,000 | 4.0 (–) | – | 2.0 (–) | 40.0 (8.0) |',
		);
	});
});

describe('growthTable', () => {
	// 4,000 documents more than `run`: 40 s more wall, 80 s more CPU, 400 MiB more memory …
	const larger: BenchRun = {
		...run,
		documents: 5000,
		convert: stage(10, 10.5, 300),
		build: stage(82, 142, 2400),
		output: { bytes: 4 * 1024 * 1024 + 8_000_000, files: 500 },
		searchIndex: { bytes: size.bytes + 400_000, files: 10 },
		firstQuery: { ...run.firstQuery, bytes: 254_000 },
	};

	it('gives what each added document cost, between consecutive sizes, whatever the order given', () => {
		const perDocument = (400 * 1024 * 1024) / 1000 / 4000;
		expect(growthTable([larger, run])).toContain(
			`| 1,000 → 5,000 | 10.0 | 20.0 | ${perDocument.toFixed(1)} | 2.0 | 0.1 | 1.0 |`,
		);
	});

	it('has no row for a single size', () => {
		expect(growthTable([run]).split('\n')).toHaveLength(2);
	});
});

describe('firstQueryTable', () => {
	it('gives the bytes and requests of each kind of file, a dash for kinds not fetched', () => {
		expect(firstQueryTable([run])).toContain(
			'| 1,000 | trafficking | – | – | 60.0 kB (1) | – | – | – | 190.0 kB (8) | – | 250.0 kB (9) |',
		);
	});
});

describe('matchFindingsOf', () => {
	it('reads back what the agreed-language stage printed', () => {
		expect(
			matchFindingsOf(
				'agreed language: 100 documents, 4035 paragraphs, 929764 pairs compared, 3114 paragraphs with a match, 85 predecessors (5829 paragraphs set against them); load 0.74 s',
			),
		).toMatchObject({ paragraphs: 4035, comparisons: 929_764, matched: 3114, predecessors: 85 });
	});

	it('reads the generated and the real documents’ figures apart where the stage printed them', () => {
		const findings = matchFindingsOf(
			'agreed language: 70 documents, 2062 paragraphs, 30785 pairs compared, 517 paragraphs with a match, 12 predecessors (792 paragraphs set against them); load 0.26 s\n' +
				'generated documents: 522 paragraphs, 279 with a match (53.4 %), 580 matches, 279 with a match among generated documents\n' +
				'real documents: 1540 paragraphs, 238 with a match (15.5 %), 952 matches, 238 with a match among real documents',
		);
		expect([findings.generated?.matched, findings.real?.matched]).toEqual([279, 238]);
	});
});

describe('matchTable', () => {
	it('gives what the stage found and what it cost, per size', () => {
		expect(matchTable([run])).toContain(
			'| 1,000 | 40,000 | 9,000,000 | 30,000 | – | – | 850 | 30.00 | 29.00 | 900.0 |',
		);
	});

	it('gives the share of each origin’s paragraphs with a match and the matches each has', () => {
		const generated = { paragraphs: 200, matched: 30, matches: 90, matchedWithin: 30 };
		expect(matchTable([{ documents: 70, match: { ...run.match, generated } }])).toContain(
			'| 30,000 | 15.0 % (3.0) | – | 850 |',
		);
	});
});

describe('timeTable with agreed language', () => {
	it('shows the agreed-language stage alone, without a floor', () => {
		expect(timeTable([run])).toContain(
			'| 1,000 | agreed language alone (also inside the Astro build) | 30.00 | 29.00 | 900.0 | – | – | – | – |',
		);
	});
});
