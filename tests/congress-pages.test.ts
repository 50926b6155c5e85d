/**
 * The congress pages of a built site: each at its contract address, its facts and its timeline
 * citing paragraphs that exist, the background its texts recall listed apart from its timeline,
 * its timeline.json the same events as its page; and a document added to the seeds that says
 * where and when a congress was held reaches that congress's page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	type CongressOrdinal,
	congressPath,
	congressTimelinePath,
	congressesPath,
} from '../src/lib/contract.ts';
import type { TimelineJson } from '../src/lib/timeline/json.ts';
import { statesDateIn } from '../src/lib/timeline/check.ts';
import { findDates } from '../src/lib/timeline/dates.ts';
import { buildSite, builtPages, fileForPath, type BuiltPage } from './support/site-files.ts';

const site = 'test-results/congress-site';
const dohaSeeds = 'test-results/congress-doha-seeds';
const dohaContent = 'test-results/congress-doha-content';
const dohaSite = 'test-results/congress-doha-site';
let pages: BuiltPage[] = [];
let dohaPages: BuiltPage[] = [];

beforeAll(() => {
	buildSite(site);
	pages = builtPages(site);
	// The seeds as they are, and one document more: the fixture that says the Thirteenth Congress was held in Doha.
	for (const directory of [dohaSeeds, dohaContent])
		rmSync(directory, { recursive: true, force: true });
	mkdirSync(dohaSeeds, { recursive: true });
	cpSync('seeds', dohaSeeds, { recursive: true });
	cpSync('tests/fixtures/congress-seeds/doha.md', join(dohaSeeds, 'doha.md'));
	execFileSync(process.execPath, ['scripts/convert.ts', dohaSeeds, dohaContent], { stdio: 'pipe' });
	buildSite(dohaSite, dohaContent);
	dohaPages = builtPages(dohaSite);
});

function page(path: string, from: readonly BuiltPage[] = pages): HTMLElement {
	const found = from.find((candidate) => candidate.path === path);
	if (found === undefined) throw new Error(`no page at ${path}`);
	return found.root;
}

function timelineJsonOf(directory: string, ordinal: CongressOrdinal): TimelineJson {
	const file = fileForPath(directory, congressTimelinePath(ordinal));
	if (file === null) throw new Error(`no ${congressTimelinePath(ordinal)}`);
	return JSON.parse(readFileSync(join(directory, file), 'utf8')) as TimelineJson;
}

/** The events of a page's timeline: the datetimes of its <time> elements, its words and its links. */
function timelineOfPage(
	root: HTMLElement,
): { datetimes: string[]; text: string; links: string[] }[] {
	return root.querySelectorAll('ol.timeline > li').map((item) => ({
		datetimes: item.querySelectorAll('time').map((time) => time.getAttribute('datetime') ?? ''),
		text: item.text,
		links: item.querySelectorAll('a').map((link) => link.getAttribute('href') ?? ''),
	}));
}

/** The events of a page's background list, read as its timeline's are. */
function backgroundOfPage(
	root: HTMLElement,
): { datetimes: string[]; text: string; links: string[] }[] {
	return root.querySelectorAll('ol.timeline-background > li').map((item) => ({
		datetimes: item.querySelectorAll('time').map((time) => time.getAttribute('datetime') ?? ''),
		text: item.text,
		links: item.querySelectorAll('a').map((link) => link.getAttribute('href') ?? ''),
	}));
}

/** The first event of `events` whose dates are `datetimes` and whose words include `words`. */
function eventAt<T extends { datetimes: string[]; text: string }>(
	events: readonly T[],
	datetimes: readonly string[],
	words: string,
): T | undefined {
	return events.find(
		(event) => event.datetimes.join(' ') === datetimes.join(' ') && event.text.includes(words),
	);
}

/** The links of the definition that follows a term of the facts list. */
function factLinks(root: HTMLElement, term: string): string[] {
	const group = root
		.querySelectorAll('.congress-facts > div')
		.find((div) => div.querySelector('dt')?.text === term);
	return (group?.querySelectorAll('dd a') ?? []).map((link) => link.getAttribute('href') ?? '');
}

