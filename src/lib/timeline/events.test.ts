import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../../tests/fixtures/timeline/corpus.ts';
import { dohaReport } from '../../../tests/fixtures/timeline/doha.ts';
import { inlineSegments } from '../inline.ts';
import { passagesOf } from '../passages.ts';
import { formatTimelineDate } from './dates.ts';
import { extractEvents, extractTimeline } from './extract.ts';
import { timelineJson } from './json.ts';
import { congressTimeline, timelineOf } from './story.ts';
import type { TimelineEvent } from './types.ts';

const events = extractEvents(corpus);

/** The one event whose label is `what` and whose date reads `when`. */
function event(what: string, when: string, from: readonly TimelineEvent[] = events): TimelineEvent {
	const found = from.filter(
		(candidate) => candidate.what === what && formatTimelineDate(candidate.date) === when,
	);
	expect(found, `${what}, ${when}`).toHaveLength(1);
	const [first] = found;
	if (first === undefined) throw new Error(`no event ${what}, ${when}`);
	return first;
}

const citations = (found: TimelineEvent): string[] =>
	found.sources.map((source) => source.citation);
const mentioned = (found: Pick<TimelineEvent, 'mentions'>): string[] =>
	found.mentions.map(
		(mention) =>
			`${mention.source.citation}${mention.date === null ? '' : ` (${formatTimelineDate(mention.date)})`}`,
	);
const congresses = (found: TimelineEvent): number[] =>
	found.congresses.map((link) => link.congress);

describe('the fixture corpus', () => {
	it('is the seeds’ own words', () => {
		const seeds = readdirSync('seeds')
			.filter((name) => name.endsWith('.txt'))
			.map((name) => readFileSync(`seeds/${name}`, 'utf8'))
			.join('\n')
			.replace(/<sup>\d+<\/sup>|\*/g, '')
			.replace(/\s+/g, ' ');
		for (const document of corpus) {
			for (const passage of passagesOf(document)) {
				for (const segment of inlineSegments(passage.content)) {
					const text = segment.kind === 'text' ? segment.text.trim() : `${segment.footnote}`;
					expect(seeds.includes(text), `${document.meta.symbol}: ${text}`).toBe(true);
				}
			}
		}
	});
});

