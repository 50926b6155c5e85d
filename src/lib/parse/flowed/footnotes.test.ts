import { describe, expect, it } from 'vitest';
import { plainText } from '../../inline.ts';
import { addNoteLine, endNoteOf, noteMarkerOf, pageNoteNumber, pageNoteOf } from './footnotes.ts';

describe('pageNoteNumber', () => {
	it('reads the number of the note that comes next', () => {
		expect(pageNoteNumber('4 Ibid., vol. 1577, No. 27531.', 4)).toBe(4);
	});

	it('takes a line that opens with another number for no note', () => {
		expect(pageNoteNumber('3–14 June 1992, vol. I, Resolutions Adopted', 11)).toBeNull();
	});
});

describe('pageNoteOf', () => {
	it('places the note at its number and its text after it', () => {
		const note = pageNoteOf({ line: 32, text: '1 See resolution 2200 A (XXI), annex.' });
		expect(note?.footnote.at).toEqual({ line: 32, column: 1 });
		expect(note?.footnote.content).toEqual([
			{ kind: 'text', text: 'See resolution 2200 A (XXI), annex.', at: { line: 32, column: 3 } },
		]);
	});
});

describe('endNoteOf', () => {
	it('sets the Markdown marker aside and keeps the number as the note’s', () => {
		const marker = noteMarkerOf({ line: 80, text: '[^13]: CEDAW/C/GC/40.' });
		expect(marker).not.toBeNull();
		if (marker === null) return;
		const note = endNoteOf(marker);
		expect(note.footnote.number).toBe(13);
		expect(note.footnote.at).toEqual({ line: 80, column: 3 });
		expect(note.setAside.map((piece) => piece.text)).toEqual(['[^', ']:']);
	});
});

describe('addNoteLine', () => {
	it('keeps a year the extraction made a marker of as the text of the note before', () => {
		const marker = noteMarkerOf({
			line: 1,
			text: '[^10]: Report of the Conference, Cairo, 5–13 September',
		});
		if (marker === null) throw new Error('no marker');
		const note = endNoteOf(marker);
		addNoteLine(note, { line: 2, text: '[^1994]: (United Nations publication)' });
		expect(note.footnote.content.map((run) => (run.kind === 'text' ? run.text : ''))).toEqual([
			'Report of the Conference, Cairo, 5–13 September',
			'1994',
			// The space after the marker's "]:" is the space between the year and the words.
			' (United Nations publication)',
		]);
		expect(plainText(note.footnote.content)).toBe(
			'Report of the Conference, Cairo, 5–13 September 1994 (United Nations publication)',
		);
	});
});
