/**
 * Agreed language in the seeds and in the real resolutions of tests/fixtures/ga-80/: the pairs the
 * issue names, with the words changed counted by hand from the printed texts, and pairs checked by eye.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationFor } from '../contract.ts';
import type { UnDocument } from '../model.ts';
import { parseSeed } from '../parse/seed.ts';
import { historyOf } from './history.ts';
import { closeThreshold, keyString, matchCorpus, type CorpusMatches } from './matches.ts';
import { wordsOf } from './normalise.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { CorpusParagraph, Match } from './types.ts';

function parseFile(file: string): UnDocument {
	const sidecarFile = file.replace(/\.(txt|md)$/, '.meta.yml');
	const sidecar = existsSync(sidecarFile)
		? { file: sidecarFile, text: readFileSync(sidecarFile, 'utf8') }
		: null;
	return parseSeed({ file, text: readFileSync(file, 'utf8'), sidecar }).document;
}

const seedDocuments = readdirSync('seeds')
	.filter((name) => /\.(txt|md)$/.test(name))
	.sort()
	.map((name) => parseFile(`seeds/${name}`));

/** The matches of the paragraph cited `citation`, by the citation of the other paragraph. */
function matchesOf(
	corpus: CorpusMatches,
	paragraphs: readonly CorpusParagraph[],
	citation: string,
): Map<string, Match> {
	const paragraph = paragraphs.find((p) => citationFor(p.key.symbol, p.key.address) === citation);
	expect(paragraph, citation).toBeDefined();
	const matches =
		paragraph === undefined ? [] : (corpus.matches.get(keyString(paragraph.key)) ?? []);
	return new Map(
		matches.map((match) => [citationFor(match.other.symbol, match.other.address), match]),
	);
}

function paragraph(citation: string, date = '2009-12-18'): CorpusParagraph {
	const [symbol = '', number = '1'] = citation.split('#');
	return {
		key: {
			symbol,
			address: { kind: 'operative', part: { kind: 'resolution' }, number: Number(number) },
		},
		date,
		text: 'Requests the Secretary-General to report to the General Assembly at its next session;',
		words: wordsOf(
			'Requests the Secretary-General to report to the General Assembly at its next session;',
		),
	};
}

describe('matchCorpus', () => {
	it('reports the same words as the same wording, with no word changed', () => {
		const { matches } = matchCorpus([paragraph('A/RES/1/1#1'), paragraph('A/RES/2/1#4', '2010')]);
		const [match] = matches.get('A/RES/1/1#op1') ?? [];
		expect(match?.kind).toBe('same');
		expect(match?.wordsChanged).toBe(0);
		expect(match?.similarity).toBe(1);
	});

	it('never matches a paragraph with itself', () => {
		const { matches } = matchCorpus([paragraph('A/RES/1/1#1'), paragraph('A/RES/1/1#1')]);
		expect(matches.size).toBe(0);
	});

	it('matches nothing to a paragraph of fewer than five words', () => {
		const short = { ...paragraph('A/RES/1/1#1'), words: wordsOf('Decides:') };
		const { matches } = matchCorpus([short, { ...short, key: paragraph('A/RES/2/2#1').key }]);
		expect(matches.size).toBe(0);
	});

	it('matches both ways, the difference read from each side', () => {
		const changed = {
			...paragraph('A/RES/2/1#4'),
			words: wordsOf(
				'Requests the Secretary-General to report to the General Assembly at its sixty-fifth session;',
			),
		};
		const { matches } = matchCorpus([paragraph('A/RES/1/1#1'), changed]);
		const there = matches.get('A/RES/1/1#op1')?.[0];
		const back = matches.get('A/RES/2/1#op4')?.[0];
		expect(there?.diff.filter((w) => w.kind === 'inserted').map((w) => w.word)).toEqual([
			'sixty-fifth',
		]);
		expect(back?.diff.filter((w) => w.kind === 'inserted').map((w) => w.word)).toEqual(['next']);
		// "Requests the Secretary-General to report to the General Assembly at its … session": 12 words.
		expect(there?.wordsKept).toBe(12);
		expect(back?.wordsKept).toBe(12);
	});

	it('counts the kept words of a paragraph repeated word for word as all its words', () => {
		const { matches } = matchCorpus([paragraph('A/RES/1/1#1'), paragraph('A/RES/2/1#4', '2010')]);
		expect(matches.get('A/RES/1/1#op1')?.[0]?.wordsKept).toBe(13);
	});
});

