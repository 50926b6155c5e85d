/**
 * Facts a reader can check in the seeds: the events their texts state, read from `seeds/` through
 * the parsers, so the sentences are the documents' own words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UnDocument } from '../model.ts';
import { parseMarkdownText } from '../parse/markdown/document.ts';
import { parseSeed } from '../parse/seed.ts';
import { plainText } from '../inline.ts';
import { passagesOf } from '../passages.ts';
import { namesEventIn, namesPlaceIn, statesDateIn } from './check.ts';
import { formatTimelineDate } from './dates.ts';
import { extractTimeline } from './extract.ts';
import { congressFacts } from './facts.ts';
import { passageSource } from './mentions.ts';
import { congressTimeline, timelineOf } from './story.ts';
import type { TimelineEvent, UndatedEvent } from './types.ts';
import { timelineEntries } from './view.ts';

const seedFiles = [
	'000_173b05c339677b1f.txt',
	'001_c08265ac8f7350db.txt',
	'002_21c522268fe949fa.txt',
	'003_393f743abdb401da.txt',
	'004_b0b5272844028f10.txt',
];

/** A seed parsed as the converter parses it, with its sidecar when it has one. */
function seed(name: string): UnDocument {
	const file = `seeds/${name}`;
	const text = readFileSync(file, 'utf8');
	// parseSeed tells Markdown by a .md name, and this Markdown seed is named .txt: read it as Markdown.
	if (name.startsWith('002_')) return parseMarkdownText(text, file).document;
	const sidecarFile = file.replace(/\.txt$/, '.meta.yml');
	const sidecar = existsSync(sidecarFile)
		? { file: sidecarFile, text: readFileSync(sidecarFile, 'utf8') }
		: null;
	return parseSeed({ file, text, sidecar }).document;
}

const documents = seedFiles.map(seed);
const { events, undated } = extractTimeline(documents);
const passageTexts = new Map(
	documents.flatMap((document) =>
		passagesOf(document).map((passage) => [
			passageSource(document.meta.symbol, passage.address).permalink,
			plainText(passage.content),
		]),
	),
);

/** The events dated `when` whose label contains `words`. */
function stated(
	words: string,
	when: string,
	from: readonly TimelineEvent[] = events,
): TimelineEvent {
	const found = from.filter(
		(event) => event.what.includes(words) && formatTimelineDate(event.date) === when,
	);
	expect(found, `${words}, ${when}`).toHaveLength(1);
	const [first] = found;
	if (first === undefined) throw new Error(`no event ${words}, ${when}`);
	return first;
}

const citations = (event: TimelineEvent): string[] =>
	event.sources.map((source) => source.citation);
const mentioned = (event: Pick<TimelineEvent, 'mentions'>): string[] =>
	event.mentions.map(
		(mention) =>
			`${mention.source.citation}${mention.date === null ? '' : ` (${formatTimelineDate(mention.date)})`}`,
	);
/** The one event named without a date whose label is `what`. */
function named(what: string): UndatedEvent {
	const found = undated.filter((event) => event.what === what);
	expect(found, what).toHaveLength(1);
	const [first] = found;
	if (first === undefined) throw new Error(`no undated event ${what}`);
	return first;
}