describe('extractEvents: what the seeds state', () => {
	it('dates each document by its adoption or issue, with the document as source', () => {
		const adopted = event('General Assembly resolution 64/180', '18 December 2009');
		expect(adopted.kind).toBe('adoption');
		expect(adopted.document).toBe('A/RES/64/180');
		expect(adopted.sources[0]).toEqual({
			symbol: 'A/RES/64/180',
			address: null,
			citation: 'A/RES/64/180',
			permalink: '/A/RES/64/180/',
		});
		expect(event('Economic and Social Council resolution 2007/17', '26 July 2007').kind).toBe(
			'adoption',
		);
		const issued = event('Report of the Secretary-General (A/67/97)', '2012');
		expect(issued.kind).toBe('issue');
		expect(issued.date).toEqual({ start: '2012', end: null, precision: 'year' });
	});
	it('makes one event of a resolution’s adoption and the later mention of it', () => {
		expect(citations(event('General Assembly resolution 64/180', '18 December 2009'))).toEqual([
			'A/RES/64/180',
			'A/RES/65/230, preambular para. 5',
		]);
	});
	it('finds the expert group on lessons learned wherever it is stated', () => {
		const group = event(
			'Meeting of the Intergovernmental Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention and Criminal Justice',
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
	it('finds resolution 63/193, which decided the Twelfth Congress’s theme', () => {
		const decided = event('General Assembly resolution 63/193', '18 December 2008');
		expect(citations(decided)).toEqual([
			'A/RES/64/180, preambular para. 3',
			'A/RES/64/179, preambular para. 1',
		]);
		expect(decided.congresses).toEqual([{ congress: 12, basis: 'clause' }]);
	});
	it('finds the Commission’s eighteenth session by its days, citing the passage that gives only its year as a mention', () => {
		const session = event(
			'Eighteenth session of the Commission on Crime Prevention and Criminal Justice',
			'16–24 April 2009',
		);
		expect(session.place).toBe('Vienna');
		// Para. 29: "at its eighteenth session, held in Vienna from 16 to 24 April 2009"; pp. 8: "at its eighteenth session, in 2009".
		expect(citations(session)).toEqual(['A/RES/64/179, para. 29']);
		expect(mentioned(session)).toEqual(['A/RES/64/179, preambular para. 8 (2009)']);
	});
	it('finds the Commission’s nineteenth session at a month’s precision', () => {
		const session = event(
			'Nineteenth session of the Commission on Crime Prevention and Criminal Justice',
			'May 2010',
		);
		expect(session.date).toEqual({ start: '2010-05', end: null, precision: 'month' });
		expect(session.place).toBe('Vienna');
	});
	it('finds the expert meetings that A/RES/65/230’s footnote lists', () => {
		const listed = events.filter((found) =>
			found.sources.some((source) => source.citation === 'A/RES/65/230, footnote 9'),
		);
		expect(
			listed.map((found) => `${formatTimelineDate(found.date)}, ${found.place ?? ''}`),
		).toEqual([
			'15–18 August 2006, Bangkok',
			'23–25 March 2009, Bangkok',
			'23–26 November 2009, Bangkok',
			'24–26 November 2009, Vienna',
			'8–10 February 2010, Buenos Aires',
		]);
	});
	it('finds the Twelfth Congress in Salvador, however each document words it', () => {
		const congress = event(
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			'12–19 April 2010',
		);
		expect(congress.place).toBe('Salvador, Brazil');
		expect(congress.kind).toBe('meeting');
		// E/RES/2007/17's draft says only that it "is to be held in 2010": it names the Congress, but
		// states neither its days nor its place.
		expect(citations(congress)).toEqual([
			'A/RES/64/180, preambular para. 6',
			'A/RES/65/230, para. 1',
			'A/RES/65/230, annex, preambular para. 1',
		]);
		expect(mentioned(congress)).toEqual([
			'E/RES/2007/17, draft resolution, preambular para. 8 (2010)',
		]);
	});
	it('finds A/RES/65/230 and gives it the Thirteenth Congress, whose host it welcomes', () => {
		expect(congresses(event('General Assembly resolution 65/230', '21 December 2010'))).toEqual([
			12, 13,
		]);
	});
	it('finds the Thirteenth Congress in 2015, a year and no more', () => {
		const congress = event(
			'Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
			'2015',
		);
		expect(congress.date).toEqual({ start: '2015', end: null, precision: 'year' });
		expect(congress.place).toBeNull();
		expect(citations(congress)).toEqual([
			'A/RES/65/230, para. 16',
			'A/RES/65/230, annex, para. 54',
		]);
	});
	it('finds the regional preparatory meetings of 2014 for the Thirteenth Congress', () => {
		const meetings = event('Regional preparatory meetings', '2014');
		expect(meetings.congresses).toEqual([{ congress: 13, basis: 'clause' }]);
		expect(citations(meetings)).toEqual(['A/67/97, para. 11']);
	});
	it('cites each source by the contract’s citation and permalink', () => {
		const [source] = event('Regional preparatory meetings', '2014').sources;
		expect(source).toEqual({
			symbol: 'A/67/97',
			address: { kind: 'report', number: 11 },
			citation: 'A/67/97, para. 11',
			permalink: '/A/67/97/#para11',
		});
	});
});

describe('timelineOf', () => {
	it('gives the Twelfth Congress its preparations, the Congress and its follow-up, in date order', () => {
		const twelfth = timelineOf(events, 'twelfth').map(
			(found) => `${formatTimelineDate(found.date)}: ${found.what}`,
		);
		expect(twelfth).toEqual(
			expect.arrayContaining([
				'26 July 2007: Economic and Social Council resolution 2007/17',
				'18 December 2008: General Assembly resolution 63/193',
				'18 December 2009: General Assembly resolution 64/180',
				'12–19 April 2010: Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
				'21 December 2010: General Assembly resolution 65/230',
			]),
		);
		expect(twelfth.indexOf('18 December 2009: General Assembly resolution 64/180')).toBeLessThan(
			twelfth.indexOf(
				'12–19 April 2010: Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
			),
		);
	});
	it('gives the Thirteenth Congress the offer to host it, its report, its regional meetings and itself', () => {
		expect(
			timelineOf(events, 13).map((found) => `${formatTimelineDate(found.date)}: ${found.what}`),
		).toEqual([
			'21 December 2010: General Assembly resolution 65/230',
			'2012: Report of the Secretary-General (A/67/97)',
			'2014: Regional preparatory meetings',
			'2015: Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
		]);
	});
	it('keeps only the events tied to the congress on the grounds asked for', () => {
		expect(
			timelineOf(events, 'thirteenth', ['named', 'clause']).map((found) => found.what),
		).toEqual([
			'Regional preparatory meetings',
			'Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
		]);
	});
	it('is empty for a congress the documents do not speak of', () => {
		expect(timelineOf(events, 15)).toEqual([]);
	});
	it('places a document stating that the Thirteenth Congress was held in Doha on its timeline', () => {
		const withDoha = extractEvents([...corpus, dohaReport]);
		const congress = event(
			'Thirteenth United Nations Congress on Crime Prevention and Criminal Justice',
			'12–19 April 2015',
			timelineOf(withDoha, 'thirteenth'),
		);
		expect(congress.date).toEqual({ start: '2015-04-12', end: '2015-04-19', precision: 'day' });
		expect(congress.place).toBe('Doha');
		// Only the new paragraph gives its days and place; A/RES/65/230 gave the year, and names it.
		expect(citations(congress)).toEqual(['A/RES/99/1, para. 1']);
		expect(mentioned(congress)).toEqual([
			'A/RES/65/230, para. 16 (2015)',
			'A/RES/65/230, annex, para. 54 (2015)',
		]);
		expect(congress.status).toBe('happened');
	});
});

describe('timelineJson', () => {
	it('is plain JSON that survives a round trip', () => {
		const json = timelineJson(timelineOf(events, 'thirteenth'));
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});
	it('writes each event’s date out and keeps what a reader follows of each source', () => {
		const [first] = timelineJson(timelineOf(events, 'thirteenth')).events;
		expect(first).toEqual({
			id: '2010-12-21.adoption.general-assembly-resolution-65-230',
			kind: 'adoption',
			status: 'happened',
			what: 'General Assembly resolution 65/230',
			date: { start: '2010-12-21', end: null, precision: 'day' },
			when: '21 December 2010',
			place: null,
			congresses: [
				{ congress: 12, basis: 'operative' },
				{ congress: 13, basis: 'operative' },
			],
			document: 'A/RES/65/230',
			sources: [{ symbol: 'A/RES/65/230', citation: 'A/RES/65/230', permalink: '/A/RES/65/230/' }],
			mentions: [],
			reckonedFrom: [],
		});
	});
	it('gives every event an id of its own, and each its status', () => {
		const { events: all, undated } = extractTimeline(corpus);
		const json = timelineJson(all, [], undated);
		const ids = [...json.events, ...json.undated].map((found) => found.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(
			json.events.find((found) => found.what.startsWith('Thirteenth United Nations Congress'))
				?.status,
		).toBe('planned');
		expect(
			json.events.find((found) => found.what === 'Regional preparatory meetings')?.status,
		).toBe('proposed');
	});
	it('carries the events named without a date in undated, with the passages that name them', () => {
		const { events: all, undated } = extractTimeline(corpus);
		const json = timelineJson(all, [], undated);
		const resolution = json.undated.find(
			(found) => found.what === 'General Assembly resolution 62/173',
		);
		expect(resolution?.id).toBe('undated.adoption.general-assembly-resolution-62-173');
		expect(resolution?.mentions.map((found) => found.citation)).toEqual([
			'A/RES/65/230, footnote 7',
			'A/67/97, para. 2',
		]);
	});
	it('carries the congress’s own timeline in events and its background in background', () => {
		const { story, background } = congressTimeline(events, 'twelfth');
		const json = timelineJson(story, background);
		expect(json.events.map((found) => found.what)).toContain(
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		);
		expect(json.events.map((found) => found.what)).not.toContain(
			'General Assembly resolution 46/152',
		);
		expect(json.background.map((found) => `${found.when}: ${found.what}`)).toContain(
			'18 December 1991: General Assembly resolution 46/152',
		);
	});
	it('says in the file what each of its lists holds', () => {
		const json = timelineJson(timelineOf(events, 'thirteenth'));
		expect(Object.keys(json.lists)).toEqual([
			...Object.keys(json).filter((key) => key !== 'lists'),
			'fields',
		]);
		expect(json.lists.background).toMatch(/^Background the texts recall/);
		expect(json.lists.fields).toMatch(/\bid\b.*\bstatus\b/);
		expect(json.background).toEqual([]);
	});
});
