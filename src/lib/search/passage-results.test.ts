/**
 * The paragraphs of found pages: a small fragment built by hand, with its passages' anchors where
 * Pagefind puts them (the word each passage begins at).
 */
import { describe, expect, it } from 'vitest';
import { passageDataId, type PassageData } from './page-record.ts';
import {
	closestResults,
	filterCountsOf,
	type PageFragment,
	passagesOfPage,
	passesFilters,
	resultAddress,
	searchedWords,
	strictResults,
} from './passage-results.ts';
import { searchRanking } from './ranking.ts';

/** A fragment of the passages given, each with its words, as Pagefind writes one. */
function fragmentOf(passages: readonly [PassageData, string][]): PageFragment {
	const anchors: { id: string; location: number }[] = [];
	let location = 0;
	for (const [data, text] of passages) {
		anchors.push({ id: passageDataId(data), location });
		location += text.split(/\s+/).length;
	}
	return {
		url: '/A/RES/1/1/?highlight=earlier',
		raw_url: '/A/RES/1/1/',
		content: passages.map(([, text]) => text).join(' '),
		anchors,
		meta: { symbol: 'A/RES/1/1', document: 'A title', date: '2010-12-21' },
		filters: { document: ['A/RES/1/1'], year: ['2010'], body: ['General Assembly'] },
	};
}

const page = fragmentOf([
	[
		{ anchor: '', citation: 'A/RES/1/1', filters: { part: ['whole document'] } },
		'A/RES/1/1. A title.',
	],
	[
		{
			anchor: 'op1',
			citation: 'A/RES/1/1, para. 1',
			filters: { part: ['operative part'], lead: ['Urges'] },
		},
		'1. Urges States to combat kidnapping and piracy at sea;',
	],
	[
		{
			anchor: 'op2',
			citation: 'A/RES/1/1, para. 2',
			acronyms: ['UNODC'],
			filters: {
				part: ['operative part'],
				lead: ['Requests'],
				addressee: ['the Secretary-General'],
			},
		},
		'2. Requests the United Nations Office on Drugs and Crime to hold workshops on:',
	],
	[
		{
			anchor: 'op2-a',
			citation: 'A/RES/1/1, para. 2 (a)',
			parent: 'op2',
			filters: { part: ['operative part'] },
		},
		'(a) Cybercrime;',
	],
	[
		{ anchor: 'op3', citation: 'A/RES/1/1, para. 3', filters: { part: ['operative part'] } },
		'3. Decides that piracy of the sea and the high seas is a crime of concern;',
	],
]);
const passages = passagesOfPage(page, 'piracy');

