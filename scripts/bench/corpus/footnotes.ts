/**
 * The footnotes of a generated resolution: what they cite (a report or a declaration of the corpus,
 * a real seed, or the older records real footnotes cite), called in reading order and numbered as
 * the UN numbers them, once the resolution's paragraphs are all planned.
 */
import { earlierResolution } from './clauses.ts';
import type { PlannedItem, PlannedParagraph, PlannedPart } from './document-plan.ts';
import type { Random } from './random.ts';

/** Footnotes that cite the real seeds' resolutions. */
const realResolutionFootnotes = [
	'Resolution 65/230, annex.',
	'See resolution 64/180.',
	'Economic and Social Council resolution 2007/17.',
];
/** The footnote that cites the real seeds' report. */
const realReportFootnote = 'A/67/97.';

/** What a resolution's footnotes may cite of the corpus: documents earlier than it. */
export interface Citations {
	/** The numbers of earlier resolutions with an annex: `72/305`. */
	annexed: readonly string[];
	/** The symbols of earlier reports: `A/71/501`. */
	reports: readonly string[];
	/**
	 * Whether it cites resolutions of the corpus and the real seeds: each it names may be taken for
	 * its predecessor, so few do; the others cite reports and older records only.
	 */
	citesResolutions: boolean;
}

/** A footnote's text. */
export function footnoteText(random: Random, citations: Citations): string {
	const roll = random.next();
	if (citations.citesResolutions && roll < 0.25 && citations.annexed.length > 0)
		return `Resolution ${random.pick(citations.annexed)}, annex.`;
	if (citations.citesResolutions && roll < 0.4) return random.pick(realResolutionFootnotes);
	if (roll < 0.55 && citations.reports.length > 0) return `${random.pick(citations.reports)}.`;
	if (roll < 0.6) return realReportFootnote;
	const year = random.int(2005, 2015);
	return random.weighted([
		[2, `E/CN.15/${year}/${random.int(2, 30)}.`],
		[
			2,
			`See Official Records of the Economic and Social Council, ${year}, Supplement No. 10 (E/${year}/30), chap. I, sect. ${random.pick(['A', 'B', 'C', 'D'])}.`,
		],
		[2, `Resolution ${earlierResolution(random, 'General Assembly').number}, annex.`],
		[
			1,
			`United Nations, Treaty Series, vol. ${random.int(1000, 3200)}, No. ${random.int(10000, 58000)}.`,
		],
	]);
}

/** Calls footnotes while a document is printed; `footnotes` fills as they are first called. */
export interface FootnoteCaller {
	footnotes: string[];
	/** The footnote a sentence calls (new, or now and then one called before), or null. */
	callOrNull(): number | null;
}

/** Numbers footnotes in the order the text first calls them, as the UN does. */
export function footnoteCaller(random: Random, text: () => string): FootnoteCaller {
	const footnotes: string[] = [];
	return {
		footnotes,
		callOrNull() {
			if (!random.chance(0.12)) return null;
			if (footnotes.length > 0 && random.chance(0.2)) return random.int(1, footnotes.length);
			footnotes.push(text());
			return footnotes.length;
		},
	};
}

// A call glued to a figure and its full stop ("2035.12") would read as a decimal number.
function callAfter(words: string, caller: FootnoteCaller): number | null {
	return /\d$/.test(words) ? null : caller.callOrNull();
}

/**
 * A part as printed: each paragraph ended as its place says (`,` in the preamble; `;` between
 * operative paragraphs, `.` after the last; `:` before a list) and footnotes called in reading
 * order, so that a paragraph moved or added in a series does not call footnote 3 before 1.
 */
export function printedPart(part: PlannedPart, caller: FootnoteCaller): PlannedPart {
	const called = (list: readonly PlannedItem[], end: string): PlannedItem[] =>
		list.map((item, index) => {
			const itemEnd = index === list.length - 1 ? end : ';';
			return item.items.length === 0
				? { ...item, end: itemEnd, call: callAfter(item.words, caller) }
				: { ...item, end: ':', call: null, items: called(item.items, itemEnd) };
		});
	const ended = (list: readonly PlannedParagraph[], between: string, last: string) =>
		list.map((planned, index): PlannedParagraph => {
			const end = index === list.length - 1 ? last : between;
			return planned.items.length === 0
				? { ...planned, end, call: callAfter(planned.words, caller) }
				: { ...planned, end: ':', call: null, items: called(planned.items, end) };
		});
	return {
		...part,
		preamble: ended(part.preamble, ',', ','),
		operative: ended(part.operative, ';', '.'),
	};
}
