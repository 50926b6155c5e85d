import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	changedInSteps,
	commonLength,
	diffOfSteps,
	diffSteps,
	diffRuns,
	keptInSteps,
	reversedDiff,
	similarityOf,
	similarityOfSteps,
	wordDiff,
	wordMasks,
	wordsChangedIn,
	wordsKeptIn,
} from './diff.ts';
import { wordsOf } from './normalise.ts';

const diffOf = (from: string, to: string) => wordDiff(wordsOf(from), wordsOf(to));

describe('wordDiff', () => {
	it('marks the words only in the first paragraph deleted and those only in the second inserted', () => {
		expect(diffOf('Invites Member States to act', 'Invites States and donors to act')).toEqual([
			{ kind: 'kept', word: 'Invites' },
			{ kind: 'deleted', word: 'Member' },
			{ kind: 'kept', word: 'States' },
			{ kind: 'inserted', word: 'and' },
			{ kind: 'inserted', word: 'donors' },
			{ kind: 'kept', word: 'to' },
			{ kind: 'kept', word: 'act' },
		]);
	});

	it('keeps every word of the same wording', () => {
		const diff = diffOf('Welcomes the report;', '“Welcomes the report.');
		expect(diff.every((word) => word.kind === 'kept')).toBe(true);
	});
});

describe('wordDiff, among equally long common words', () => {
	// "the necessary resources for" against "the resources necessary to ensure": keeping "necessary"
	// leaves "resources" added before it and "resources for" against "to ensure" after (1 + 2);
	// keeping "resources" leaves "necessary" dropped and "for" against "necessary to ensure" (1 + 3).
	const older = 'make available the necessary resources for the participation';
	const newer = 'make available the resources necessary to ensure the participation';

	it('keeps the words that leave the fewest changed', () => {
		expect(wordsChangedIn(diffOf(older, newer))).toBe(3);
	});

	it('counts the same words changed whichever paragraph comes first', () => {
		expect(wordsChangedIn(diffOf(newer, older))).toBe(3);
	});

	it('goes on with a run of changes rather than keep a lone word inside it', () => {
		const runs = diffOf(
			'in the regional preparatory meetings for the Twelfth Congress and in the Congress itself, in accordance',
			'in the Twelfth Congress, in accordance',
		)
			.filter((word) => word.kind === 'deleted')
			.map((word) => word.word)
			.join(' ');
		expect(runs).toBe('regional preparatory meetings for the and in the Congress itself');
		expect(
			diffOf(
				'the Twelfth Congress and in the Congress itself, in accordance',
				'the Twelfth Congress, in accordance',
			)
				.map((word) => word.kind)
				.join(' '),
		).toBe('kept kept kept deleted deleted deleted deleted deleted kept kept');
	});

	it('shows a run’s deleted words before its inserted ones', () => {
		expect(diffOf('at its sixty-fifth session', 'at its seventeenth session')).toEqual([
			{ kind: 'kept', word: 'at' },
			{ kind: 'kept', word: 'its' },
			{ kind: 'deleted', word: 'sixty-fifth' },
			{ kind: 'inserted', word: 'seventeenth' },
			{ kind: 'kept', word: 'session' },
		]);
	});
});

describe('reversedDiff', () => {
	it('reads the difference from the other side: what one deleted the other inserted', () => {
		expect(reversedDiff(diffOf('Invites Member States', 'Invites States'))).toEqual(
			diffOf('Invites States', 'Invites Member States'),
		);
	});
});

describe('wordsChangedIn', () => {
	it('counts a word replaced by another as one change', () => {
		expect(wordsChangedIn(diffOf('at its sixty-fifth session', 'at its seventeenth session'))).toBe(
			1,
		);
	});

	it('counts the longer side of a run of changes', () => {
		// "Reiterates its invitation to" (4 words) gives way to "Invites" (1): 4 changed.
		expect(
			wordsChangedIn(diffOf('Reiterates its invitation to Member States', 'Invites Member States')),
		).toBe(4);
	});

	it('counts separate runs separately', () => {
		// One word added at the start, one dropped at the end.
		expect(wordsChangedIn(diffOf('the report of the Congress', 'Also the report of the'))).toBe(2);
	});

	it('counts nothing for the same wording', () => {
		expect(
			wordsChangedIn(
				diffOf(
					'Decides to remain seized of the matter.',
					'Decides to remain seized of the matter;',
				),
			),
		).toBe(0);
	});
});

describe('similarityOf', () => {
	it('is twice the kept words over the words of both', () => {
		// 3 words and 2 words, 2 kept: 4 / 5.
		expect(similarityOf(diffOf('Invites Member States', 'Invites States'))).toBeCloseTo(0.8);
	});

	it('is 1 for the same wording and 0 for no word in common', () => {
		expect(similarityOf(diffOf('Welcomes the report', 'Welcomes the report'))).toBe(1);
		expect(similarityOf(diffOf('Welcomes the report', 'Decides otherwise'))).toBe(0);
	});
});

describe('wordsKeptIn', () => {
	it('counts the words both keep, in order, and none of those changed', () => {
		// "Invites … States to be represented at the Congress at the highest … level": 12 words kept.
		expect(
			wordsKeptIn(
				diffOf(
					'Invites Member States to be represented at the Congress at the highest possible level',
					'Invites States to be represented at the Congress at the highest level',
				),
			),
		).toBe(12);
		expect(wordsKeptIn(diffOf('Welcomes the report', 'Decides otherwise'))).toBe(0);
	});
});