const ordinals: CongressOrdinal[] = ['twelfth', 'thirteenth'];

describe('congress pages', () => {
	it('put each congress at its contract address, named as the texts name it', () => {
		expect(page(congressPath('twelfth')).querySelector('h1')?.text).toBe(
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		);
		expect(page(congressPath('thirteenth')).querySelector('h1')?.text).toBe(
			'Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
		);
	});

	it('give the Twelfth Congress its dates and place, citing A/RES/64/180, preambular para. 6', () => {
		const root = page(congressPath('twelfth'));
		const when = root
			.querySelectorAll('.congress-facts dd time')
			.map((time) => time.getAttribute('datetime'));
		expect(when.slice(0, 2)).toEqual(['2010-04-12', '2010-04-19']);
		expect(factLinks(root, 'When and where')).toContain('/A/RES/64/180/#pp6');
		expect(factLinks(root, 'Declaration')[0]).toBe('/A/RES/65/230/#annex-pp1');
	});

	it('give the Thirteenth Congress its host, its seven agenda items and four workshops, each citing A/67/97', () => {
		const root = page(congressPath('thirteenth'));
		expect(factLinks(root, 'Host')).toContain('/A/RES/65/230/#op16');
		expect(factLinks(root, 'Provisional agenda')).toEqual(
			[1, 2, 3, 4, 5, 6, 7].map((item) => `/A/67/97/#para9-${item}`),
		);
		expect(factLinks(root, 'Workshops')).toEqual(
			['a', 'b', 'c', 'd'].map((item) => `/A/67/97/#para10-${item}`),
		);
	});

	it('draw each timeline as a list of events, each with a <time datetime> and a cited paragraph', () => {
		for (const ordinal of ordinals) {
			const events = timelineOfPage(page(congressPath(ordinal)));
			expect(events.length, ordinal).toBeGreaterThan(0);
			for (const event of events) {
				expect(event.datetimes.length, event.text).toBeGreaterThan(0);
				expect(event.links.length, event.text).toBeGreaterThan(0);
			}
		}
	});

	it('list the events in date order, a year never before an earlier one', () => {
		for (const ordinal of ordinals) {
			const years = timelineOfPage(page(congressPath(ordinal))).map(
				(event) => event.datetimes[0]?.slice(0, 4) ?? '',
			);
			expect(years, ordinal).toEqual([...years].sort());
		}
	});

	it('put the Twelfth Congress after the resolution that prepared it and before the one that followed it up', () => {
		const events = timelineOfPage(page(congressPath('twelfth')));
		const at = (href: string): number => events.findIndex((event) => event.links.includes(href));
		const congress = events.findIndex(
			(event) => event.datetimes.join(' ') === '2010-04-12 2010-04-19',
		);
		expect(congress).toBeGreaterThan(at('/A/RES/64/180/'));
		expect(congress).toBeLessThan(at('/A/RES/65/230/'));
	});

	it('show a year stated as a year as a year', () => {
		const events = timelineOfPage(page(congressPath('thirteenth')));
		const congress = events.find(
			(event) => event.links.includes('/A/RES/65/230/#op16') && event.text.includes('Thirteenth'),
		);
		expect(congress?.datetimes).toEqual(['2015']);
	});

	it('cite paragraphs that exist, at their anchors', () => {
		for (const ordinal of ordinals) {
			for (const href of page(congressPath(ordinal))
				.querySelectorAll('main a')
				.map((link) => link.getAttribute('href') ?? '')) {
				const url = new URL(href, 'http://site/');
				const file = fileForPath(site, url.pathname);
				expect(file, href).not.toBeNull();
				if (url.hash === '') continue;
				const target = pages.find((built) => built.file === file);
				expect(
					target?.root.getElementById(decodeURIComponent(url.hash.slice(1))),
					href,
				).not.toBeNull();
			}
		}
	});
});

