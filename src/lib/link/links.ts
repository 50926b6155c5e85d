/**
 * Cross-references wired into conversion: the links the MDX body gets, and the citations each
 * document makes, both read from the same stretches of text so a link and its citation never differ.
 */
import type { PassageAddress } from '../contract.ts';
import { inlineSegments } from '../inline.ts';
import type { Body, UnDocument } from '../model.ts';
import type { ParseWarning } from '../parse/error.ts';
import { type Passage, passagesOf } from '../passages.ts';
import { findReferences } from './find.ts';
import type { CitingReference } from './cited-by.ts';
import { type Corpus, corpusEntryOf, type LinkTarget, resolveReference } from './resolve.ts';
import {
	type CitingPassage,
	type FoundReference,
	type LinksInText,
	type NamedBefore,
	type Speaker,
	speakerOf,
	type TextLink,
} from './types.ts';

/** A reference found in a stretch of text, with where it leads. */
export interface LinkedReference extends FoundReference {
	target: LinkTarget;
}

/** What a document cites, as its front-matter records it. */
export interface DocumentCites {
	/** Symbols of the other documents it cites, in the order it first cites them. */
	cites: string[];
	/** Works without a symbol that it cites (a treaty, a commission's resolution), as the text names them. */
	citesWithoutSymbol: string[];
}

/**
 * Who speaks in a passage: the document's body, except in a draft resolution, which speaks as the
 * Assembly it is recommended to ("its resolution 57/270 B" in ECOSOC's draft is the Assembly's).
 */
export function speakerAt(body: Body, address: PassageAddress): Speaker {
	if (
		(address.kind === 'preambular' || address.kind === 'operative') &&
		address.part.kind === 'draft'
	)
		return 'General Assembly';
	return speakerOf(body);
}

/** What resolving needs to know about each document of the corpus, by symbol. */
export function corpusOf(documents: readonly UnDocument[]): Corpus {
	return new Map(documents.map((document) => [document.meta.symbol, corpusEntryOf(document)]));
}

/** Finds the references in a stretch of text, as `findReferences` does. */
export type ReferenceFinder = (
	text: string,
	speaker: Speaker,
	before?: NamedBefore,
) => readonly FoundReference[];

/**
 * A finder that remembers what it found in each text, for one document whose texts are read twice
 * (for its citations and link warnings, then for the links of its MDX): finding is pure and costly.
 */
export function rememberingFinder(find: ReferenceFinder = findReferences): ReferenceFinder {
	const found = new Map<string, readonly FoundReference[]>();
	return (text, speaker, before) => {
		const named = before === undefined ? '' : JSON.stringify(before);
		const key = `${speaker}\u0000${named}\u0000${text}`;
		const known = found.get(key);
		if (known !== undefined) return known;
		const references = find(text, speaker, before);
		found.set(key, references);
		return references;
	};
}

/** The references in a stretch of a passage's text, each resolved against the corpus. */
export function referencesInText(
	text: string,
	citing: CitingPassage,
	speaker: Speaker,
	corpus: Corpus,
	find: ReferenceFinder = findReferences,
): LinkedReference[] {
	return find(text, speaker).map((found) => ({
		...found,
		target: resolveReference(found.reference, { corpus, citing }),
	}));
}

/**
 * The links of a corpus for the MDX body: a corpus document's page and paragraph, or the official
 * record; a reference that leads nowhere (a treaty article) stays plain text.
 */
export function linksInCorpus(corpus: Corpus, find: ReferenceFinder = findReferences): LinksInText {
	return (text, context) =>
		referencesInText(
			text,
			{ symbol: context.symbol, address: context.address },
			speakerOf(context.speaker),
			corpus,
			find,
		).flatMap(({ start, end, target }): TextLink[] =>
			target.kind === 'none' ? [] : [{ start, end, href: target.href }],
		);
}

/**
 * The stretches of a passage's text that the MDX links, as emit/mdx.ts cuts them: the text between
 * footnote calls, with a paragraph's lead phrase (set in italics, never linked) cut off the first.
 */