describe('the seeds’ events', () => {
	it('include the expert group on lessons learned, Bangkok, 15–18 August 2006, from four passages', () => {
		const group = stated(
			'Intergovernmental Group of Experts on Lessons Learned',
			'15–18 August 2006',
		);
		expect(group.place).toBe('Bangkok');
		expect(citations(group)).toEqual([
			'E/RES/2007/17, draft resolution, para. 1',
			'A/RES/65/230, para. 14',
			'A/RES/65/230, footnote 9',
			'A/67/97, para. 2',
		]);
	});
	it('include ECOSOC resolution 2007/17, adopted on 26 July 2007', () => {
		expect(
			citations(stated('Economic and Social Council resolution 2007/17', '26 July 2007')),
		).toEqual(['E/RES/2007/17']);
	});
	it('include resolution 63/193, which decided the Twelfth Congress’s theme', () => {
		const decided = stated('General Assembly resolution 63/193', '18 December 2008');
		expect(decided.congresses.map((link) => link.congress)).toContain(12);
	});
	it('include the Commission’s eighteenth session, Vienna, 16–24 April 2009', () => {
		expect(
			stated(
				'Eighteenth session of the Commission on Crime Prevention and Criminal Justice',
				'16–24 April 2009',
			).place,
		).toBe('Vienna');
	});
	it('include the expert meetings of 2009 and 2010 that A/RES/65/230’s footnote 9 lists', () => {
		const listed = events.filter((event) =>
			event.sources.some((source) => source.citation === 'A/RES/65/230, footnote 9'),
		);
		expect(
			listed.map((event) => `${formatTimelineDate(event.date)}, ${event.place ?? ''}`),
		).toEqual([
			'15–18 August 2006, Bangkok',
			'23–25 March 2009, Bangkok',
			'23–26 November 2009, Bangkok',
			'24–26 November 2009, Vienna',
			'8–10 February 2010, Buenos Aires',
		]);
	});
	it('include A/RES/64/180, adopted on 18 December 2009 and recalled by A/RES/65/230', () => {
		expect(citations(stated('General Assembly resolution 64/180', '18 December 2009'))).toEqual([
			'A/RES/64/180',
			'A/RES/65/230, preambular para. 5',
		]);
	});
	it('include the Twelfth Congress, Salvador, Brazil, 12–19 April 2010', () => {
		const congress = stated(
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			'12–19 April 2010',
		);
		expect(congress.place).toBe('Salvador, Brazil');
		// E/RES/2007/17's draft, pp. 8, says only that it "is to be held in 2010": it names the
		// Congress, and is listed as naming it, but states neither its days nor its place.
		expect(citations(congress)).toEqual([
			'A/RES/64/180, preambular para. 6',
			'A/RES/65/230, para. 1',
			'A/RES/65/230, annex, preambular para. 1',
		]);
		expect(mentioned(congress)).toEqual([
			'E/RES/2007/17, draft resolution, preambular para. 8 (2010)',
		]);
	});
	it('include the Commission’s nineteenth session, Vienna, May 2010', () => {
		expect(
			stated(
				'Nineteenth session of the Commission on Crime Prevention and Criminal Justice',
				'May 2010',
			).place,
		).toBe('Vienna');
	});
	it('include A/RES/65/230, 21 December 2010, on the timelines of both congresses', () => {
		const adopted = stated('General Assembly resolution 65/230', '21 December 2010');
		expect(adopted.congresses.map((link) => link.congress)).toEqual([12, 13]);
	});
	it('include A/67/97, issued in 2012, regional preparatory meetings in 2014 and the Thirteenth Congress in 2015', () => {
		expect(stated('A/67/97', '2012').kind).toBe('issue');
		// A/67/97, para. 11: "regional preparatory meetings for the Thirteenth Congress", "those meetings … in 2014".
		expect(
			stated('Regional preparatory meetings for the Thirteenth Congress', '2014').congresses,
		).toEqual([{ congress: 13, basis: 'named' }]);
		const congress = stated(
			'Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
			'2015',
		);
		expect(citations(congress)).toEqual([
			'A/RES/65/230, para. 16',
			'A/RES/65/230, annex, para. 54',
		]);
	});
});

