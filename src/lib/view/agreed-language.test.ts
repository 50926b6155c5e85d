import { describe, expect, it } from 'vitest';
import { changesAgainst } from '../match/changes.ts';
import { wordDiff } from '../match/diff.ts';
import { historyOf } from '../match/history.ts';
import { wordsOf } from '../match/normalise.ts';
import type { CorpusParagraph, Match } from '../match/types.ts';
import {
	changesSections,
	comparesDraft,
	historyLines,
	placeOf,
	shownHistory,
} from './agreed-language.ts';

const older =
	'Invites Member States to be represented at the Congress at the highest possible level;';
const newer = 'Invites States to be represented at the Congress at the highest level;';

function match(date: string, diff = wordDiff(wordsOf(newer), wordsOf(older))): Match {
	return {
		kind: 'close',
		other: {
			symbol: 'E/RES/2007/17',
			address: { kind: 'operative', part: { kind: 'draft' }, number: 8 },
		},
		date,
		similarity: 0.9,
		wordsChanged: 2,
		wordsKept: diff.filter((word) => word.kind === 'kept').length,
		diff,
	};
}

describe('historyLines', () => {
	it('reads an earlier paragraph’s difference from it to this one: its extra words were dropped', () => {
		const [line] = historyLines(historyOf('2009-12-18', [match('2007-07-26')]), '2009-12-18');
		expect(line?.relation).toBe('earlier');
		expect(line?.from).toBe('E/RES/2007/17, draft resolution, para. 8 (2007)');
		expect(line?.to).toBe('this paragraph (2009)');
		expect(line?.permalink).toBe('/E/RES/2007/17/#draft-op8');
		expect(line?.diff.filter((word) => word.kind === 'deleted').map((word) => word.word)).toEqual([
			'Member',
			'possible',
		]);
	});

	it('reads a later paragraph’s difference from this one to it', () => {
		const later = match('2010-12-21', wordDiff(wordsOf(older), wordsOf(newer)));
		const [line] = historyLines(historyOf('2007-07-26', [later]), '2007-07-26');
		expect(line?.relation).toBe('later');
		expect(line?.from).toBe('this paragraph (2007)');
		expect(line?.diff.filter((word) => word.kind === 'deleted').map((word) => word.word)).toEqual([
			'Member',
			'possible',
		]);
	});

	it('lists earlier matches before later ones', () => {
		const lines = historyLines(
			historyOf('2009-12-18', [match('2010-12-21'), match('2007-07-26')]),
			'2009-12-18',
		);
		expect(lines.map((line) => line.relation)).toEqual(['earlier', 'later']);
	});
});

describe('shownHistory', () => {
	const history = (count: number) =>
		historyOf(
			'2009-12-18',
			Array.from({ length: count }, (_, k) => match(`${1990 + k}-01-01`)),
		);

	it('shows a history of six lines or fewer whole', () => {
		const shown = shownHistory(history(6), '2009-12-18');
		expect(shown.first).toEqual(historyLines(history(6), '2009-12-18'));
		expect(shown.hidden).toBe(0);
		expect(shown.last).toEqual([]);
	});

	it('shows the three oldest and three newest of a longer one, and counts the nine between', () => {
		const shown = shownHistory(history(15), '2009-12-18');
		expect(shown.first.map((line) => line.match.date.slice(0, 4))).toEqual([
			'1990',
			'1991',
			'1992',
		]);
		expect(shown.hidden).toBe(9);
		expect(shown.last.map((line) => line.match.date.slice(0, 4))).toEqual(['2002', '2003', '2004']);
	});
});

function para(
	anchor: 'pp1' | 'op1' | 'op2',
	text: string,
	part: 'resolution' | 'draft' = 'resolution',
): CorpusParagraph {
	const kind = anchor.startsWith('pp') ? 'preambular' : 'operative';
	return {
		key: {
			symbol: part === 'draft' ? 'E/RES/1/1' : 'A/RES/2/1',
			address: { kind, part: { kind: part }, number: Number(anchor.slice(2)) },
		},
		date: '2009',
		text,
		words: wordsOf(text),
	};
}

describe('changesSections', () => {
	it('puts each change in the part its paragraph stands in, a dropped one where the old one stood', () => {
		const changes = changesAgainst(
			[para('op1', newer)],
			[
				para('pp1', 'Recalling its resolution 63/193 of 18 December 2008,', 'draft'),
				para('op1', older, 'draft'),
			],
		);
		expect(
			changesSections(changes).map((section) => [
				section.title,
				section.changes.map((c) => c.kind),
			]),
		).toEqual([
			['Preamble', ['dropped']],
			['Operative part', ['changed']],
		]);
		expect(comparesDraft(changes)).toBe(true);
	});
});

describe('placeOf', () => {
	it('names a paragraph’s place as its citation does, without the symbol', () => {
		expect(placeOf(para('op2', older, 'draft'))).toBe('draft resolution, para. 2');
	});
});
