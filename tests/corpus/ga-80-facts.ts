/**
 * What a reader counts in the 59 resolutions of tests/fixtures/ga-80/ (A/RES/80/1 ... A/RES/80/70),
 * written down by reading their texts, not by running the project's parser.
 *
 * How it was made. Each extraction of a resolution (one to four files: v1.0.0 layout text, v1.1.0 and
 * v1.2.0 flowed text, v1.3.0 flowed text with notes gathered at the end) was counted on its own by
 * small throwaway scripts: footnotes by their numbers taken in sequence (1, 2, 3 ...; a wrapped line
 * such as "[^1994]:" is not a footnote), operative paragraphs by the numbers 1..n taken in sequence
 * (also when a number is run into the previous paragraph's line), preambular paragraphs as the
 * paragraphs between "The General Assembly," and "1.", with the halves of a paragraph cut by a page
 * break (footnotes and a running head between them) joined again and running heads set aside. The
 * counts of the extractions were then compared, and every disagreement, and every paragraph that did
 * not open as a preambular paragraph does ("Recalling", "Noting", "Desirous of" ...), was settled by
 * opening the text and reading it. Each resolution's comment says which files were counted and what
 * is odd in them; a line number (L42) is one of the file named just before it, or of the first file
 * the comment names.
 *
 * Read entirely by eye as well: 80/1, 80/7, 80/9 (v1.0.0), 80/10, 80/13, 80/14, 80/16, 80/27, 80/30,
 * 80/42, 80/45, 80/56, 80/57, 80/59.
 *
 * Conventions. `preambular` and `operative` count the resolution itself, never its annex. Lettered
 * items (a), (b) and roman sub-items belong to their paragraph, also where an extraction lost their
 * letters; unnumbered headings are not paragraphs. 80/5 and 80/9 consist of a single unnumbered
 * operative paragraph ("Adopts ...") with no preamble: they are given operative 1, preambular 0.
 * Every First Committee resolution prints "(A/80/534, para. 7)": the report is A/80/534, the
 * paragraph reference is left out. Annex titles are the printed ones.
 */

/** What a reader counts in one resolution of tests/fixtures/ga-80/, by reading its text. */
export interface ResolutionFacts {
	symbol: string;
	/** ISO date of "Resolution adopted by the General Assembly on ...", not the distribution date. */
	adopted: string;
	committee:
		{ kind: 'plenary'; draft: string } | { kind: 'committee'; committee: string; report: string };
	/** Unnumbered paragraphs between "The General Assembly," and operative paragraph 1. */
	preambular: number;
	/** Operative paragraphs of the resolution itself (lettered items are not paragraphs). */
	operative: number;
	/** Footnotes of the whole document, numbered 1..n as printed. */
	footnotes: number;
	/** [] when there is no annex. */
	annexes: AnnexFacts[];
}

export interface AnnexFacts {
	/** The annex's title as printed. */
	title: string;
	/** Unnumbered paragraphs before the annex's first numbered paragraph. */
	preambular: number;
	/** Numbered paragraphs of the annex. */
	operative: number;
	/** Section headings and unnumbered sub-headings inside the annex. */
	headings: number;
}

const firstCommittee = {
	kind: 'committee',
	committee: 'First Committee',
	// printed "[on the report of the First Committee (A/80/534, para. 7)]"
	report: 'A/80/534',
} as const satisfies ResolutionFacts['committee'];