describe('commonLength', () => {
	const ids = (text: string, dictionary: Map<string, number>) =>
		Int32Array.from(wordsOf(text), (word) => {
			if (!dictionary.has(word.key)) dictionary.set(word.key, dictionary.size);
			return dictionary.get(word.key) ?? -1;
		});

	it('counts the words a word diff keeps, for the seed pair of A/RES/64/180 op 13', () => {
		const dictionary = new Map<string, number>();
		const older =
			'Encourages the relevant United Nations programmes, specialized agencies of the United Nations system and intergovernmental and non-governmental organizations, as well as other professional organizations, to cooperate with the United Nations Office on Drugs and Crime in the preparations for the Twelfth Congress;';
		const newer =
			'Encourages the relevant specialized agencies and programmes of the United Nations system and intergovernmental and non-governmental organizations, as well as other professional organizations, to cooperate with the United Nations Office on Drugs and Crime in the preparations for the Twelfth Congress;';
		const kept = diffOf(older, newer).filter((word) => word.kind === 'kept').length;
		expect(commonLength(ids(older, dictionary), wordMasks(ids(newer, dictionary)))).toBe(kept);
	});

	it('counts across more than 32 words, where carries pass between the numbers', () => {
		const dictionary = new Map<string, number>();
		const long = Array.from({ length: 70 }, (_, k) => `w${k % 9}`).join(' ');
		const other = Array.from({ length: 50 }, (_, k) => `w${(k * 4) % 9}`).join(' ');
		const kept = diffOf(long, other).filter((word) => word.kind === 'kept').length;
		expect(commonLength(ids(long, dictionary), wordMasks(ids(other, dictionary)))).toBe(kept);
		expect(commonLength(ids(other, dictionary), wordMasks(ids(long, dictionary)))).toBe(kept);
	});

	it('counts nothing in common for texts of different words', () => {
		const dictionary = new Map<string, number>();
		expect(
			commonLength(
				ids('Decides otherwise', dictionary),
				wordMasks(ids('Welcomes the report', dictionary)),
			),
		).toBe(0);
	});
});

describe('commonLength against wordDiff', () => {
	it('agrees on two hundred random pairs of up to 100 words from 12', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 100 }),
				fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 100 }),
				(a, b) => {
					const words = (ids: number[]) => ids.map((id) => ({ text: `w${id}`, key: `w${id}` }));
					const kept = wordDiff(words(a), words(b)).filter((word) => word.kind === 'kept').length;
					return commonLength(Int32Array.from(a), wordMasks(Int32Array.from(b))) === kept;
				},
			),
			{ numRuns: 200, seed: 17 },
		);
	});
});

describe('diffSteps on word ids', () => {
	const ids = fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 100 });

	it('keeps and deletes the first text and keeps and inserts the second, in order', () => {
		fc.assert(
			fc.property(ids, ids, (a, b) => {
				const steps = diffSteps(Int32Array.from(a), Int32Array.from(b));
				const words = (text: number[]) => text.map((id) => ({ text: `w${id}`, key: `w${id}` }));
				const told = diffOfSteps(steps, words(a), words(b));
				const side = (kind: 'deleted' | 'inserted') =>
					told.filter((word) => word.kind !== kind).map((word) => word.word);
				return (
					side('inserted').join(' ') ===
						words(a)
							.map((word) => word.text)
							.join(' ') &&
					side('deleted').join(' ') ===
						words(b)
							.map((word) => word.text)
							.join(' ')
				);
			}),
			{ numRuns: 200, seed: 23 },
		);
	});

	it('keeps as many words as the longest common subsequence, counted by the bit-parallel method', () => {
		fc.assert(
			fc.property(
				ids,
				ids,
				(a, b) =>
					keptInSteps(diffSteps(Int32Array.from(a), Int32Array.from(b))) ===
					commonLength(Int32Array.from(a), wordMasks(Int32Array.from(b))),
			),
			{ numRuns: 200, seed: 29 },
		);
	});

	it('puts the deleted words of a run before the inserted ones', () => {
		fc.assert(
			fc.property(ids, ids, (a, b) => {
				const steps = [...diffSteps(Int32Array.from(a), Int32Array.from(b))].join('');
				return !steps.includes('21');
			}),
			{ numRuns: 200, seed: 31 },
		);
	});

	it('counts changes and similarity as the words do', () => {
		const from = wordsOf('Heads of State, Government ministers or attorneys-general');
		const to = wordsOf('Heads of State and attorneys general');
		const keys = (words: readonly { key: string }[]) => words.map((word) => word.key);
		const steps = diffSteps(keys(from), keys(to));
		expect(changedInSteps(steps)).toBe(4);
		expect(changedInSteps(Uint8Array.of(0, 1, 1, 2, 0))).toBe(2);
		expect(similarityOfSteps(Uint8Array.of(0, 1, 0))).toBe(0.8);
		expect(similarityOfSteps(new Uint8Array(0))).toBe(1);
	});
});

describe('diffRuns', () => {
	it('prints each run of one kind once', () => {
		expect(
			diffRuns(wordDiff(wordsOf('Invites Member States and others'), wordsOf('Invites States'))),
		).toEqual([
			{ kind: 'kept', text: 'Invites' },
			{ kind: 'deleted', text: 'Member' },
			{ kind: 'kept', text: 'States' },
			{ kind: 'deleted', text: 'and others' },
		]);
	});
});