describe('the seeds’ congresses', () => {
	it('put the Commission’s eighteenth session on the Twelfth Congress’s timeline, for A/RES/64/180 ties it to the preparations', () => {
		const session = stated(
			'Eighteenth session of the Commission on Crime Prevention and Criminal Justice',
			'16–24 April 2009',
			timelineOf(events, 'twelfth'),
		);
		expect(mentioned(session)).toContain('A/RES/64/180, preambular para. 4');
	});
	it('put the Commission’s nineteenth session on the Twelfth Congress’s timeline, for it was to consider the Congress’s conclusions', () => {
		const session = stated(
			'Nineteenth session of the Commission on Crime Prevention and Criminal Justice',
			'May 2010',
			timelineOf(events, 'twelfth'),
		);
		// Only A/RES/64/179, para. 26 dates it: "at its nineteenth session, to be held in Vienna in May 2010".
		expect(citations(session)).toEqual(['A/RES/64/179, para. 26']);
		expect(mentioned(session)).toEqual([
			'A/RES/64/180, para. 18',
			'A/RES/65/230, preambular para. 5',
			'A/RES/65/230, preambular para. 7',
			'A/RES/65/230, para. 8',
		]);
	});
	it('put the expert group in Bangkok and the meetings of A/RES/65/230’s footnote 9 on the Twelfth Congress’s timeline', () => {
		const twelfth = timelineOf(events, 'twelfth');
		for (const [words, when] of [
			['Intergovernmental Group of Experts on Lessons Learned', '15–18 August 2006'],
			['Model Strategies and Practical Measures', '23–25 March 2009'],
			['treatment of women in detention', '23–26 November 2009'],
			['trafficking in cultural property', '24–26 November 2009'],
			['collection, reporting and analysis of crime data', '8–10 February 2010'],
		] as const) {
			stated(words, when, twelfth);
		}
	});
	it('put ECOSOC 2007/17, resolutions 63/193 and 64/180 and the Congress itself on the Twelfth Congress’s timeline', () => {
		const twelfth = timelineOf(events, 'twelfth');
		stated('Economic and Social Council resolution 2007/17', '26 July 2007', twelfth);
		stated('General Assembly resolution 63/193', '18 December 2008', twelfth);
		stated('General Assembly resolution 64/180', '18 December 2009', twelfth);
		expect(stated('Twelfth United Nations Congress', '12–19 April 2010', twelfth).place).toBe(
			'Salvador, Brazil',
		);
	});
	it('put A/RES/65/230, A/67/97, the regional preparatory meetings and the Congress on the Thirteenth Congress’s timeline, in that order', () => {
		const thirteenth = timelineOf(events, 'thirteenth');
		const listed = [
			stated('General Assembly resolution 65/230', '21 December 2010', thirteenth),
			stated('A/67/97', '2012', thirteenth),
			stated('Regional preparatory meetings for the Thirteenth Congress', '2014', thirteenth),
			stated('Thirteenth United Nations Congress', '2015', thirteenth),
		];
		expect(listed.map((event) => thirteenth.indexOf(event))).toEqual(
			[...listed.map((event) => thirteenth.indexOf(event))].sort((a, b) => a - b),
		);
	});
	it('put the Twelfth Congress on its own timeline between its preparations and its follow-up', () => {
		const whats = timelineOf(events, 'twelfth').map((event) => event.what);
		const congress = whats.indexOf(
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		);
		expect(whats.indexOf('General Assembly resolution 64/180')).toBeLessThan(congress);
		expect(whats.indexOf('General Assembly resolution 65/230')).toBeGreaterThan(congress);
	});
	it('give the Thirteenth Congress its host, theme, seven agenda items and four workshops', () => {
		const facts = congressFacts(documents, 'thirteenth');
		expect(facts.hosts.map((fact) => fact.text)).toEqual(['Qatar']);
		expect(facts.themes.map((fact) => fact.text)).toEqual([
			'Integrating crime prevention and criminal justice into the wider United Nations agenda to address social and economic challenges and to promote the rule of law at the national and international levels, and public participation',
		]);
		expect(facts.agenda.map((fact) => fact.sources[0]?.citation)).toEqual(
			[1, 2, 3, 4, 5, 6, 7].map((item) => `A/67/97, para. 9 (${item})`),
		);
		expect(facts.workshops.map((fact) => fact.sources[0]?.citation)).toEqual(
			['a', 'b', 'c', 'd'].map((item) => `A/67/97, para. 10 (${item})`),
		);
	});
	it('give the Twelfth Congress the Salvador Declaration annexed to A/RES/65/230', () => {
		const [declaration] = congressFacts(documents, 'twelfth').declarations;
		expect(declaration?.title).toMatch(
			/^Salvador Declaration on Comprehensive Strategies for Global Challenges/,
		);
		expect(declaration?.where.permalink).toBe('/A/RES/65/230/#annex-pp1');
	});
});

