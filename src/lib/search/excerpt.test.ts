import { describe, expect, it } from 'vitest';
import { excerptOf, markedPieces } from './excerpt.ts';
import { searchTermPattern } from './terms.ts';

const words = (count: number, word = 'word'): string =>
	Array.from({ length: count }, () => word).join(' ');
const textOf = (pieces: { text: string }[]): string => pieces.map((piece) => piece.text).join('');
const marksOf = (pieces: { text: string; marked: boolean }[]): string[] =>
	pieces.filter((piece) => piece.marked).map((piece) => piece.text);

describe('markedPieces', () => {
	it('marks the searched words, not their punctuation', () => {
		const pieces = markedPieces('such as cybercrime; and', searchTermPattern(['cybercrime']));
		expect(pieces).toEqual([
			{ text: 'such as ', marked: false },
			{ text: 'cybercrime', marked: true },
			{ text: '; and', marked: false },
		]);
	});
});

describe('excerptOf', () => {
	it('gives a short passage whole', () => {
		const pieces = excerptOf(
			'Urges States to combat kidnapping;',
			searchTermPattern(['kidnapping']),
		);
		expect(textOf(pieces)).toBe('Urges States to combat kidnapping;');
		expect(marksOf(pieces)).toEqual(['kidnapping']);
	});

	it('shows the match of a long passage, with "…" where words are left out', () => {
		const text = `${words(60)}. Calls for action on piracy at sea ${words(60)}.`;
		const pieces = excerptOf(text, searchTermPattern(['piracy']));
		const shown = textOf(pieces);
		expect(marksOf(pieces)).toEqual(['piracy']);
		expect(shown.startsWith('… Calls for action on piracy')).toBe(true);
		expect(shown.endsWith(' …')).toBe(true);
		expect(shown.split(' ').filter((word) => word !== '…')).toHaveLength(40);
	});

	it('begins a long passage at its start when the match is near it, with "…" only at its end', () => {
		const text = `Recalling the piracy ${words(80)}`;
		const shown = textOf(excerptOf(text, searchTermPattern(['piracy'])));
		expect(shown.startsWith('Recalling the piracy')).toBe(true);
		expect(shown.endsWith(' …')).toBe(true);
	});

	it('shows the window with the most searched words', () => {
		const text = `prison ${words(50)} prison overcrowding ${words(50)}`;
		const pieces = excerptOf(text, searchTermPattern(['prison', 'overcrowding']));
		expect(marksOf(pieces)).toEqual(['prison', 'overcrowding']);
	});
});