describe('a congress’s own timeline and its background', () => {
	// The events the issue asks for, as the seeds date them: [congress, datetimes, words of the label].
	const story: [CongressOrdinal, string[], string][] = [
		['twelfth', ['2006-08-15', '2006-08-18'], 'Lessons Learned'],
		['twelfth', ['2007-07-26'], 'resolution 2007/17'],
		['twelfth', ['2008-12-18'], 'resolution 63/193'],
		['twelfth', ['2009-04-16', '2009-04-24'], 'Eighteenth session'],
		['twelfth', ['2009-03-23', '2009-03-25'], 'Model Strategies'],
		['twelfth', ['2009-11-23', '2009-11-26'], 'women in detention'],
		['twelfth', ['2009-11-24', '2009-11-26'], 'cultural property'],
		['twelfth', ['2010-02-08', '2010-02-10'], 'crime data'],
		['twelfth', ['2009-12-18'], 'resolution 64/180'],
		['twelfth', ['2010-04-12', '2010-04-19'], 'Twelfth United Nations Congress'],
		['twelfth', ['2010-05'], 'Nineteenth session'],
		['twelfth', ['2011'], 'Twentieth session'],
		['twelfth', ['2010-12-21'], 'resolution 65/230'],
		['thirteenth', ['2010-12-21'], 'resolution 65/230'],
		['thirteenth', ['2012'], 'A/67/97'],
		['thirteenth', ['2012'], 'Twenty-first session'],
		['thirteenth', ['2013'], 'Twenty-second session'],
		['thirteenth', ['2014'], 'Regional preparatory meetings'],
		['thirteenth', ['2015'], 'Thirteenth United Nations Congress'],
	];
	// What the resolutions only recall: the grounds of 1948–2000 and a budget biennium.
	const recalled: [string[], string][] = [
		[['1948-08-13'], 'resolution 155 C (VII)'],
		[['1950-12-01'], 'resolution 415 (V)'],
		[['1991-12-18'], 'resolution 46/152'],
		[['2000-09-08'], 'Millennium Declaration'],
		[['2008', '2009'], 'Programme budget for the biennium 2008-2009'],
	];

	it('keep every event the issue lists on the timeline of its congress', () => {
		for (const [ordinal, datetimes, words] of story)
			expect(
				eventAt(timelineOfPage(page(congressPath(ordinal))), datetimes, words),
				`${ordinal}: ${words}`,
			).toBeDefined();
	});

	it('leave the decisions the resolutions recall off the Twelfth Congress’s timeline', () => {
		const events = timelineOfPage(page(congressPath('twelfth')));
		for (const [datetimes, words] of recalled)
			expect(eventAt(events, datetimes, words), words).toBeUndefined();
	});

	it('list them under their own heading after the timeline, dated and cited', () => {
		const root = page(congressPath('twelfth'));
		expect(root.querySelector('#background')?.text).toBe('Background the texts recall');
		const background = backgroundOfPage(root);
		for (const [datetimes, words] of recalled) {
			const event = eventAt(background, datetimes, words);
			expect(event, words).toBeDefined();
			expect(event?.links.length, words).toBeGreaterThan(0);
		}
		expect(background.length).toBeLessThan(timelineOfPage(root).length);
	});

	it('give the Thirteenth Congress as background only resolution 56/119, which A/67/97 recalls for it', () => {
		const background = backgroundOfPage(page(congressPath('thirteenth')));
		expect(background.map((event) => event.datetimes)).toEqual([['2001-12-19']]);
		expect(background[0]?.text).toContain('General Assembly resolution 56/119');
		expect(timelineJsonOf(site, 'thirteenth').background.map((event) => event.what)).toEqual([
			'General Assembly resolution 56/119',
		]);
	});
});

describe('timeline.json', () => {
	it('holds the same events as the page, in the same order, with the same dates and sources', () => {
		for (const ordinal of ordinals) {
			const json = timelineJsonOf(site, ordinal);
			const events = timelineOfPage(page(congressPath(ordinal)));
			expect(
				json.events.map((event) => [
					event.date.start,
					[...event.sources, ...event.mentions, ...event.reckonedFrom].map(
						(source) => source.permalink,
					),
				]),
			).toEqual(events.map((event) => [event.datetimes[0], event.links]));
			for (const [index, event] of json.events.entries())
				expect(events[index]?.text).toContain(event.what);
		}
	});
});