describe('the seeds’ stories and background', () => {
	const twelfth = congressTimeline(events, 'twelfth');
	const thirteenth = congressTimeline(events, 'thirteenth');

	it('keep every event the issue lists on the Twelfth Congress’s own timeline', () => {
		for (const [words, when] of [
			['Intergovernmental Group of Experts on Lessons Learned', '15–18 August 2006'],
			['Economic and Social Council resolution 2007/17', '26 July 2007'],
			['General Assembly resolution 63/193', '18 December 2008'],
			['Eighteenth session of the Commission', '16–24 April 2009'],
			['Model Strategies and Practical Measures', '23–25 March 2009'],
			['treatment of women in detention', '23–26 November 2009'],
			['trafficking in cultural property', '24–26 November 2009'],
			['collection, reporting and analysis of crime data', '8–10 February 2010'],
			['General Assembly resolution 64/180', '18 December 2009'],
			['Twelfth United Nations Congress', '12–19 April 2010'],
			['Nineteenth session of the Commission', 'May 2010'],
			['General Assembly resolution 65/230', '21 December 2010'],
		] as const) {
			stated(words, when, twelfth.story);
		}
	});
	it('keep every event the issue lists on the Thirteenth Congress’s own timeline', () => {
		expect(
			thirteenth.story.map((event) => `${formatTimelineDate(event.date)}: ${event.what}`),
		).toEqual([
			'21 December 2010: General Assembly resolution 65/230',
			'2012: Twenty-first session of the Commission on Crime Prevention and Criminal Justice',
			'2012: Report of the Secretary-General (A/67/97)',
			'2013: Twenty-second session of the Commission on Crime Prevention and Criminal Justice',
			'2014: Regional preparatory meetings for the Thirteenth Congress',
			'2015: Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
		]);
		// A/67/97, para. 7: "in accordance with its resolution 56/119, the Thirteenth Congress shall include …".
		expect(
			thirteenth.background.map((event) => `${formatTimelineDate(event.date)}: ${event.what}`),
		).toEqual(['19 December 2001: General Assembly resolution 56/119']);
	});
	it('list the decisions of 1948 to 2000 the resolutions recall, and a budget biennium, as background of the Twelfth Congress', () => {
		for (const [words, when] of [
			['Economic and Social Council resolution 155 C (VII)', '13 August 1948'],
			['General Assembly resolution 415 (V)', '1 December 1950'],
			['General Assembly resolution 46/152', '18 December 1991'],
			['United Nations Millennium Declaration', '8 September 2000'],
			['Programme budget for the biennium 2008-2009', '2008–2009'],
		] as const) {
			const recalled = stated(words, when, twelfth.background);
			expect(twelfth.story, `${words}, ${when}`).not.toContain(recalled);
		}
	});
	it('keep every event of the Twelfth Congress’s timeline in one of its two lists', () => {
		const both = [...twelfth.story, ...twelfth.background];
		expect(new Set(both)).toEqual(new Set(timelineOf(events, 'twelfth')));
		expect(new Set(both).size).toBe(both.length);
		expect(twelfth.background.length).toBeLessThan(twelfth.story.length);
	});
});

