/**
 * Small documents built by hand, for tests that need a model without a seed.
 */
import type {
	DocumentMeta,
	FootnoteCall,
	Inline,
	Paragraph,
	ResolutionPart,
	TextRun,
	UnDocument,
} from '../../src/lib/model.ts';

let line = 0;

/** A text run on a line of its own. */
export function run(text: string): TextRun {
	line += 1;
	return { kind: 'text', text, at: { line, column: 1 } };
}

/** A footnote call on the current line. */
export function call(footnote: number, occurrence = 1): FootnoteCall {
	return { kind: 'footnote-call', footnote, occurrence, at: { line, column: 80 } };
}

/** A paragraph of the given kind and number. */
export function paragraph(
	kind: Paragraph['kind'],
	number: number,
	content: Inline[],
	leadPhrase: string | null = null,
): Paragraph {
	return {
		kind,
		number,
		printedLabel: kind === 'preambular' ? null : `${number}.`,
		leadPhrase,
		content,
		items: [],
		at: content[0]?.at ?? { line, column: 1 },
	};
}

/** The resolution part of a document. */
export function resolutionPart(
	preamble: Paragraph[],
	operative: Paragraph[],
	extra: Partial<ResolutionPart> = {},
): ResolutionPart {
	return {
		kind: 'resolution',
		index: 0,
		heading: null,
		title: [],
		opening: run('The General Assembly,'),
		preamble,
		operativeIntro: null,
		operative,
		closing: [run('65th plenary meeting'), run('18 December 2009')],
		parts: [],
		...extra,
	};
}

/** Metadata of a General Assembly resolution, overridable. */
export function resolutionMeta(extra: Partial<DocumentMeta> = {}): DocumentMeta {
	return {
		symbol: 'A/RES/99/1',
		body: 'General Assembly',
		documentType: 'resolution',
		title: 'A test resolution',
		resolutionNumber: '99/1',
		date: '2009-12-18',
		session: 99,
		agendaItem: '1',
		plenaryMeeting: 65,
		committeeReport: null,
		distributionDate: null,
		jobNumber: null,
		...extra,
	};
}

/** A document from its parts and footnotes. */
export function resolutionDocument(
	parts: ResolutionPart[],
	extra: Partial<UnDocument> = {},
): UnDocument {
	return {
		file: 'test.txt',
		meta: resolutionMeta(),
		parts,
		report: null,
		footnotes: [],
		setAside: [],
		...extra,
	};
}
