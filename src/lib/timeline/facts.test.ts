import { describe, expect, it } from 'vitest';
import { op, part, resolution } from '../../../tests/fixtures/timeline/builders.ts';
import { corpus } from '../../../tests/fixtures/timeline/corpus.ts';
import { dohaReport } from '../../../tests/fixtures/timeline/doha.ts';
import { formatTimelineDate } from './dates.ts';
import { extractEvents } from './extract.ts';
import { congressFacts, type Fact } from './facts.ts';

const twelfth = congressFacts(corpus, 'twelfth');
const thirteenth = congressFacts(corpus, 'thirteenth');

const texts = (facts: readonly Fact[]): string[] => facts.map((fact) => fact.text);
const cited = (fact: Fact | undefined): string[] =>
	(fact?.sources ?? []).map((source) => source.citation);

describe('congressFacts: the Twelfth Congress', () => {
	it('knows its number and its page', () => {
		expect([twelfth.congress, twelfth.page]).toEqual([12, 'twelfth']);
	});
	it('gives its full name as the texts write it', () => {
		expect(texts(twelfth.names)).toEqual([
			'Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
		]);
	});
	it('says where and when it was held, from every passage that says so', () => {
		expect(twelfth.held.map((event) => [formatTimelineDate(event.date), event.place])).toEqual([
			['12–19 April 2010', 'Salvador, Brazil'],
		]);
	});
	it('names Brazil as its host, from the hosting and the hospitality', () => {
		expect(texts(twelfth.hosts)).toEqual(['Brazil']);
		expect(cited(twelfth.hosts[0])).toEqual([
			'A/RES/64/180, preambular para. 6',
			'A/RES/65/230, para. 17',
		]);
	});
	it('gives its theme in the words of resolution 63/193 as A/RES/64/180 recalls them', () => {
		expect(texts(twelfth.themes)).toEqual([
			'Comprehensive strategies for global challenges: crime prevention and criminal justice systems and their development in a changing world',
		]);
	});
	it('finds the Salvador Declaration and where it starts', () => {
		const [declaration, ...others] = twelfth.declarations;
		expect(others).toEqual([]);
		expect(declaration?.title).toBe(
			'Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development in a Changing World',
		);
		expect(declaration?.symbol).toBe('A/RES/65/230');
		expect(declaration?.where.permalink).toBe('/A/RES/65/230/#annex-pp1');
		expect(declaration?.sources.map((source) => source.citation)).toEqual([
			'A/RES/65/230, annex, preambular para. 1',
			'A/RES/65/230, para. 1',
			'A/RES/65/230, para. 4',
		]);
	});
	it('lists the documents listed under it first, then those naming it in their title or text, each by date', () => {
		// E/RES/2007/17's title names the Eleventh and the Twelfth, A/67/97's the Twelfth and the
		// Thirteenth: each is listed under the later; A/RES/64/179 names it in its text (para. 22).
		expect(twelfth.documents.map((document) => [document.symbol, document.basis])).toEqual([
			['E/RES/2007/17', 'listed'],
			['A/RES/64/180', 'listed'],
			['A/RES/65/230', 'listed'],
			['A/67/97', 'title'],
			['A/RES/64/179', 'text'],
		]);
		expect(twelfth.documents[0]?.path).toBe('/E/RES/2007/17/');
	});
	it('states its theme and host as settled, for resolutions state them', () => {
		expect(twelfth.themes.map((fact) => fact.status)).toEqual(['stated']);
		expect(twelfth.hosts.map((fact) => fact.status)).toEqual(['stated']);
	});
	it('has no agenda or workshops, since no seed lists them', () => {
		expect([twelfth.agenda, twelfth.workshops]).toEqual([[], []]);
	});
});