describe('the seeds’ sources', () => {
	const timelines = (['twelfth', 'thirteenth'] as const).flatMap((ordinal) => {
		const { story, background } = congressTimeline(events, ordinal);
		return [...story, ...background];
	});
	const textOf = (permalink: string): string => passageTexts.get(permalink) ?? '';

	it('cite for an event only passages that state its date, and its place when it has one', () => {
		for (const event of timelines) {
			for (const source of event.sources.filter((found) => found.address !== null)) {
				const where = `${event.what}: ${source.citation}`;
				expect(statesDateIn(textOf(source.permalink), event.date), where).toBe(true);
				if (event.place !== null)
					expect(namesPlaceIn(textOf(source.permalink), event.place), where).toBe(true);
			}
		}
	});
	it('cite as a source or a mention only passages that contain the event’s key words', () => {
		const cited = [
			...timelines.map((event) => ({ event, sources: event.sources })),
			...undated.map((event) => ({ event, sources: [] })),
		];
		for (const { event, sources } of cited) {
			const passages = [...sources, ...event.mentions.map((mention) => mention.source)].filter(
				(found) => found.address !== null,
			);
			for (const source of passages)
				expect(
					namesEventIn(textOf(source.permalink), event.what),
					`${event.what}: ${source.citation}`,
				).toBe(true);
		}
	});
	it('say when and where the Twelfth Congress was held only by the passages that say it', () => {
		const [held] = congressFacts(documents, 'twelfth', events).held;
		expect(held?.sources.map((source) => source.citation)).not.toContain(
			'E/RES/2007/17, draft resolution, preambular para. 8',
		);
	});
});

describe('the seeds’ labels', () => {
	it('start with a capital letter, whatever their first word in the text', () => {
		const lower = [...events, ...undated].filter((event) => !/^\p{Lu}/u.test(event.what));
		expect(lower.map((event) => event.what)).toEqual([]);
		expect(
			stated(
				'Meeting of the Intergovernmental Group of Experts on Lessons Learned',
				'15–18 August 2006',
			).what,
		).toBe(
			'Meeting of the Intergovernmental Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention and Criminal Justice',
		);
		expect(stated('Expert group on improving the collection', '8–10 February 2010').what).toBe(
			'Expert group on improving the collection, reporting and analysis of crime data',
		);
	});
	it('keep the quoted theme and agenda items as the texts write them', () => {
		expect(congressFacts(documents, 'twelfth', events).themes.map((fact) => fact.text)).toEqual([
			'Comprehensive strategies for global challenges: crime prevention and criminal justice systems and their development in a changing world',
		]);
	});
});

describe('the seeds’ order', () => {
	it('put the Commission’s seventeenth session, "in 2008", before resolution 63/193 of 18 December 2008', () => {
		const whats = timelineOf(events, 'twelfth').map((event) => event.what);
		expect(
			whats.indexOf(
				'Seventeenth session of the Commission on Crime Prevention and Criminal Justice',
			),
		).toBeLessThan(whats.indexOf('General Assembly resolution 63/193'));
	});
	it('never put an event dated by its year or month after a finer date within it', () => {
		for (const ordinal of ['twelfth', 'thirteenth'] as const) {
			const timeline = timelineOf(events, ordinal);
			for (const [index, event] of timeline.entries()) {
				if (event.date.precision === 'day') continue;
				const earlier = timeline.slice(0, index);
				expect(
					earlier.filter(
						(other) =>
							other.date.precision === 'day' && other.date.start.startsWith(event.date.start),
					),
					event.what,
				).toEqual([]);
			}
		}
	});
});