function anchorsOf(results: readonly { passage: { url: string } }[] | null): string[] {
	return (results ?? []).map(({ passage }) => passage.url.replace(/^[^#]*#?/, ''));
}

describe('passagesOfPage', () => {
	it('reads each passage from its anchor to the next, in reading order, with its citation', () => {
		expect(passages.map(({ citation, text }) => [citation, text])).toEqual([
			['A/RES/1/1', 'A/RES/1/1. A title.'],
			['A/RES/1/1, para. 1', '1. Urges States to combat kidnapping and piracy at sea;'],
			[
				'A/RES/1/1, para. 2',
				'2. Requests the United Nations Office on Drugs and Crime to hold workshops on:',
			],
			['A/RES/1/1, para. 2 (a)', '(a) Cybercrime;'],
			[
				'A/RES/1/1, para. 3',
				'3. Decides that piracy of the sea and the high seas is a crime of concern;',
			],
		]);
	});

	it('links each to its permalink with the searched words to mark, and the whole document to its page', () => {
		expect(passages[0]?.url).toBe('/A/RES/1/1/?highlight=piracy');
		expect(passages[1]?.url).toBe('/A/RES/1/1/?highlight=piracy#op1');
	});

	it('gives an item the words of the paragraph it stands in', () => {
		expect(passages[3]?.context).toBe(
			'2. Requests the United Nations Office on Drugs and Crime to hold workshops on:',
		);
	});

	it('gives each passage its document’s filter values and its own', () => {
		expect(passages[2]?.filters).toMatchObject({
			document: ['A/RES/1/1'],
			year: ['2010'],
			lead: ['Requests'],
			addressee: ['the Secretary-General'],
		});
	});
});

describe('strictResults', () => {
	it('keeps only the passages with every searched word, on their stems ("combating" finds "combat")', () => {
		expect(anchorsOf(strictResults(passages, 'combating kidnapping', searchRanking, true))).toEqual(
			['op1'],
		);
	});

	it('ranks the passage that says a word more, in fewer words, first', () => {
		expect(anchorsOf(strictResults(passages, 'piracy sea', searchRanking, true))).toEqual([
			'op3',
			'op1',
		]);
	});

	it('keeps reading order when the search is not by relevance', () => {
		expect(anchorsOf(strictResults(passages, 'piracy sea', searchRanking, false))).toEqual([
			'op1',
			'op3',
		]);
	});

	it('keeps a final "e" of a searched word: "crime" finds "crimes", not "criminal"', () => {
		const words = fragmentOf([
			[{ anchor: 'op1', citation: 'para. 1', filters: {} }, 'Criminal justice;'],
			[{ anchor: 'op2', citation: 'para. 2', filters: {} }, 'Serious crimes;'],
		]);
		expect(
			anchorsOf(strictResults(passagesOfPage(words, ''), 'crime', searchRanking, true)),
		).toEqual(['op2']);
	});

	it('finds a word in a web address, after the passages that say it', () => {
		const words = fragmentOf([
			[{ anchor: 'fn1', citation: 'fn. 1', filters: {} }, 'www.coe.int/trafficking.'],
			[{ anchor: 'op1', citation: 'para. 1', filters: {} }, 'Combats trafficking in persons;'],
		]);
		expect(
			anchorsOf(strictResults(passagesOfPage(words, ''), 'trafficking', searchRanking, true)),
		).toEqual(['op1', 'fn1']);
	});

	it('finds an item by the words that introduce its list', () => {
		expect(anchorsOf(strictResults(passages, 'cybercrime workshops', searchRanking, true))).toEqual(
			['op2-a'],
		);
	});

	it('finds a passage by the acronym of a name it spells out', () => {
		expect(anchorsOf(strictResults(passages, 'UNODC', searchRanking, true))).toEqual(['op2']);
	});

	it('finds a phrase in quotes only where its words stand together and in order', () => {
		expect(anchorsOf(strictResults(passages, '"piracy at sea"', searchRanking, true))).toEqual([
			'op1',
		]);
	});

	it('finds none when no passage has every word, so that the closest are looked for', () => {
		expect(strictResults(passages, 'kidnapping workshops', searchRanking, true)).toBeNull();
	});

	it('keeps every passage when no word is searched (a search by filters alone)', () => {
		expect(strictResults(passages, '', searchRanking, true)).toHaveLength(passages.length);
	});
});

describe('closestResults', () => {
	it('gives the passages with the most searched words first, each with the words it has', () => {
		const results = closestResults(passages, 'kidnapping piracy workshops', searchRanking);
		expect(results[0]?.words).toEqual(['kidnapping', 'piracy']);
		expect(anchorsOf(results)[0]).toBe('op1');
		expect(anchorsOf(results)).not.toContain('');
	});
});

describe('passesFilters', () => {
	it('wants any chosen value of a filter, and every filter chosen', () => {
		const op2 = passages[2];
		if (op2 === undefined) throw new Error('no op2');
		expect(passesFilters(op2, { lead: ['Urges', 'Requests'] })).toBe(true);
		expect(passesFilters(op2, { lead: ['Requests'], year: ['2009'] })).toBe(false);
	});
});

describe('filterCountsOf', () => {
	it('counts the passages that have each value', () => {
		expect(filterCountsOf(passages).part).toEqual({ 'whole document': 1, 'operative part': 4 });
		expect(filterCountsOf(passages).document).toEqual({ 'A/RES/1/1': 5 });
	});
});

describe('searchedWords', () => {
	it('leaves out stopwords, unless the query has nothing else', () => {
		expect(searchedWords('victims of trafficking')).toEqual(['victims', 'trafficking']);
		expect(searchedWords('of the')).toEqual(['of', 'the']);
	});
});

describe('resultAddress', () => {
	it('adds each searched word for the page to mark, then the anchor', () => {
		expect(resultAddress('/A/RES/64/179/', 'op7', 'Santo Domingo')).toBe(
			'/A/RES/64/179/?highlight=Santo&highlight=Domingo#op7',
		);
	});
});
