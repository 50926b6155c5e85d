/**
 * The document model: the vocabulary of the whole project.
 *
 * Every parser (one per seed shape) produces an `UnDocument`; everything downstream (MDX, pages,
 * search records, timelines) reads only this model. Every piece of seed text carries the place it
 * came from (`at`), so tests can prove that the model plus what was set aside is the seed, in order.
 */

/** A place in a seed file: 1-based line and column. */
export interface Source {
	line: number;
	column: number;
}

/** A calendar date as precise as the text states it: `2012`, `2010-05` or `2009-12-18`. */
export type IsoDate = string;

/** A run of the document's own words. */
export interface TextRun {
	kind: 'text';
	text: string;
	at: Source;
}

/** A place where the text calls a footnote ("Programme,1 should"). */
export interface FootnoteCall {
	kind: 'footnote-call';
	/** The footnote's number as printed. */
	footnote: number;
	/** 1 for the first call of this footnote in the document, 2 for the second … */
	occurrence: number;
	at: Source;
}

/** What a paragraph's text is made of. */
export type Inline = TextRun | FootnoteCall;

/** An item of a list inside a paragraph: "(a) Role of …", "3. Successes and …", "(ii) …". */
export interface ListItem {
	/** The label without punctuation, lower case as printed: `a`, `ii`, `3`. */
	label: string;
	/** The label as printed: `(a)`, `3.`. */
	printedLabel: string;
	content: Inline[];
	items: ListItem[];
	at: Source;
}

/** The three kinds of numbered or counted paragraph. */
export type ParagraphKind = 'preambular' | 'operative' | 'report';

/** A preambular, operative or report paragraph. */
export interface Paragraph {
	kind: ParagraphKind;
	/** Preambular paragraphs are counted from 1; operative and report paragraphs carry their printed number. */
	number: number;
	/** The number as printed (`12.`), or null where the text prints none (preambular, a sole operative paragraph). */
	printedLabel: string | null;
	/** The words that open a resolution paragraph and say what it does ("Recalling further", "Also requests"). */
	leadPhrase: string | null;
	content: Inline[];
	items: ListItem[];
	at: Source;
}

/**
 * A heading printed among a part's paragraphs: a declaration's section ("II. Implementation …") or
 * an unnumbered sub-heading ("A call to action"). Headings are not citable passages.
 */
export interface SectionHeading {
	/** Its words as printed, a run a line. */
	text: TextRun[];
	/** Where it stands: before the paragraph at `index` of the part's `preamble` or `operative` list (the list's length when it follows the last). */
	before: { list: 'preamble' | 'operative'; index: number };
}

/** Which level of a resolution a part is. */
export type PartKind = 'resolution' | 'annex' | 'draft';

/** A resolution's own text, an annex to it (a declaration) or a draft resolution it recommends. */
export interface ResolutionPart {
	kind: PartKind;
	/** 1-based position among the annexes; 0 for the resolution itself and for a draft. */
	index: number;
	/** The heading as printed ("Annex"), if any. */
	heading: TextRun | null;
	/** The part's own title (an annexed declaration's name); the resolution's title is in `meta`. */
	title: TextRun[];
	/** "The General Assembly,", "We, the States Members of the United Nations,". */
	opening: TextRun | null;
	preamble: Paragraph[];
	/** A line between preamble and operative part: "Declare as follows:". */
	operativeIntro: TextRun | null;
	operative: Paragraph[];
	/** "65th plenary meeting", "18 December 2009": shown as printed and also read into `meta`. */
	closing: TextRun[];
	/** Parts nested in this one: the draft that an ECOSOC resolution recommends to the Assembly. */
	parts: ResolutionPart[];
	/** The headings printed among its paragraphs, in document order, where it has any. */
	headings?: SectionHeading[];
}

/** A report's text: an unnumbered summary and numbered paragraphs. */
export interface ReportBody {
	/** The heading as printed ("Report of the Secretary-General"). */
	heading: TextRun | null;
	summaryHeading: TextRun | null;
	summary: Inline[];
	paragraphs: Paragraph[];
}

/** A footnote and its text. */
export interface Footnote {
	number: number;
	content: Inline[];
	at: Source;
}

/** Why a piece of seed text is not in the document body. */
export type SetAsideRule =
	| 'ods-marker' // [DU1] and <<ODS …>> job markers
	| 'page-furniture' // rules, page numbers, running heads, bar codes, "United Nations" masthead
	| 'markup' // Markdown syntax: <sup> tags, heading hashes, emphasis, page-break rules
	| 'metadata'; // text read into `meta`: adoption line, committee report, title, symbol, distribution data

/** Seed text that a named rule keeps out of the body; metadata keeps its value in `meta`. */
export interface SetAside {
	rule: SetAsideRule;
	/** What it is, in a word or two: `title`, `job number`, `page number`. */
	what: string;
	text: string;
	at: Source;
}

/** Who issued a document. */
export type Body = 'General Assembly' | 'Economic and Social Council' | 'Secretary-General';

/** What kind of document it is. */
export type DocumentType = 'resolution' | 'report';

/** The report of a Main Committee on which a resolution was adopted. */
export interface CommitteeReport {
	committee: string;
	/** The report's symbol as printed, with any corrigendum: `A/64/440 and Corr.1`. */
	printed: string;
	/** The report's own symbol: `A/64/440`. */
	symbol: string;
}

/** What is known about a document, from its text and its sidecar. */
export interface DocumentMeta {
	/** The UN document symbol: `A/RES/64/180`, `E/RES/2007/17`, `A/67/97`. */
	symbol: string;
	body: Body;
	documentType: DocumentType;
	title: string;
	/** The resolution's number as printed before its title (`64/180`), or null. */
	resolutionNumber: string | null;
	/** Adopted (a resolution) or issued (a report). */
	date: IsoDate;
	session: number | null;
	agendaItem: string | null;
	plenaryMeeting: number | null;
	committeeReport: CommitteeReport | null;
	distributionDate: IsoDate | null;
	jobNumber: string | null;
	/** The draft resolution a plenary adopted "without reference to a Main Committee (A/80/L.11)", where the text names it. */
	draftResolution?: string | undefined;
}

/**
 * Where a text came from, as the pipeline that extracted it says in its YAML header, key by key
 * as written: `record_id` (the UN Digital Library record), `source_pdf` (the official PDF),
 * `extract_version`, and its `title` and `date`, which are the library's, not the printed text's.
 */
export type Provenance = Record<string, string>;

/** The shapes UN text arrives in: the ODS's, Markdown, text extracted from a PDF as laid out, or flowed one paragraph a line. */
export type SeedShape = 'ods' | 'markdown' | 'pdf-text' | 'flowed';

/** One parsed seed. */
export interface UnDocument {
	/** The seed's file name, for errors and provenance. */
	file: string;
	/** The shape its text arrived in, which decided the parser that read it. */
	shape?: SeedShape;
	meta: DocumentMeta;
	/** What another pipeline's YAML header said of the text, where the seed opens with one. */
	provenance?: Provenance;
	/** Resolution text: the resolution, then its annexes. Empty for a report. */
	parts: ResolutionPart[];
	report: ReportBody | null;
	footnotes: Footnote[];
	setAside: SetAside[];
}

/** The sidecar's keys: what a seed's text lacks, or what should win over it. */
export type SidecarMeta = Partial<
	Pick<
		DocumentMeta,
		| 'symbol'
		| 'body'
		| 'documentType'
		| 'title'
		| 'date'
		| 'session'
		| 'agendaItem'
		| 'plenaryMeeting'
		| 'distributionDate'
		| 'jobNumber'
	>
>;