describe('the seeds’ events named but not dated', () => {
	it('include resolution 62/173, which A/67/97 says endorsed the Bangkok recommendations, on the Twelfth Congress’s page', () => {
		const resolution = named('General Assembly resolution 62/173');
		expect(resolution.status).toBe('happened');
		expect(mentioned(resolution)).toEqual(['A/RES/65/230, footnote 7', 'A/67/97, para. 2']);
		expect(congressTimeline(events, 'twelfth', undated).undated).toContain(resolution);
	});
	it('include resolution 66/179, whose action A/67/97 reports, on both congresses’ pages', () => {
		const resolution = named('General Assembly resolution 66/179');
		expect(mentioned(resolution)).toContain('A/67/97, para. 1');
		for (const ordinal of ['twelfth', 'thirteenth'] as const)
			expect(congressTimeline(events, ordinal, undated).undated, ordinal).toContain(resolution);
	});
	it('include the regional preparatory meetings for the Twelfth Congress, held: A/RES/65/230 recalls their conclusions', () => {
		const meetings = named(
			'Regional preparatory meetings for the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		);
		expect(meetings.status).toBe('happened');
		expect(mentioned(meetings)).toEqual([
			'A/RES/64/180, para. 2',
			'E/RES/2007/17, draft resolution, para. 5',
			'E/RES/2007/17, draft resolution, para. 11',
			'A/RES/65/230, annex, preambular para. 2',
		]);
	});
	it('date the Commission’s twentieth, twenty-first and twenty-second sessions by reckoning: it meets annually, its nineteenth in May 2010', () => {
		// A/RES/65/230, annex, para. 53: "the Commission … at its annual sessions"; A/RES/64/179, para. 26: "nineteenth session, to be held in Vienna in May 2010".
		for (const [ordinal, year] of [
			['Twentieth', '2011'],
			['Twenty-first', '2012'],
			['Twenty-second', '2013'],
		] as const) {
			const session = stated(
				`${ordinal} session of the Commission on Crime Prevention and Criminal Justice`,
				year,
			);
			expect(session.date.precision).toBe('year');
			expect(session.sources).toEqual([]);
			expect(session.reckonedFrom.map((source) => source.citation)).toEqual([
				'A/RES/64/179, para. 26',
				'A/RES/65/230, annex, para. 53',
			]);
		}
	});
	it('put the twentieth session on the Twelfth Congress’s timeline and the twenty-first and twenty-second on the Thirteenth’s', () => {
		const on = (ordinal: 'twelfth' | 'thirteenth') =>
			congressTimeline(events, ordinal).story.map((event) => event.what);
		expect(on('twelfth')).toContain(
			'Twentieth session of the Commission on Crime Prevention and Criminal Justice',
		);
		expect(on('thirteenth')).toEqual(
			expect.arrayContaining([
				'Twenty-first session of the Commission on Crime Prevention and Criminal Justice',
				'Twenty-second session of the Commission on Crime Prevention and Criminal Justice',
			]),
		);
	});
});

describe('the seeds’ statuses', () => {
	it('hold the Twelfth Congress held, A/RES/65/230 reporting it "held in Salvador"', () => {
		expect(stated('Twelfth United Nations Congress', '12–19 April 2010').status).toBe('happened');
	});
	it('hold the Thirteenth Congress planned, for only a resolution of 2010 dates it, in 2015', () => {
		expect(stated('Thirteenth United Nations Congress', '2015').status).toBe('planned');
	});
	it('hold what A/67/97 says a draft "would" do as proposed', () => {
		expect(stated('Regional preparatory meetings for the Thirteenth Congress', '2014').status).toBe(
			'proposed',
		);
		const facts = congressFacts(documents, 'thirteenth', events);
		expect(facts.themes.map((fact) => fact.status)).toEqual(['proposed']);
		expect(
			new Set(facts.agenda.map((fact) => `${fact.status} ${String(fact.provisional)}`)),
		).toEqual(new Set(['proposed true']));
	});
	it('hold what E/RES/2007/17’s draft asks for as proposed, and what it recalls as held', () => {
		expect(stated('Programme budget for the biennium 2010-2011', '2010–2011').status).toBe(
			'proposed',
		);
		expect(
			stated('Meeting of the Intergovernmental Group of Experts', '15–18 August 2006').status,
		).toBe('happened');
	});
	it('hold the Commission’s nineteenth session held, twentieth planned and twenty-second planned', () => {
		expect(stated('Nineteenth session', 'May 2010').status).toBe('happened');
		expect(stated('Twentieth session', '2011').status).toBe('planned');
		expect(stated('Twenty-second session', '2013').status).toBe('planned');
	});
});

describe('the seeds’ dates on the year axis', () => {
	it('say "Year only" for the Thirteenth Congress, for the axis shows 2015, and show the date of A/67/97, which follows another event of 2012', () => {
		const entries = timelineEntries(congressTimeline(events, 'thirteenth').story);
		const onAxis = entries.map((entry) => [formatTimelineDate(entry.event.date), entry.onAxis]);
		expect(onAxis).toEqual([
			['21 December 2010', null],
			['2012', 'Year reckoned'],
			['2012', null],
			['2013', 'Year reckoned'],
			['2014', 'Year only'],
			['2015', 'Year only'],
		]);
	});
});
