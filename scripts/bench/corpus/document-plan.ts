/**
 * What a generated document says, before it is written in one of the seeds' three shapes.
 * The writers (`write-ods.ts`, `write-markdown.ts`, `write-pdf-text.ts`) only lay these out.
 */
import { leadPhraseOf } from '../../../src/lib/parse/lead-phrase.ts';

/** The shape a generated seed is written in, as `src/lib/parse/seed.ts` recognises them. */
export type PlannedShape = 'ods' | 'markdown' | 'pdf-text';

/** A sentence of a paragraph or item: its words, its closing punctuation and a footnote call after it. */
export interface PlannedText {
	/** The words, without the closing punctuation. */
	words: string;
	/** `,` `;` `:` or `.` */
	end: string;
	/** The number of the footnote called after the punctuation, or null. */
	call: number | null;
}

/** An item of a list inside a paragraph, "(a) To prepare …;", with its own items "(i) …". */
export interface PlannedItem extends PlannedText {
	items: PlannedItem[];
}

/** A resolution paragraph: its lead phrase (the start of its words, or null) and its items. */
export interface PlannedParagraph extends PlannedText {
	lead: string | null;
	items: PlannedItem[];
}

/**
 * A paragraph of these words and items, its lead phrase read from its words as the parser reads it;
 * its ending and footnote call are set when its part is printed (`footnotes.ts`).
 * @example paragraphOf('Recalling its resolution 58/140').lead // 'Recalling'
 */
export function paragraphOf(words: string, items: PlannedItem[] = []): PlannedParagraph {
	return { lead: leadPhraseOf(words), words, end: ';', call: null, items };
}

/** The resolution itself or an annexed declaration. */
export interface PlannedPart {
	/** The annex's title; null for the resolution itself. */
	annexTitle: string | null;
	/** "The General Assembly,", "We, the States Members of the United Nations,". */
	opening: string;
	preamble: PlannedParagraph[];
	/** "Declare as follows:" before an annex's numbered paragraphs, or null. */
	operativeIntro: string | null;
	operative: PlannedParagraph[];
}

/** A resolution of the General Assembly or the Economic and Social Council. */
export interface PlannedResolution {
	kind: 'resolution';
	shape: 'ods' | 'markdown';
	body: 'General Assembly' | 'Economic and Social Council';
	symbol: string;
	/** `80/312`, `2031/104`. */
	resolutionNumber: string;
	title: string;
	/** Adoption date, `YYYY-MM-DD`. */
	date: string;
	/** Distribution date, `YYYY-MM-DD`, some months after adoption. */
	distributionDate: string;
	session: number | null;
	agendaItem: number;
	plenaryMeeting: number;
	/** The Main Committee report it was adopted on (`A/80/457`), or null. */
	committeeReport: string | null;
	/** Seven digits: `2547263` prints as `N2547263E`, `25-47263` and `*2547263*`. */
	jobNumber: string;
	parts: PlannedPart[];
	/** Footnote texts; footnote n is `footnotes[n - 1]`. */
	footnotes: string[];
	/** The symbol of the earlier resolution of its series it repeats and amends, or null. */
	continues: string | null;
}

/** A report of the Secretary-General, as text extracted from its PDF, with a sidecar. */
export interface PlannedReport {
	kind: 'report';
	shape: 'pdf-text';
	symbol: string;
	title: string;
	session: number;
	/** The year it was issued: `2027`. */
	year: number;
	summary: string;
	paragraphs: { words: string; items: string[] }[];
}

/** One document of a generated corpus. */
export type PlannedDocument = PlannedResolution | PlannedReport;
