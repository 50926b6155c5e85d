import { describe, expect, it } from 'vitest';
import { textMarks } from './text-marks.ts';

/** The marked stretches of a text, as the words they cover. */
function marked(text: string): string[] {
	return textMarks(text).map(
		(mark) =>
			`${mark.kind === 'web-address' ? `link ${mark.href}` : 'title'}: ${text.slice(mark.start, mark.end)}`,
	);
}

describe('textMarks', () => {
	it('sets the Official Records series with its session and supplement as one title', () => {
		expect(
			marked(
				'See Official Records of the Economic and Social Council, 2008, Supplement No. 10 (E/2008/30), chap. II.',
			),
		).toEqual([
			'title: Official Records of the Economic and Social Council, 2008, Supplement No. 10',
		]);
		expect(
			marked(
				'see also Official Records of the General Assembly, Sixty-second Session, Plenary Meetings, 117th to 120th meetings (A/62/PV.117-120), and corrigendum.',
			),
		).toEqual([
			'title: Official Records of the General Assembly, Sixty-second Session, Plenary Meetings',
		]);
		expect(
			marked(
				'Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45 and corrigendum (A/34/45 and Corr.1)',
			),
		).toEqual([
			'title: Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45',
		]);
	});

	it('italicises what goes on after "Ibid." but not "Ibid." itself', () => {
		expect(marked('Ibid., 2009, Supplement No. 10 (E/2009/30), chap. II.')).toEqual([
			'title: 2009, Supplement No. 10',
		]);
		expect(marked('Ibid., vol. 2349, No. 42146.')).toEqual([]);
	});

	it('sets the Treaty Series as a title but not its volume and number', () => {
		expect(
			marked('United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.'),
		).toEqual(['title: United Nations, Treaty Series']);
	});

	it('titles a report sold as a United Nations publication, and its volume’s title apart from its number', () => {
		expect(
			marked(
				'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annex I.',
			),
		).toEqual([
			'title: Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995',
		]);
		expect(
			marked(
				'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum)',
			),
		).toEqual([
			'title: Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992',
			'title: Resolutions Adopted by the Conference',
		]);
		expect(marked('Report of the Secretary-General (A/64/123).')).toEqual([]);
	});

	it('links bare web addresses without the full stop that ends the sentence', () => {
		expect(
			marked('Available from www.unodc.org/unodc/en/human-trafficking/publications.html.'),
		).toEqual([
			'link https://www.unodc.org/unodc/en/human-trafficking/publications.html: www.unodc.org/unodc/en/human-trafficking/publications.html',
		]);
		expect(marked('Available from www.coe.int/trafficking.')).toEqual([
			'link https://www.coe.int/trafficking: www.coe.int/trafficking',
		]);
		expect(marked('(see https://example.org/a).')).toEqual([
			'link https://example.org/a: https://example.org/a',
		]);
	});

	it('marks nothing in plain operative text', () => {
		expect(
			marked(
				'Requests the Secretary-General to report to the General Assembly at its sixty-fifth session;',
			),
		).toEqual([]);
	});
});