function linkableTexts(passage: Passage): string[] {
	return inlineSegments(passage.content).flatMap((segment, index) => {
		if (segment.kind !== 'text') return [];
		const lead = passage.leadPhrase;
		const at = lead === null || index !== 0 ? -1 : segment.text.indexOf(lead);
		if (lead === null || at < 0 || at > 2) return [segment.text];
		return [segment.text.slice(at + lead.length)];
	});
}

/** A reference with the passage it stands in and the seed line that passage starts on. */
interface PassageReference extends CitingReference {
	line: number;
}

/** The works without a symbol (treaties among them) that references name, once each, in order. */
function treatiesNamed(references: readonly CitingReference[]): string[] {
	return [
		...new Set(
			references.flatMap(({ reference }) =>
				reference.kind === 'unsymbolled' ? [reference.work] : [],
			),
		),
	];
}

/**
 * Every reference of a document, passage by passage in reading order; each text is read knowing the
 * conventions named before it (in its passage, and in the document), for "the Convention".
 */
function passageReferencesOf(
	document: UnDocument,
	find: ReferenceFinder = findReferences,
): PassageReference[] {
	const symbol = document.meta.symbol;
	const inDocument: string[] = [];
	return passagesOf(document).flatMap((passage) => {
		const citing: CitingPassage = { symbol, address: passage.address };
		const speaker = speakerAt(document.meta.body, passage.address);
		const line = passage.content[0]?.at.line ?? 0;
		const references: PassageReference[] = [];
		for (const text of linkableTexts(passage)) {
			const before = { passage: treatiesNamed(references), document: [...inDocument] };
			references.push(
				...find(text, speaker, before).map(({ reference }) => ({ citing, reference, line })),
			);
		}
		for (const name of treatiesNamed(references))
			if (!inDocument.includes(name)) inDocument.push(name);
		return references;
	});
}

/** Every reference a document makes, each with the passage it stands in, in reading order. */
export function citingReferencesOf(document: UnDocument): CitingReference[] {
	return passageReferencesOf(document).map(({ citing, reference }) => ({ citing, reference }));
}

/**
 * References that name a paragraph their document does not have ("paragraph 99 above"): each is
 * still linked, to the document, and reported against its seed file and line.
 */
export function linkWarningsOf(documents: readonly UnDocument[], corpus: Corpus): ParseWarning[] {
	return documents.flatMap((document) =>
		warningsFrom(document, passageReferencesOf(document), corpus),
	);
}

function warningsFrom(
	document: UnDocument,
	references: readonly PassageReference[],
	corpus: Corpus,
): ParseWarning[] {
	return references.flatMap(({ citing, reference, line }) => {
		const target = resolveReference(reference, { corpus, citing });
		if (
			target.kind === 'passage' ||
			target.kind === 'part' ||
			target.kind === 'official-record' ||
			target.warning === null
		)
			return [];
		return [{ file: document.file, line, message: target.warning }];
	});
}

/** What a document cites: other documents by symbol, and works without one by name. */
export function citesOf(document: UnDocument): DocumentCites {
	return citesFrom(document, passageReferencesOf(document));
}

/**
 * What a document cites and what its links warn about (`citesOf` and `linkWarningsOf`), from one
 * pass over its text: finding references is a fifth of converting a document.
 */
export function citesAndLinkWarningsOf(
	document: UnDocument,
	corpus: Corpus,
	find: ReferenceFinder = findReferences,
): DocumentCites & { warnings: ParseWarning[] } {
	const references = passageReferencesOf(document, find);
	return {
		...citesFrom(document, references),
		warnings: warningsFrom(document, references, corpus),
	};
}

function citesFrom(document: UnDocument, references: readonly PassageReference[]): DocumentCites {
	const cites = new Set<string>();
	const citesWithoutSymbol = new Set<string>();
	for (const { reference } of references) {
		if (reference.kind === 'document' && reference.symbol !== document.meta.symbol)
			cites.add(reference.symbol);
		if (reference.kind === 'unsymbolled') citesWithoutSymbol.add(reference.work);
	}
	return { cites: [...cites], citesWithoutSymbol: [...citesWithoutSymbol] };
}
