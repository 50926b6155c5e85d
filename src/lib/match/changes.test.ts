/**
 * What changed since the predecessor: small paragraphs built by hand for each rule, then the seeds,
 * A/RES/64/180 against the draft E/RES/2007/17 recommended, with what a reader finds setting the two
 * texts side by side.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFor, citationFor, type PassageAddress } from '../contract.ts';
import { parseSeed } from '../parse/seed.ts';
import {
	changeCounts,
	changesAgainst,
	inOrder,
	predecessorOf,
	seriesParagraphsOf,
	type ParagraphChange,
	type SeriesDocument,
} from './changes.ts';
import { agreedLanguageOf, changesOf } from './corpus.ts';
import { matchCorpus } from './matches.ts';
import { wordsOf } from './normalise.ts';
import type { CorpusParagraph } from './types.ts';

function address(anchor: string): PassageAddress {
	const [, part = '', kind = 'op', number = '1'] = /^(draft-)?(pp|op)(\d+)$/.exec(anchor) ?? [];
	return {
		kind: kind === 'pp' ? 'preambular' : 'operative',
		part: { kind: part === '' ? 'resolution' : 'draft' },
		number: Number(number),
	};
}

function para(symbol: string, anchor: string, text: string, date = '2009-12-18'): CorpusParagraph {
	return { key: { symbol, address: address(anchor) }, date, text, words: wordsOf(text) };
}

const texts = {
	recalling:
		'Recalling its resolution 63/193 of 18 December 2008 on the preparations for the Congress,',
	invites: 'Invites Member States to be represented at the Congress at the highest possible level;',
	requests: 'Requests the Secretary-General to report to the General Assembly at its next session;',
	decides: 'Decides that the duration of the Congress should not exceed eight days;',
	welcomes: 'Welcomes the offer of the Government of Brazil to act as host to the Congress;',
	encourages:
		'Encourages the relevant United Nations programmes, specialized agencies of the United Nations system and intergovernmental and non-governmental organizations, as well as other professional organizations, to cooperate with the United Nations Office on Drugs and Crime in the preparations for the Congress;',
	takesNote: 'Takes note of the report of the Secretary-General;',
};

describe('seriesParagraphsOf', () => {
	it('takes the draft an ECOSOC resolution recommends, not its own paragraph that recommends it', () => {
		const own = para('E/RES/1/1', 'op1', 'Recommends to the General Assembly the adoption of:');
		const draft = para('E/RES/1/1', 'draft-op1', texts.requests);
		expect(seriesParagraphsOf([own, draft])).toEqual([draft]);
	});

	it('takes a resolution’s own paragraphs where it recommends no draft', () => {
		const own = para('A/RES/1/1', 'op1', texts.requests);
		expect(seriesParagraphsOf([own])).toEqual([own]);
	});
});

describe('inOrder', () => {
	it('keeps the longest run of paragraphs in their old order; the others moved', () => {
		// Old paragraphs 5, 11, 8, 9, 13 in the new order: 11 moved ahead of 8 and 9.
		expect([...inOrder([5, 11, 8, 9, 13])].sort()).toEqual([0, 2, 3, 4]);
	});

	it('moves nothing when the order is kept', () => {
		expect(inOrder([0, 2, 7]).size).toBe(3);
	});
});

describe('changesAgainst', () => {
	const kinds = (changes: readonly ParagraphChange[]): string[] =>
		changes.map((change) =>
			change.kind === 'dropped'
				? `dropped ${anchorFor(change.previous.key.address)}`
				: `${change.kind}${'moved' in change && change.moved ? ' (moved)' : ''} ${anchorFor(change.paragraph.key.address)}`,
		);

	it('keeps the same words, marks changed words, adds the new and drops the old, in reading order', () => {
		const previous = [
			para('A/RES/1/1', 'pp1', texts.recalling),
			para('A/RES/1/1', 'op1', texts.invites),
			para('A/RES/1/1', 'op2', texts.decides),
			para('A/RES/1/1', 'op3', texts.requests),
		];
		const current = [
			para('A/RES/2/1', 'pp1', texts.recalling),
			para('A/RES/2/1', 'op1', texts.welcomes),
			para('A/RES/2/1', 'op2', texts.invites.replace('Member States', 'States')),
			para('A/RES/2/1', 'op3', texts.requests),
		];
		const changes = changesAgainst(current, previous);
		expect(kinds(changes)).toEqual([
			'kept pp1',
			'added op1',
			'changed op2',
			'dropped op2',
			'kept op3',
		]);
		const changed = changes[2];
		expect(changed?.kind === 'changed' && changed.wordsChanged).toBe(1);
		expect(changed?.kind === 'changed' && changed.diff.filter((w) => w.kind !== 'kept')).toEqual([
			{ kind: 'deleted', word: 'Member' },
		]);
	});

	it('marks a paragraph moved out of its old order', () => {
		const previous = [
			para('A/RES/1/1', 'op1', texts.invites),
			para('A/RES/1/1', 'op2', texts.decides),
			para('A/RES/1/1', 'op3', texts.requests),
		];
		const current = [
			para('A/RES/2/1', 'op1', texts.requests),
			para('A/RES/2/1', 'op2', texts.invites),
			para('A/RES/2/1', 'op3', texts.decides),
		];
		expect(kinds(changesAgainst(current, previous))).toEqual([
			'kept (moved) op1',
			'kept op2',
			'kept op3',
		]);
	});

	it('puts the dropped preambular paragraphs before the operative part', () => {
		const previous = [
			para('A/RES/1/1', 'pp1', texts.recalling),
			para('A/RES/1/1', 'op1', texts.invites),
		];
		const current = [para('A/RES/2/1', 'op1', texts.invites)];
		expect(kinds(changesAgainst(current, previous))).toEqual(['dropped pp1', 'kept op1']);
	});

	it('takes a paragraph extended by a clause for the paragraph changed, not one dropped and one added', () => {
		const previous = [para('A/RES/1/1', 'pp1', texts.recalling)];
		const extended = `${texts.recalling.replace(/,$/, '')}, in which it decided that the Congress should be held in 2010 and that its theme should be chosen by the Commission,`;
		const current = [para('A/RES/2/1', 'pp1', extended)];
		const [change] = changesAgainst(current, previous);
		expect(change?.kind).toBe('changed');
		// "in which it decided that … by the Commission": 22 words added.
		expect(change?.kind === 'changed' && change.wordsChanged).toBe(22);
	});
});

describe('changeCounts', () => {
	it('counts each kind, and the moved among the kept and changed', () => {
		const previous = [
			para('A/RES/1/1', 'op1', texts.invites),
			para('A/RES/1/1', 'op2', texts.decides),
		];
		const current = [
			para('A/RES/2/1', 'op1', texts.decides),
			para('A/RES/2/1', 'op2', texts.invites),
		];
		expect(changeCounts(changesAgainst(current, previous))).toEqual({
			kept: 2,
			changed: 0,
			added: 0,
			dropped: 0,
			moved: 1,
		});
	});
});

describe('predecessorOf', () => {
	function series(
		symbol: string,
		date: string,
		paragraphs: CorpusParagraph[],
		names: string[] = [],
	): SeriesDocument {
		return { symbol, documentType: 'resolution', date, paragraphs, names };
	}
	const old = series('A/RES/1/1', '2008-12-18', [
		para('A/RES/1/1', 'op1', texts.invites, '2008-12-18'),
		para('A/RES/1/1', 'op2', texts.requests, '2008-12-18'),
		para('A/RES/1/1', 'op3', texts.encourages, '2008-12-18'),
		para('A/RES/1/1', 'op4', texts.takesNote, '2008-12-18'),
	]);
	const other = series('A/RES/1/2', '2008-12-18', [
		para('A/RES/1/2', 'op1', texts.requests, '2008-12-18'),
	]);
	const current = series('A/RES/2/1', '2009-12-18', [
		para('A/RES/2/1', 'op1', texts.invites),
		para('A/RES/2/1', 'op2', texts.requests),
		para('A/RES/2/1', 'op3', texts.encourages),
	]);
	const corpus = [old, other, current];
	const { matches } = matchCorpus(corpus.flatMap((document) => document.paragraphs));

	it('is the earlier resolution it shares the most paragraphs with', () => {
		expect(predecessorOf(current, corpus, matches)).toEqual({
			symbol: 'A/RES/1/1',
			reason: 'shared',
			shared: 3,
		});
	});

	it('is never a later resolution', () => {
		expect(predecessorOf(old, corpus, matches)).toBeNull();
	});

	it('is not a resolution it shares one paragraph with, a formula as often as a series', () => {
		const lone = series('A/RES/2/2', '2009-12-18', [para('A/RES/2/2', 'op1', texts.requests)]);
		expect(
			predecessorOf(
				lone,
				[...corpus, lone],
				matchCorpus([...corpus, lone].flatMap((d) => d.paragraphs)).matches,
			),
		).toBeNull();
	});

	it('is not a resolution it shares only two formulas with, too few words for a series', () => {
		// "Requests the Secretary-General to report …" and "Takes note of the report …": 22 words.
		const formulas = series('A/RES/2/4', '2009-12-18', [
			para('A/RES/2/4', 'op1', texts.takesNote),
			para('A/RES/2/4', 'op2', texts.requests),
		]);
		const all = [old, formulas];
		const { matches: theirs } = matchCorpus(all.flatMap((d) => d.paragraphs));
		expect(predecessorOf(formulas, all, theirs)).toBeNull();
	});

	it('is the latest earlier resolution it names, where it shares too little', () => {
		const naming = series('A/RES/2/3', '2009-12-18', [], ['A/RES/1/2', 'A/RES/0/9']);
		expect(predecessorOf(naming, [...corpus, naming], matches)).toEqual({
			symbol: 'A/RES/1/2',
			reason: 'named',
			shared: 0,
		});
	});

	it('is none where the latest it names are two of one date', () => {
		const naming = series('A/RES/2/3', '2009-12-18', [], ['A/RES/1/1', 'A/RES/1/2']);
		expect(predecessorOf(naming, [...corpus, naming], matches)).toBeNull();
	});

	it('is none for a report', () => {
		expect(predecessorOf({ ...current, documentType: 'report' }, corpus, matches)).toBeNull();
	});
});

describe('the changes of A/RES/64/180 since the draft of E/RES/2007/17', () => {
	const documents = readdirSync('seeds')
		.filter((name) => /\.(txt|md)$/.test(name))
		.map((name) => {
			const file = `seeds/${name}`;
			const sidecarFile = file.replace(/\.(txt|md)$/, '.meta.yml');
			const sidecar = existsSync(sidecarFile)
				? { file: sidecarFile, text: readFileSync(sidecarFile, 'utf8') }
				: null;
			return parseSeed({ file, text: readFileSync(file, 'utf8'), sidecar }).document;
		});
	const agreed = agreedLanguageOf(documents, () => []);
	const found = changesOf(agreed, 'A/RES/64/180');
	const changes = found?.changes ?? [];
	const cite = (paragraph: CorpusParagraph): string =>
		citationFor(paragraph.key.symbol, paragraph.key.address).replace(/^[^,]+, /, '');
	const of = (kind: ParagraphChange['kind']): string[] =>
		changes.flatMap((change) =>
			change.kind !== kind
				? []
				: change.kind === 'dropped'
					? [cite(change.previous)]
					: [cite(change.paragraph)],
		);

	it('sets it against the draft E/RES/2007/17 recommended, the earlier text it shares most with', () => {
		expect(found?.predecessor).toEqual({ symbol: 'E/RES/2007/17', reason: 'shared', shared: 5 });
	});

	// Read side by side in seeds/000_173b05c339677b1f.txt and seeds/002_21c522268fe949fa.txt.
	it('finds the seven paragraphs it rewrote, with the words changed counted by hand', () => {
		const changed = changes.flatMap((change) =>
			change.kind === 'changed'
				? [[cite(change.paragraph), cite(change.previous), change.wordsChanged]]
				: [],
		);
		expect(changed).toEqual([
			// "Recalling [also] its resolution 56/119 … offenders", then 43 words added from "in which
			// it stipulated the guidelines" to "should be held".
			['preambular para. 1', 'draft resolution, preambular para. 7', 44],
			// Both recall resolution 60/177 of 16 December 2005: what the draft says of it (its
			// Bangkok Declaration) becomes "on the follow-up to the Eleventh … Congress".
			['preambular para. 2', 'draft resolution, preambular para. 5', 55],
			['para. 2', 'draft resolution, para. 5', 35],
			['para. 9', 'draft resolution, para. 11', 17],
			['para. 11', 'draft resolution, para. 8', 22],
			['para. 13', 'draft resolution, para. 9', 5],
			['para. 19', 'draft resolution, para. 13', 9],
		]);
	});

	it('keeps no paragraph word for word', () => {
		expect(of('kept')).toEqual([]);
	});

	it('adds the paragraphs the draft has nothing of: 19 of its 26', () => {
		expect(of('added')).toEqual([
			'preambular para. 3',
			'preambular para. 4',
			'preambular para. 5',
			'preambular para. 6',
			'preambular para. 7',
			'para. 1',
			'para. 3',
			'para. 4',
			'para. 5',
			'para. 6',
			'para. 7',
			'para. 8',
			'para. 10',
			'para. 12',
			'para. 14',
			'para. 15',
			'para. 16',
			'para. 17',
			'para. 18',
		]);
	});

	it('drops the draft’s paragraphs it has nothing of: 14 of its 21', () => {
		expect(of('dropped')).toEqual([
			'draft resolution, preambular para. 1',
			'draft resolution, preambular para. 2',
			'draft resolution, preambular para. 3',
			'draft resolution, preambular para. 4',
			'draft resolution, preambular para. 6',
			'draft resolution, preambular para. 8',
			'draft resolution, para. 1',
			'draft resolution, para. 2',
			'draft resolution, para. 3',
			'draft resolution, para. 4',
			'draft resolution, para. 6',
			'draft resolution, para. 7',
			'draft resolution, para. 10',
			'draft resolution, para. 12',
		]);
	});

	it('moves para. 9 (the draft’s para. 11) ahead of the draft’s paras 8 and 9, and swaps the two recalls', () => {
		const moved = changes.flatMap((change) =>
			change.kind === 'changed' && change.moved ? [cite(change.paragraph)] : [],
		);
		expect(moved).toEqual(['preambular para. 1', 'para. 9']);
	});

	it('gives A/RES/64/179, which repeats and names no earlier resolution of the corpus, no predecessor', () => {
		expect(agreed.predecessors.has('A/RES/64/179')).toBe(false);
	});

	it('drops only paragraphs of the draft, never of the resolution itself or of another document', () => {
		const droppedFrom = changes.flatMap((change) =>
			change.kind === 'dropped' ? [anchorFor(change.previous.key.address).slice(0, 6)] : [],
		);
		expect(new Set(droppedFrom)).toEqual(new Set(['draft-']));
		expect(
			changes.every(
				(change) => change.kind !== 'dropped' || change.previous.key.symbol === 'E/RES/2007/17',
			),
		).toBe(true);
	});
});
