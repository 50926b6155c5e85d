/**
 * What UN editorial style sets apart inside running text, found in the text itself: the titles of
 * publications, which it prints in italics, and web addresses, which a reader online can follow.
 * Marks only say how characters are shown; they never add, drop or change one.
 */

/** A stretch [start, end) of a string shown as a publication title or as a link to a web address. */
export type TextMark =
	| { kind: 'publication-title'; start: number; end: number }
	| { kind: 'web-address'; start: number; end: number; href: string };

// "Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 27": the series,
// the session (or the Council's year) and the part are all one title; "and corrigendum" is not.
const session = String.raw`(?:[A-Z][a-z]+(?:-[a-z]+)? (?:Special |Emergency Special )?Session|\d{4})`;
const part = String.raw`(?:, (?:Supplement No\. \d+[A-Z]?|Plenary Meetings|Annexes))?`;
const officialRecords = new RegExp(
	String.raw`Official Records of the [A-Z][A-Za-z ]*?, ${session}${part}`,
	'g',
);
// "Ibid., 2009, Supplement No. 10" goes on with the title of the footnote before: the title's rest is
// italic, "Ibid." is not.
const ibidRecords = new RegExp(
	String.raw`(?<=\bIbid\., )${session}, Supplement No\. \d+[A-Z]?`,
	'g',
);
const treatySeries = /United Nations, Treaty Series/g;
// "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations
// publication, …)": a report sold as a publication is titled up to its sales notice; a volume's own
// title ("vol. I, Resolutions Adopted by the Conference") is a title too, its number is not.
const salesPublication =
	/Report of the [^;()]*?(?:(, vol\. [IVX]+, )([^;()]*?))?(?=\s\(United Nations publication\b)/dg;
// A bare address as UN footnotes print it ("Available from www.unodc.org/…."): the sentence's
// full stop and any closing bracket after it are not part of it.
const webAddress = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:)\]]/g;

function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
	return [...text.matchAll(pattern)];
}

/** The publication titles and web addresses in a stretch of text, in order, none overlapping. */
export function textMarks(text: string): TextMark[] {
	const marks: TextMark[] = [];
	for (const pattern of [officialRecords, ibidRecords, treatySeries]) {
		for (const match of matchesOf(pattern, text))
			marks.push({
				kind: 'publication-title',
				start: match.index,
				end: match.index + match[0].length,
			});
	}
	for (const match of matchesOf(salesPublication, text)) {
		const end = match.index + match[0].length;
		const volume = match.indices?.[1];
		if (volume === undefined) {
			marks.push({ kind: 'publication-title', start: match.index, end });
			continue;
		}
		marks.push({ kind: 'publication-title', start: match.index, end: volume[0] });
		if (volume[1] < end) marks.push({ kind: 'publication-title', start: volume[1], end });
	}
	for (const match of matchesOf(webAddress, text)) {
		const address = match[0];
		marks.push({
			kind: 'web-address',
			start: match.index,
			end: match.index + address.length,
			href: /^https?:\/\//.test(address) ? address : `https://${address}`,
		});
	}
	marks.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: TextMark[] = [];
	for (const mark of marks) {
		const last = kept.at(-1);
		if (last === undefined || mark.start >= last.end) kept.push(mark);
	}
	return kept;
}