describe('congressFacts: the Thirteenth Congress', () => {
	it('names Qatar as its host in the words that offer it', () => {
		const [host] = thirteenth.hosts;
		expect(host?.text).toBe('Qatar');
		expect(host?.quote).toContain('the offer of the Government of Qatar to act as host');
		expect(cited(host)).toEqual(['A/RES/65/230, para. 16', 'A/RES/65/230, annex, para. 54']);
	});
	it('gives the theme the Commission approved, as proposed: a draft resolution "would decide" it', () => {
		expect(texts(thirteenth.themes)).toEqual([
			'Integrating crime prevention and criminal justice into the wider United Nations agenda to address social and economic challenges and to promote the rule of law at the national and international levels, and public participation',
		]);
		expect(cited(thirteenth.themes[0])).toEqual(['A/67/97, para. 7']);
		expect(thirteenth.themes[0]?.status).toBe('proposed');
	});
	it('marks its agenda provisional and proposed, and its workshops proposed, as A/67/97 words them', () => {
		expect(thirteenth.agenda.map((fact) => [fact.status, fact.provisional])).toEqual([
			['proposed', true],
			['proposed', true],
			['proposed', true],
		]);
		expect(thirteenth.workshops.map((fact) => [fact.status, fact.provisional])).toEqual([
			['proposed', false],
			['proposed', false],
		]);
	});
	it('states its host as settled: A/RES/65/230 welcomes the offer', () => {
		expect(thirteenth.hosts.map((fact) => fact.status)).toEqual(['stated']);
	});
	it('lists A/67/97 under it and A/RES/65/230 as naming it in its text', () => {
		expect(thirteenth.documents.map((document) => [document.symbol, document.basis])).toEqual([
			['A/67/97', 'listed'],
			['A/RES/65/230', 'text'],
		]);
	});
	it('lists its provisional agenda, each item cited on its own', () => {
		expect(texts(thirteenth.agenda)).toEqual([
			'Opening of the Congress',
			'Organizational matters',
			'International cooperation, including at the regional level, to combat transnational organized crime',
		]);
		expect(cited(thirteenth.agenda[2])).toEqual(['A/67/97, para. 9 (4)']);
	});
	it('lists its workshop topics, each item cited on its own', () => {
		expect(texts(thirteenth.workshops)[0]).toMatch(
			/^Trafficking in persons and smuggling of migrants/,
		);
		expect(thirteenth.workshops.map(cited)).toEqual([
			['A/67/97, para. 10 (b)'],
			['A/67/97, para. 10 (d)'],
		]);
	});
	it('says only the year it is to be held in, until a document says more', () => {
		expect(thirteenth.held.map((event) => [formatTimelineDate(event.date), event.place])).toEqual([
			['2015', null],
		]);
		const withDoha = congressFacts([...corpus, dohaReport], 'thirteenth');
		expect(withDoha.held.map((event) => [formatTimelineDate(event.date), event.place])).toEqual([
			['12–19 April 2015', 'Doha'],
		]);
	});
	it('has no declaration, since no seed annexes one', () => {
		expect(thirteenth.declarations).toEqual([]);
	});
});

describe('congressFacts: a congress without a page', () => {
	it('gathers what a document says of it all the same', () => {
		const document = resolution(
			{
				symbol: 'A/RES/99/1',
				title:
					'Preparations for the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice',
				date: '2018-12-17',
			},
			[
				part('resolution', {
					operative: [
						op(
							1,
							'Welcomes the offer of the Government of Japan to act as host to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, in 2020;',
						),
					],
				}),
			],
		);
		const facts = congressFacts([document], 14);
		expect(facts.page).toBeNull();
		expect(texts(facts.hosts)).toEqual(['Japan']);
		expect(facts.held.map((event) => formatTimelineDate(event.date))).toEqual(['2020']);
	});
});

describe('congressFacts: events extracted already', () => {
	it('reads when and where a congress was held from the events it is given', () => {
		expect(congressFacts(corpus, 'twelfth', extractEvents(corpus))).toEqual(twelfth);
		expect(congressFacts(corpus, 'twelfth', []).held).toEqual([]);
		expect(twelfth.held).not.toEqual([]);
	});
});