describe('timeline.json’s background', () => {
	it('holds the same events as the page’s background list, in the same order, with the same sources', () => {
		const json = timelineJsonOf(site, 'twelfth');
		const events = backgroundOfPage(page(congressPath('twelfth')));
		expect(
			json.background.map((event) => [
				event.date.start,
				[...event.sources, ...event.mentions, ...event.reckonedFrom].map(
					(source) => source.permalink,
				),
			]),
		).toEqual(events.map((event) => [event.datetimes[0], event.links]));
	});
	it('says in the file what its lists and fields hold', () => {
		const json = timelineJsonOf(site, 'twelfth');
		expect(Object.keys(json.lists).sort()).toEqual(['background', 'events', 'fields', 'undated']);
		expect(json.lists.events).toContain('own timeline');
		expect(json.lists.background).toContain('recall');
	});
});

describe('what each event cites', () => {
	/** The text of the element a site-relative link lands on. */
	function landing(href: string): string {
		const url = new URL(href, 'http://site/');
		const file = fileForPath(site, url.pathname);
		const target = pages.find((built) => built.file === file);
		return target?.root.getElementById(decodeURIComponent(url.hash.slice(1)))?.text ?? '';
	}

	it('links as "Stated in" only paragraphs that give the event’s date', () => {
		for (const ordinal of ordinals) {
			for (const item of page(congressPath(ordinal)).querySelectorAll('ol.timeline > li')) {
				const [start, end] = item
					.querySelectorAll('.timeline-when time')
					.map((time) => time.getAttribute('datetime') ?? '');
				const precision =
					(start ?? '').length === 4 ? 'year' : (start ?? '').length === 7 ? 'month' : 'day';
				const date = { start: start ?? '', end: end ?? null, precision } as const;
				const stated = item
					.querySelectorAll('.sources')
					.find((line) => line.text.startsWith('Stated in:'));
				for (const link of stated?.querySelectorAll('a') ?? []) {
					const href = link.getAttribute('href') ?? '';
					if (!href.includes('#')) continue;
					expect(statesDateIn(landing(href), date), `${item.text}: ${href}`).toBe(true);
				}
			}
		}
	});
	it('gives the Twelfth Congress’s days and place from the paragraphs that say them, and E/RES/2007/17’s "in 2010" as a mention', () => {
		const congress = timelineOfPage(page(congressPath('twelfth'))).find(
			(event) => event.datetimes.join(' ') === '2010-04-12 2010-04-19',
		);
		expect(congress?.text).toMatch(
			/Stated in: A\/RES\/64\/180, preambular para\. 6; A\/RES\/65\/230, para\. 1; A\/RES\/65\/230, annex, preambular para\. 1/,
		);
		expect(congress?.text).toContain(
			'Also named in: E/RES/2007/17, draft resolution, preambular para. 8 (gives 2010)',
		);
		expect(factLinks(page(congressPath('twelfth')), 'When and where')).not.toContain(
			'/E/RES/2007/17/#draft-pp8',
		);
		expect(findDates(landing('/E/RES/2007/17/#draft-pp8')).map((found) => found.text)).toEqual([
			'1 December 1950',
			'18 December 1991',
			'2010',
		]);
	});
});

