import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableText } from '../match/normalise.ts';
import { openingWords, openingWordsSearchPath } from './opening.ts';

describe('openingWords', () => {
	it('gives the first eight words as printed, in their order, without punctuation', () => {
		// A/RES/64/180 op 13.
		expect(
			openingWords(
				'Encourages the relevant specialized agencies and programmes of the United Nations system',
			),
		).toBe('Encourages the relevant specialized agencies and programmes of');
	});

	it('keeps a lead phrase’s adverb where the text prints it, as a phrase search needs', () => {
		expect(
			openingWords('Requests also the Secretary-General to report, through the Commission'),
		).toBe('Requests also the Secretary-General to report through the');
	});

	it('leaves out the quotation mark that opens a quoted draft paragraph', () => {
		expect(
			openingWords('“Emphasizing the responsibility assumed by the United Nations in the field'),
		).toBe('Emphasizing the responsibility assumed by the United Nations');
	});

	it('drops a double quote inside the words, which would end the phrase searched', () => {
		expect(openingWords('Welcomes resolution 18/3 entitled "Improving the governance"', 5)).toBe(
			'Welcomes resolution 18/3 entitled Improving',
		);
	});
});

describe('openingWords, reading only the opening of a long text', () => {
	// What openingWords gives when it reads the whole text, however long.
	const fromWholeText = (text: string, count: number): string =>
		comparableText(text)
			.split(' ')
			.map((token) => token.replace(/^[\s"'([{]+|[\s"')\]},;:.!?]+$/g, '').replace(/"/g, ''))
			.filter((token) => /[\p{L}\p{N}]/u.test(token))
			.slice(0, count)
			.join(' ');
	// Words, numbers, dashes, quotation marks and punctuation, in runs of any white space.
	const token = fc.constantFrom(
		'Requests',
		'the',
		'Secretary-General',
		'5.',
		'12.',
		'–',
		'—',
		'"',
		'“',
		'”',
		'(a)',
		'.',
		';',
		'entitled',
		'“Improving',
		'governance”;',
		'´',
		'ﬁnance',
	);
	const space = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ' \n ');
	const text = fc
		.array(fc.tuple(token, space), { maxLength: 120 })
		.map((pairs) => pairs.map(([word, gap]) => word + gap).join(''));

	it('gives the words reading the whole text gives, for texts short and long', () => {
		fc.assert(
			fc.property(text, fc.integer({ min: 1, max: 10 }), (paragraph, count) => {
				expect(openingWords(paragraph, count)).toBe(fromWholeText(paragraph, count));
			}),
			{ numRuns: 2000 },
		);
	});

	it('reads on past an opening of tokens that hold no word', () => {
		const dashes = '– '.repeat(40);
		expect(openingWords(`${dashes}Decides to convene`, 3)).toBe('Decides to convene');
	});
});

describe('openingWordsSearchPath', () => {
	it('searches the opening words as one quoted phrase', () => {
		expect(
			openingWordsSearchPath('Invites Member States and other donors to support those activities;'),
		).toBe(
			`/search/?q=${encodeURIComponent('"Invites Member States and other donors to support"')}`,
		);
	});
});