describe('matchCorpus on the seeds', () => {
	const paragraphs = seedDocuments.flatMap(paragraphsOf);
	const corpus = matchCorpus(paragraphs);

	// [paragraph, the paragraph it repeats, words changed counted by hand from the printed texts]
	const pairs: [string, string, number][] = [
		// Word for word, the draft's opening quotation mark aside.
		['A/RES/65/230, preambular para. 1', 'E/RES/2007/17, draft resolution, preambular para. 1', 0],
		// "the relevant [United Nations programmes,] specialized agencies [and programmes] of the United
		// Nations system": 3 words added before, 2 dropped after.
		['A/RES/64/180, para. 13', 'E/RES/2007/17, draft resolution, para. 9', 5],
		// "to the General Assembly" (4 words) moves from after the Commission to before "through": 4
		// dropped, 4 added; "sixty-fifth" becomes "seventeenth": 1.
		['A/RES/64/180, para. 19', 'E/RES/2007/17, draft resolution, para. 13', 9],
		// "Reiterates its request to" → "Requests": 4; "[resources] necessary [to ensure]" →
		// "necessary [resources for]": 1 + 2; "in the [regional preparatory meetings for the] Twelfth
		// Congress [and in the Congress itself]": 5 + 5.
		['A/RES/64/180, para. 9', 'E/RES/2007/17, draft resolution, para. 11', 17],
		// "Reiterates its invitation to" → "Invites": 4; "Government [or] government ministers": 1;
		// "[and attorneys general]" against "[or attorneys-general to make statements on the theme] and
		// [topics of the Twelfth Congress]", the "and" kept: 8 + 5; "[actively] in [the high-level
		// segment]" → "in [interactive round tables]": 1 + 3.
		['A/RES/64/180, para. 11', 'E/RES/2007/17, draft resolution, para. 8', 22],
		// "Also [takes note with appreciation of the discussion guide prepared by]" → "Also [requests]":
		// 10; "[to prepare]": 2; "[a discussion guide]": 3; "Twelfth [United Nations] Congress": 2;
		// "[for consideration and approval by the Commission]": 7; "[and invites Member States to be
		// actively involved in that process]": 11.
		['A/RES/64/180, para. 2', 'E/RES/2007/17, draft resolution, para. 5', 35],
	];

	it.each(pairs)('finds %s in %s, with the words changed counted by hand', (from, to, changed) => {
		const match = matchesOf(corpus, paragraphs, from).get(to);
		expect(match?.wordsChanged).toBe(changed);
		expect(match?.kind).toBe(changed === 0 ? 'same' : 'close');
	});

	it.each(pairs)('finds %s the other way, from %s', (from, to, changed) => {
		const match = matchesOf(corpus, paragraphs, to).get(from);
		expect(match?.wordsChanged).toBe(changed);
	});

	it('finds the reworded pairs above the close threshold', () => {
		const weakest = Math.min(
			...pairs.map(([from, to]) => matchesOf(corpus, paragraphs, from).get(to)?.similarity ?? 0),
		);
		expect(weakest).toBeGreaterThanOrEqual(closeThreshold);
	});

	it('gives the repeated paragraph its history: the draft of 2007 before the resolution of 2010', () => {
		const paragraph = paragraphs.find((p) => keyString(p.key) === 'A/RES/65/230#pp1');
		const history = historyOf(paragraph?.date ?? '', corpus.matches.get('A/RES/65/230#pp1') ?? []);
		expect(history.earlier.map((m) => `${m.other.symbol}#${m.date.slice(0, 4)}`)).toEqual([
			'E/RES/2007/17#2007',
		]);
	});

	it('gives the draft paragraph its later history, the Assembly resolution of 2009 first', () => {
		const paragraph = paragraphs.find((p) => keyString(p.key) === 'E/RES/2007/17#draft-op9');
		const history = historyOf(
			paragraph?.date ?? '',
			corpus.matches.get('E/RES/2007/17#draft-op9') ?? [],
		);
		expect(history.later[0]?.other.symbol).toBe('A/RES/64/180');
		expect(history.earlier).toEqual([]);
	});
});