describe('each event’s status and date', () => {
	it('says in words whether it was held, or is only planned or proposed', () => {
		const statusOf = (ordinal: CongressOrdinal, words: string): string | undefined =>
			page(congressPath(ordinal))
				.querySelectorAll('ol.timeline > li')
				.find((item) => item.querySelector('.timeline-what')?.text.includes(words))
				?.querySelector('.timeline-status')?.text;
		expect(statusOf('twelfth', 'Twelfth United Nations Congress')).toBe('Held');
		expect(statusOf('twelfth', 'resolution 63/193')).toBe('Adopted');
		expect(statusOf('thirteenth', 'Thirteenth United Nations Congress')).toBe('Planned');
		expect(statusOf('thirteenth', 'Regional preparatory meetings')).toBe('Proposed in a draft');
	});
	it('says that the Thirteenth Congress’s theme and provisional agenda are only proposed', () => {
		const root = page(congressPath('thirteenth'));
		const group = (term: string) =>
			root
				.querySelectorAll('.congress-facts > div')
				.find((div) => div.querySelector('dt')?.text === term);
		expect(group('Theme')?.text).toContain('Proposed in a draft');
		expect(group('Provisional agenda')?.text).toContain(
			'Proposed in a draft resolution, not yet decided.',
		);
	});
	it('writes a year-only date once where the axis shows the year: the event says "Year only"', () => {
		const congress = page(congressPath('thirteenth'))
			.querySelectorAll('ol.timeline > li')
			.find((item) => item.querySelector('.timeline-what')?.text.startsWith('Thirteenth'));
		expect(congress?.getAttribute('data-year')).toBe('2015');
		expect(congress?.querySelector('.timeline-axis-note')?.text).toBe('Year only');
		// The date stays in the markup, for a reader without the axis (a phone, a screen reader).
		expect(congress?.querySelector('.timeline-date-on-axis time')?.getAttribute('datetime')).toBe(
			'2015',
		);
	});
	it('lists the events named without a date under their own heading', () => {
		const root = page(congressPath('twelfth'));
		expect(root.querySelector('#undated')?.text).toBe('Named without a date');
		const named = root.querySelectorAll('ul.timeline-undated > li').map((item) => item.text);
		expect(
			named.some((text) => text.startsWith('General Assembly resolution 62/173 (Adopted)')),
		).toBe(true);
		expect(
			named.some((text) => text.startsWith('Regional preparatory meetings for the Twelfth')),
		).toBe(true);
	});
});

describe('timeline.json’s ids and statuses', () => {
	it('gives each event an id made of its date, kind and label, unique in the file, and a status', () => {
		for (const ordinal of ordinals) {
			const json = timelineJsonOf(site, ordinal);
			const all = [...json.events, ...json.background, ...json.undated];
			const ids = all.map((event) => event.id);
			expect(new Set(ids).size, ordinal).toBe(ids.length);
			for (const event of all) {
				expect(event.id).toMatch(/^(?:\d{4}(?:-\d\d){0,2}|undated)\.[a-z]+\.[a-z0-9-]+$/);
				expect(['happened', 'planned', 'proposed']).toContain(event.status);
			}
		}
		expect(timelineJsonOf(site, 'twelfth').events.map((event) => event.id)).toContain(
			'2010-04-12.meeting.twelfth-united-nations-congress-on-crime-prevention-and-criminal-justice',
		);
	});
});