export const ga80Facts: readonly ResolutionFacts[] = [
	// 80/1: v1.0.0, v1.1.0, v1.2.0, v1.3.0 agree; read by eye. Op 1 carries items (a)-(c); v1.1.0 L42: running head "A/RES/80/1 Participation by ..." inside item (a); the catalogue title says "80th session", the print "eightieth session".
	{
		symbol: 'A/RES/80/1',
		adopted: '2025-09-19',
		committee: { kind: 'plenary', draft: 'A/80/L.2/Rev.1' },
		preambular: 5,
		operative: 3,
		footnotes: 1,
		annexes: [],
	},
	// 80/4: v1.0.0, v1.1.0, v1.3.0 agree. Running head inside the 6th preambular paragraph (a list of resolutions): v1.1.0 L38 with the symbol, v1.3.0 L38 as the cut title alone; v1.3.0 L22 prints the title cut after "financial".
	{
		symbol: 'A/RES/80/4',
		adopted: '2025-10-29',
		committee: { kind: 'plenary', draft: 'A/80/L.6' },
		preambular: 8,
		operative: 5,
		footnotes: 1,
		annexes: [],
	},
	// 80/5: v1.0.0 counted, checked against v1.1.0, v1.2.0, v1.3.0. "The General Assembly" (no comma) is followed by ONE unnumbered operative paragraph ("Adopts the Doha Political Declaration ...") and no preamble: counted preambular 0, operative 1 (the numbered-only reading would give 0). All three flowed files run annex para 2 into para 1 (L34) and para 9 into para 8 (v1.1.0 L48, v1.2.0 L40, v1.3.0 L42): split by reading; the layout text has all 44 numbers. v1.3.0 drops nearly every item letter (8 of 122 kept). Headings "A call to action" (v1.0.0 L363) and "Follow-up" (v1.0.0 L1234).
	{
		symbol: 'A/RES/80/5',
		adopted: '2025-11-04',
		committee: { kind: 'plenary', draft: 'A/80/L.5' },
		preambular: 0,
		operative: 1,
		footnotes: 15,
		annexes: [
			{
				title:
					'Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social Development”',
				preambular: 0,
				operative: 44,
				headings: 2,
			},
		],
	},
	// 80/7: v1.0.0, v1.1.0, v1.2.0, v1.3.0 agree; read by eye (v1.3.0). Op 2 is a list of IAEA resolutions printed over several lines (v1.1.0 L36-45) with a running head inside it at v1.1.0 L41.
	{
		symbol: 'A/RES/80/7',
		adopted: '2025-11-14',
		committee: { kind: 'plenary', draft: 'A/80/L.7' },
		preambular: 4,
		operative: 5,
		footnotes: 3,
		annexes: [],
	},
	// 80/8: v1.0.0, v1.1.0, v1.2.0, v1.3.0 agree. Running heads inside paragraphs: v1.1.0 L65 (15th preambular) and L135 (op 9), v1.2.0 L110; v1.3.0 L22 prints the title cut after "sport and the".
	{
		symbol: 'A/RES/80/8',
		adopted: '2025-11-19',
		committee: { kind: 'plenary', draft: 'A/80/L.10' },
		preambular: 32,
		operative: 9,
		footnotes: 6,
		annexes: [],
	},
	// 80/9: v1.0.0 counted and read by eye, checked against v1.1.0, v1.2.0, v1.3.0. Like 80/5: one unnumbered operative paragraph ("Adopts ..."), no preamble: counted preambular 0, operative 1. Annex numbers: v1.1.0 runs paras 6-7 into para 5 (L48) and 11 into 10 (L71), v1.3.0 the same (L38, L43); v1.2.0 moves paras 9-13 into the footnote block, glued to a running head at L119, so only 8 numbers stand in order; v1.3.0 drops the letters of the items of paras 18, 26 and 28, keeping only "(f)" (L66). All 31 numbers are on lines of their own in the layout text.
	{
		symbol: 'A/RES/80/9',
		adopted: '2025-11-24',
		committee: { kind: 'plenary', draft: 'A/80/L.8' },
		preambular: 0,
		operative: 1,
		footnotes: 15,
		annexes: [
			{
				title:
					'2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons',
				preambular: 0,
				operative: 31,
				headings: 0,
			},
		],
	},
	// 80/10: v1.0.0, v1.1.0, v1.2.0, v1.3.0 agree once repaired; read by eye. v1.2.0 L30 joins the 3rd and 4th preambular paragraphs on one line ("...Development,10 Reaffirming the 2030 Agenda ..."); v1.3.0 L78: the wrapped line of footnote 10 taken for a footnote of its own, "[^1994]:"; v1.3.0 L54 "51st plenary meeting" has lost its date.
	{
		symbol: 'A/RES/80/10',
		adopted: '2025-11-26',
		committee: { kind: 'plenary', draft: 'A/80/L.11' },
		preambular: 11,
		operative: 3,
		footnotes: 13,
		annexes: [],
	},
	// 80/11: v1.1.0 and v1.3.0 agree. Three unnumbered headings inside the operative part, not counted as paragraphs (this interface has no place for them): "Peacebuilding Commission" before para 1 (v1.1.0 L68), "Peacebuilding financing" (L130), "Department of Political and Peacebuilding Affairs/Peacebuilding Support Office" (L156). Most item letters of paras 1 and 2 are lost in both files (L72-96, L100-106).
	{
		symbol: 'A/RES/80/11',
		adopted: '2025-11-26',
		committee: { kind: 'plenary', draft: 'A/80/L.15' },
		preambular: 16,
		operative: 30,
		footnotes: 4,
		annexes: [],
	},
	// 80/13: v1.1.0 and v1.3.0 agree; read by eye (v1.3.0). Running head (the title, no symbol) between the 5th and 6th preambular paragraphs: v1.1.0 L43, v1.3.0 L39.
	{
		symbol: 'A/RES/80/13',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 8,
		operative: 5,
		footnotes: 3,
		annexes: [],
	},
	// 80/14: v1.1.0 only; read by eye. Footnotes 1-3 stand between paras 2 and 3 (L41-45), footnotes 4-5 after the plenary line.
	{
		symbol: 'A/RES/80/14',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 5,
		operative: 8,
		footnotes: 5,
		annexes: [],
	},
	// 80/15: v1.1.0 and v1.3.0 agree. Title printed cut after "in Latin America" (L22 in both).
	{
		symbol: 'A/RES/80/15',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 15,
		operative: 6,
		footnotes: 10,
		annexes: [],
	},
	// 80/16: v1.1.0 only; read by eye. Title printed cut after "in the use of" (L22); the cut title again as a running head inside op 2 (L36).
	{
		symbol: 'A/RES/80/16',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 3,
		operative: 4,
		footnotes: 0,
		annexes: [],
	},
	// 80/17: v1.1.0 and v1.3.0 agree. The 7th preambular paragraph opens "Desirous of" (L41).
	{
		symbol: 'A/RES/80/17',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 12,
		operative: 12,
		footnotes: 4,
		annexes: [],
	},
	// 80/18: v1.1.0 and v1.3.0 agree; v1.2.0 L72: footnote 7 swallows the rest of the document (preambular 17-18, paras 1-6, plenary line), so it counts 16/0. v1.3.0 L81: the wrapped line "7 February 1984." of footnote 2 taken for a footnote "[^7]:".
	{
		symbol: 'A/RES/80/18',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 18,
		operative: 6,
		footnotes: 7,
		annexes: [],
	},
	// 80/19: v1.1.0 and v1.3.0 agree. The 6th preambular paragraph is cut by a page break with footnotes between (v1.1.0 L37-43).
	{
		symbol: 'A/RES/80/19',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 24,
		operative: 9,
		footnotes: 6,
		annexes: [],
	},
	// 80/20: v1.1.0 and v1.3.0 agree. A footnote listing States wraps over several lines (v1.1.0 L76-79); op 3 is cut by a page break with footnotes between (v1.1.0 L64-83).
	{
		symbol: 'A/RES/80/20',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 14,
		operative: 7,
		footnotes: 8,
		annexes: [],
	},
	// 80/21: v1.1.0 only. A footnote listing States wraps over several lines (L66-69); the printed title holds a narrow no-break space ("arms race in\u202fouter space", L22).
	{
		symbol: 'A/RES/80/21',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 13,
		operative: 11,
		footnotes: 8,
		annexes: [],
	},
	// 80/22: v1.1.0 counts 7; v1.2.0 and v1.3.0 count 6 because footnote 4 (L72 in both) swallows the end of op 6, op 7 and the plenary line. Resolved by reading: 7.
	{
		symbol: 'A/RES/80/22',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 12,
		operative: 7,
		footnotes: 4,
		annexes: [],
	},
	// 80/23: v1.1.0 and v1.3.0 agree; v1.2.0 L38: footnote 1 swallows everything from the middle of the 5th preambular paragraph to the end (counts 5/0). Title printed cut after "into" (L22); the cut title as a running head inside the 5th preambular paragraph (v1.1.0 L38, v1.3.0 L36). Op 2 opens "Pending ...", not a verb.
	{
		symbol: 'A/RES/80/23',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 9,
		operative: 4,
		footnotes: 1,
		annexes: [],
	},
	// 80/24: v1.1.0 and v1.3.0 agree. The 35th preambular paragraph opens "Seized of" (v1.1.0 L132); ops 2 and 10 end without punctuation in both ("...progressive process", "...as an effective measure", v1.1.0 L136, L162): their last words look lost, the numbering is whole.
	{
		symbol: 'A/RES/80/24',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 35,
		operative: 23,
		footnotes: 20,
		annexes: [],
	},
	// 80/26: v1.1.0 and v1.3.0 agree. The 13th preambular paragraph opens "Desirous of" (v1.1.0 L58).
	{
		symbol: 'A/RES/80/26',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 13,
		operative: 10,
		footnotes: 9,
		annexes: [],
	},
	// 80/27: v1.1.0 and v1.3.0 agree; read by eye (v1.3.0). Running head "Regional disarmament" between the 4th and 5th preambular paragraphs (v1.1.0 L38, v1.3.0 L36).
	{
		symbol: 'A/RES/80/27',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 9,
		operative: 6,
		footnotes: 2,
		annexes: [],
	},
	// 80/28: v1.1.0 and v1.3.0 agree. The 4th preambular paragraph and op 5 are cut by page breaks with footnotes between.
	{
		symbol: 'A/RES/80/28',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 10,
		operative: 12,
		footnotes: 9,
		annexes: [],
	},
	// 80/30: v1.1.0 and v1.3.0 agree; read by eye (v1.1.0). Title printed cut before "devoted to disarmament" (L22); running head between the 4th and 5th preambular paragraphs (v1.1.0 L37, v1.3.0 L35).
	{
		symbol: 'A/RES/80/30',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 9,
		operative: 5,
		footnotes: 3,
		annexes: [],
	},
	// 80/31: v1.1.0 and v1.3.0 agree. The 1st preambular paragraph (a list of resolutions) is printed on six lines (v1.1.0 L27-32).
	{
		symbol: 'A/RES/80/31',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 16,
		operative: 10,
		footnotes: 12,
		annexes: [],
	},
	// 80/33: v1.1.0 and v1.3.0 agree. The 10th preambular paragraph puts the end of a quoted title on a line of its own ("An Agenda for Disarmament,", v1.1.0 L50), not a paragraph; title printed cut after "Court of" (L22).
	{
		symbol: 'A/RES/80/33',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 19,
		operative: 4,
		footnotes: 13,
		annexes: [],
	},
	// 80/34: v1.1.0 only. The 11th preambular paragraph ("Convinced that the Convention ... contribution to:", L51) carries five sub-items (L53-61, "International peace and security," ...) printed without letters like paragraphs: counted as part of it, not as five more (a line count gives 16); the 10th and 11th preambular paragraphs sit on adjacent lines (L50-51). The items of ops 5, 11 and 12 lost their letters except "(f)" (L101). Title printed cut (L23).
	{
		symbol: 'A/RES/80/34',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 11,
		operative: 36,
		footnotes: 24,
		annexes: [],
	},
	// 80/35: v1.1.0 counts 11; v1.2.0 and v1.3.0 count 3 because footnote 1 (L65 in both) swallows ops 4-11 and the plenary line. Resolved by reading: 11. The 6th preambular paragraph (meeting places) is printed on four lines (L38-41); title printed cut (L23).
	{
		symbol: 'A/RES/80/35',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 13,
		operative: 11,
		footnotes: 1,
		annexes: [],
	},
	// 80/36: v1.1.0 only. Title printed cut after "small arms and" (L22); op 2 is cut by a page break with footnotes between (L65-79).
	{
		symbol: 'A/RES/80/36',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 16,
		operative: 10,
		footnotes: 9,
		annexes: [],
	},
	// 80/37: v1.1.0 and v1.3.0 agree. Running head "Reducing nuclear danger" between the 8th and 9th preambular paragraphs (L43 in both).
	{
		symbol: 'A/RES/80/37',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 12,
		operative: 6,
		footnotes: 5,
		annexes: [],
	},
	// 80/38: v1.1.0 only. Ops 22 (L136) and 34 (L163) end cut off at "...and the International Tracing"; the numbering is whole.
	{
		symbol: 'A/RES/80/38',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 23,
		operative: 37,
		footnotes: 8,
		annexes: [],
	},
	// 80/39: v1.1.0 and v1.3.0 agree. The 2nd preambular paragraph wraps "Securing Our Common Future: An Agenda ..." onto a line of its own (L29 in both); the 12th opens "Ever mindful" (v1.1.0 L65); title printed cut (L22).
	{
		symbol: 'A/RES/80/39',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 33,
		operative: 32,
		footnotes: 16,
		annexes: [],
	},
	// 80/41: v1.1.0 only. Title printed cut before "mass destruction" (L22).
	{
		symbol: 'A/RES/80/41',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 18,
		operative: 6,
		footnotes: 7,
		annexes: [],
	},
	// 80/42: v1.1.0 counts 9, v1.3.0 counts 8 because [^1] (v1.3.0 L71) swallows op 9 and the plenary line. Resolved by reading v1.1.0 by eye: 9.
	{
		symbol: 'A/RES/80/42',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 10,
		operative: 9,
		footnotes: 1,
		annexes: [],
	},
	// 80/43: v1.1.0 and v1.3.0 agree. The 17th preambular paragraph is printed on three lines (v1.1.0 L66-68).
	{
		symbol: 'A/RES/80/43',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 21,
		operative: 17,
		footnotes: 15,
		annexes: [],
	},
	// 80/44: v1.1.0 and v1.3.0 agree. The 1st preambular paragraph (a list of resolutions) is printed on seven lines (v1.1.0 L26-32).
	{
		symbol: 'A/RES/80/44',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 21,
		operative: 11,
		footnotes: 14,
		annexes: [],
	},
	// 80/45: v1.1.0 and v1.3.0 agree; read by eye (v1.1.0). Title printed cut after "agreed to at the" (L22); the 5th preambular paragraph is cut by a page break with footnote 1 between (v1.1.0 L35-39); op 3 has items (a)-(f).
	{
		symbol: 'A/RES/80/45',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 9,
		operative: 6,
		footnotes: 5,
		annexes: [],
	},
	// 80/46: v1.1.0 and v1.3.0 agree. The 8th preambular paragraph is printed on three lines (v1.1.0 L41-43).
	{
		symbol: 'A/RES/80/46',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 17,
		operative: 20,
		footnotes: 9,
		annexes: [],
	},
	// 80/47: v1.1.0 and v1.3.0 agree. Title printed without "(Bangkok Treaty)" (L22).
	{
		symbol: 'A/RES/80/47',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 15,
		operative: 5,
		footnotes: 7,
		annexes: [],
	},
	// 80/48: v1.1.0 only. Preambular 4, 10 and 16 are cut by page breaks with footnotes between.
	{
		symbol: 'A/RES/80/48',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 24,
		operative: 13,
		footnotes: 13,
		annexes: [],
	},
	// 80/49: v1.1.0 and v1.3.0 agree. Title printed cut before "on nuclear disarmament" (L22).
	{
		symbol: 'A/RES/80/49',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 16,
		operative: 15,
		footnotes: 4,
		annexes: [],
	},
	// 80/51: v1.1.0 only. The 9th preambular paragraph opens "Disappointed at" (L44); op 3 has items (a)-(i).
	{
		symbol: 'A/RES/80/51',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 12,
		operative: 6,
		footnotes: 10,
		annexes: [],
	},
	// 80/52: v1.1.0 only. The YAML title is that of 80/47 ("Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty)"), the print says "Implementation of the Convention on Cluster Munitions".
	{
		symbol: 'A/RES/80/52',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 23,
		operative: 11,
		footnotes: 3,
		annexes: [],
	},
	// 80/53: v1.1.0 only. Title printed cut after "Experts on" (L23); ops 5 and 6 have items (a)-(d) and (a)-(h).
	{
		symbol: 'A/RES/80/53',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 25,
		operative: 12,
		footnotes: 12,
		annexes: [],
	},
	// 80/54: v1.1.0 only. One preambular paragraph; running head "Treaty on the Prohibition of Nuclear Weapons" inside op 6 (L47).
	{
		symbol: 'A/RES/80/54',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 1,
		operative: 15,
		footnotes: 4,
		annexes: [],
	},
	// 80/55: v1.1.0 only. Op 2 is cut by a page break with footnotes between (L64-72).
	{
		symbol: 'A/RES/80/55',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 17,
		operative: 7,
		footnotes: 4,
		annexes: [],
	},
	// 80/56: v1.1.0 only; read by eye. No footnotes.
	{
		symbol: 'A/RES/80/56',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 2,
		operative: 4,
		footnotes: 0,
		annexes: [],
	},
	// 80/57: v1.1.0 counts 4, v1.3.0 counts 3 because [^3] (v1.3.0 L66) swallows op 4 and the plenary line. Resolved by reading v1.1.0 by eye: 4. The 7th preambular paragraph is cut by a page break (v1.1.0 L38-40).
	{
		symbol: 'A/RES/80/57',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 13,
		operative: 4,
		footnotes: 3,
		annexes: [],
	},
	// 80/58: v1.1.0 only. Op 6 is cut by a page break with footnotes between (L78-86).
	{
		symbol: 'A/RES/80/58',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 18,
		operative: 11,
		footnotes: 4,
		annexes: [],
	},
	// 80/59: v1.1.0 counts 9/2; v1.3.0 counts 6/0: the end of the 6th preambular paragraph ("1653 (XVI) of 24 November 1961, ...") is taken for a footnote "[^1653]:" (v1.3.0 L44) that swallows the rest. Resolved by reading v1.1.0 by eye.
	{
		symbol: 'A/RES/80/59',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 9,
		operative: 2,
		footnotes: 2,
		annexes: [],
	},
	// 80/60: v1.1.0 only. Title printed without "in Africa" (L23).
	{
		symbol: 'A/RES/80/60',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 9,
		operative: 14,
		footnotes: 7,
		annexes: [],
	},
	// 80/62: v1.3.0 only. The 3rd preambular paragraph is printed on three lines (L31-34).
	{
		symbol: 'A/RES/80/62',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 8,
		operative: 10,
		footnotes: 5,
		annexes: [],
	},
	// 80/63: v1.3.0 only. Title printed cut after "activities of the" (L22); the 15th preambular paragraph runs over L54-58 with a page break.
	{
		symbol: 'A/RES/80/63',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 48,
		operative: 37,
		footnotes: 16,
		annexes: [],
	},
	// 80/64: v1.3.0 only. The 1st preambular paragraph (a list of resolutions) is printed on seven lines (L26-32).
	{
		symbol: 'A/RES/80/64',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 7,
		operative: 7,
		footnotes: 3,
		annexes: [],
	},
	// 80/65: v1.3.0 only.
	{
		symbol: 'A/RES/80/65',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 13,
		operative: 11,
		footnotes: 8,
		annexes: [],
	},
	// 80/67: v1.3.0 only.
	{
		symbol: 'A/RES/80/67',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 16,
		operative: 8,
		footnotes: 8,
		annexes: [],
	},
	// 80/68: v1.3.0 only. Title printed cut (L22); op 8 has items (a)-(d), (d) with (i)-(vi).
	{
		symbol: 'A/RES/80/68',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 9,
		operative: 15,
		footnotes: 16,
		annexes: [],
	},
	// 80/69: v1.3.0 only. Title printed cut before "Mediterranean region" (L22).
	{
		symbol: 'A/RES/80/69',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 13,
		operative: 9,
		footnotes: 3,
		annexes: [],
	},
	// 80/70: v1.3.0 only. L93: a wrapped line of footnote 4 taken for a footnote "[^2321]:".
	{
		symbol: 'A/RES/80/70',
		adopted: '2025-12-01',
		committee: firstCommittee,
		preambular: 16,
		operative: 11,
		footnotes: 4,
		annexes: [],
	},
];