describe('matchCorpus on the ga-80 resolutions', () => {
	const directory = 'tests/fixtures/ga-80';
	let paragraphs: CorpusParagraph[] = [];
	let corpus: CorpusMatches = { matches: new Map(), comparisons: 0 };

	beforeAll(() => {
		// One extraction of each resolution: its extractions are one text, and would match each other.
		const bySymbol = new Map<string, UnDocument>();
		for (const name of readdirSync(directory)
			.filter((n) => n !== 'README.md')
			.sort()) {
			const symbol = name.replace(/\.v.*$/, '').replace(/_/g, '/');
			if (bySymbol.has(symbol)) continue;
			try {
				bySymbol.set(symbol, parseFile(`${directory}/${name}`));
			} catch {
				// A refused extraction (tests/corpus/ga-80.test.ts lists why): another of the same resolution is read.
			}
		}
		paragraphs = [...bySymbol.values()].flatMap(paragraphsOf);
		corpus = matchCorpus(paragraphs);
	});

	it('compares far fewer pairs than all pairs of the corpus', () => {
		const allPairs = (paragraphs.length * (paragraphs.length - 1)) / 2;
		expect(corpus.comparisons).toBeLessThan(allPairs / 20);
	});

	// Checked by eye in the extracted texts.
	it.each([
		// "Urges all States Parties to provide the Secretary-General with complete and timely information as required under article 7 …"
		['A/RES/80/35, para. 4', 'A/RES/80/52, para. 4', 0],
		// "Requests the Secretary-General to report to the General Assembly at its eighty-first session on the implementation of the present resolution"
		['A/RES/80/62, para. 9', 'A/RES/80/67, para. 7', 0],
		// "Recognizing the common interest of all humankind in the exploration and use of outer space for peaceful purposes"
		['A/RES/80/19, preambular para. 1', 'A/RES/80/20, preambular para. 2', 0],
		// "… on the implementation of resolution 79/16" against "… resolution 79/7": one word.
		['A/RES/80/17, para. 8', 'A/RES/80/4, para. 1', 1],
		// "Convinced [also] that nuclear disarmament and the complete elimination of nuclear weapons …": one word.
		['A/RES/80/18, preambular para. 4', 'A/RES/80/37, preambular para. 4', 1],
		// "[Determined to encourage strict compliance with → Reaffirming] the purposes and principles
		// [enshrined in → of] the Charter of the United Nations": 6 + 2.
		['A/RES/80/10, preambular para. 1', 'A/RES/80/4, preambular para. 1', 8],
		// "Takes note [with appreciation] of the report of the [Secretary-General → International
		// Atomic Energy Agency]": 2 + 4; the same formula, of another report.
		['A/RES/80/60, para. 1', 'A/RES/80/7, para. 1', 6],
		// "[Stressing → Underlines] the importance of the substantive report [of → adopted by consensus
		// by] the above-mentioned Group of Governmental Experts, which serves …": 1 + 4.
		['A/RES/80/20, preambular para. 12', 'A/RES/80/21, para. 8', 5],
		// The mine-ban and cluster-munitions conventions invite the same States and organizations to
		// their meetings: "[Twenty-second Meeting → third Review Conference] of the [States Parties →
		// Convention on Cluster Munitions] … in [Geneva from 1 → Vientiane during the week of 14] to
		// [5 December 2025 → 18 September 2026]": 3 + 4 + 6 + 3.
		['A/RES/80/35, para. 8', 'A/RES/80/52, para. 8', 16],
	])('finds %s repeated in %s with %i words changed', (from, to, changed) => {
		expect(matchesOf(corpus, paragraphs, from).get(to)?.wordsChanged).toBe(changed);
	});

	it('puts the report taken note of in October before the resolution of December that takes note of the next', () => {
		const history = historyOf('2025-12-01', corpus.matches.get('A/RES/80/17#op8') ?? []);
		expect(history.earlier.map((m) => keyString(m.other))).toContain('A/RES/80/4#op1');
	});
});