describe('the lists of documents', () => {
	const listed = (
		root: HTMLElement,
		section: string,
	): { heading: string; symbols: string[]; dates: string[] }[] =>
		(
			root
				.querySelector(`section[aria-labelledby="${section}"]`)
				?.querySelectorAll('ul.document-list') ?? []
		).map((list) => {
			let heading = list.previousElementSibling;
			while (heading !== null && !/^H[34]$/.test(heading.tagName))
				heading = heading.previousElementSibling;
			return {
				heading: heading?.text ?? '',
				symbols: list.querySelectorAll('.document-list-symbol').map((symbol) => symbol.text),
				dates: list.querySelectorAll('time').map((time) => time.getAttribute('datetime') ?? ''),
			};
		});

	it('list each of the five documents once by congress on the home page, with no heading for the Eleventh Congress', () => {
		const lists = listed(page('/'), 'by-congress');
		const symbols = lists.flatMap((list) => list.symbols);
		expect(symbols.sort()).toEqual([
			'A/67/97',
			'A/RES/64/179',
			'A/RES/64/180',
			'A/RES/65/230',
			'E/RES/2007/17',
		]);
		expect(lists.map((list) => list.heading)).toEqual([
			'Twelfth Congress',
			'Thirteenth Congress',
			'Other documents',
		]);
	});
	it('list each of the five documents once by organ and year, the Secretary-General’s report under the Assembly, marked as a report', () => {
		const root = page('/');
		const lists = listed(root, 'by-organ');
		expect(lists.flatMap((list) => list.symbols).sort()).toEqual([
			'A/67/97',
			'A/RES/64/179',
			'A/RES/64/180',
			'A/RES/65/230',
			'E/RES/2007/17',
		]);
		const organs = root
			.querySelectorAll('section[aria-labelledby="by-organ"] h3')
			.map((heading) => heading.text);
		expect(organs).toEqual(['General Assembly', 'Economic and Social Council']);
		const report = root
			.querySelectorAll('section[aria-labelledby="by-organ"] .document-list li')
			.find((item) => item.querySelector('.document-list-symbol')?.text === 'A/67/97');
		expect(report?.querySelector('.document-list-meta')?.text).toBe(
			'Report of the Secretary-General, 2012',
		);
	});
	it('order every list by date of adoption, oldest first', () => {
		for (const list of [...listed(page('/'), 'by-congress'), ...listed(page('/'), 'by-organ')])
			expect(list.dates, list.heading).toEqual([...list.dates].sort());
		for (const ordinal of ordinals) {
			const dates = page(congressPath(ordinal))
				.querySelectorAll('.congress-facts dt')
				.filter((term) => term.text === 'Documents about it')
				.flatMap((term) =>
					(term.parentNode?.querySelectorAll('time') ?? []).map(
						(time) => time.getAttribute('datetime') ?? '',
					),
				);
			expect(dates, ordinal).toEqual([...dates].sort());
		}
	});
	it('place each document alike on the home page and on its congress’s page', () => {
		const home = listed(page('/'), 'by-congress');
		for (const ordinal of ordinals) {
			const about = page(congressPath(ordinal))
				.querySelectorAll('.congress-facts > div')
				.find((div) => div.querySelector('dt')?.text === 'Documents about it');
			const symbols = (about?.querySelectorAll('a') ?? []).map((link) => link.text);
			const heading = ordinal === 'twelfth' ? 'Twelfth Congress' : 'Thirteenth Congress';
			expect(symbols, ordinal).toEqual(home.find((list) => list.heading === heading)?.symbols);
		}
		// A/RES/64/179 names the Twelfth Congress only in its text (para. 22): apart on both pages.
		expect(home.find((list) => list.heading === 'Other documents')?.symbols).toEqual([
			'A/RES/64/179',
		]);
		const naming = page(congressPath('twelfth'))
			.querySelectorAll('.congress-facts > div')
			.find((div) => div.querySelector('dt')?.text === 'Other documents that name it');
		expect(naming?.text).toContain('A/RES/64/179');
	});
});

describe('links to the congress pages', () => {
	it('lead from the home page and from the header of every page', () => {
		const home = page('/')
			.querySelectorAll('main a')
			.map((link) => link.getAttribute('href'));
		for (const ordinal of ordinals) expect(home).toContain(congressPath(ordinal));
		expect(page('/A/RES/64/180/').querySelector('header a[href="/congresses/"]')).not.toBeNull();
		const index = page(congressesPath)
			.querySelectorAll('main a')
			.map((link) => link.getAttribute('href'));
		expect(index).toEqual(ordinals.map(congressPath));
	});
});

describe('a document added to the seeds', () => {
	it('puts the Thirteenth Congress in Doha, 12–19 April 2015, on its page, citing the new paragraph', () => {
		const root = page(congressPath('thirteenth'), dohaPages);
		const congress = timelineOfPage(root).find((event) => event.links.includes('/A/RES/99/1/#op1'));
		expect(congress?.datetimes).toEqual(['2015-04-12', '2015-04-19']);
		expect(congress?.text).toContain('Doha');
		expect(factLinks(root, 'When and where')).toContain('/A/RES/99/1/#op1');
	});
	it('puts the same event in timeline.json', () => {
		const congress = timelineJsonOf(dohaSite, 'thirteenth').events.find((event) =>
			event.sources.some((source) => source.permalink === '/A/RES/99/1/#op1'),
		);
		expect([congress?.when, congress?.place]).toEqual(['12–19 April 2015', 'Doha']);
	});
});
