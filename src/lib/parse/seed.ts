/**
 * One entry to parsing: recognise a seed's shape, hand it to the parser for that shape, and check
 * what only the whole corpus can show (two seeds with one symbol).
 */
import type { SeedShape, SidecarMeta, UnDocument } from '../model.ts';
import { isFlowedText, parseFlowedText } from './flowed/document.ts';
import { parseMarkdownText } from './markdown/document.ts';
import { parseOdsText } from './ods/document.ts';
import { ParseError, type ParseResult, type ParseWarning } from './error.ts';
import { parsePdfText } from './pdf-text/document.ts';
import { draftOf } from './adoption-lines.ts';
import { checkDocument, suspectedDamage } from './checks.ts';
import { headerBlockOf, headerDisagreements } from './header-block.ts';
import { applySidecar, parseSidecar } from './sidecar.ts';

/** A seed as read from disk: its path (for errors), its text and its sidecar's text, if any. */
export interface SeedFile {
	file: string;
	text: string;
	sidecar: { file: string; text: string } | null;
}

// A PDF's first page as laid out prints "United Nations" on a line of its own above the symbol.
function hasLayoutMasthead(text: string): boolean {
	return /^[ \t]*United Nations[ \t]*$/m.test(
		text
			.split(/\r\n|\n|\r/)
			.slice(0, 40)
			.join('\n'),
	);
}

/**
 * The shape of a seed, from its name and its text.
 * @example seedShapeOf('[DU1]\nResolution adopted by the General Assembly …', '000.txt') // 'ods'
 */
export function seedShapeOf(text: string, file: string): SeedShape {
	// ODS exports mark the document with [DU1] and wrap job data in <<ODS …>> markers.
	if (/^\[DU\d+\]/m.test(text) || /<<ODS [A-Z ]+\d*>>/.test(text)) return 'ods';
	// Markdown may arrive as .txt: its headings and <sup> calls give it away.
	if (/^#{1,6} \S|<sup>\d+<\/sup>/m.test(text)) return 'markdown';
	// Extraction pipelines name their plain text .md too: its layout tells what it is.
	if (isFlowedText(text)) return 'flowed';
	if (/\.(md|markdown)$/i.test(file) && !hasLayoutMasthead(text)) return 'markdown';
	return 'pdf-text';
}

function parseShape(
	seed: SeedFile,
	shape: SeedShape,
	sidecar: SidecarMeta | undefined,
): ParseResult<UnDocument> {
	switch (shape) {
		case 'pdf-text':
			return parsePdfText(seed.text, seed.file, sidecar);
		case 'markdown':
			return withSidecar(parseMarkdownText(seed.text, seed.file), sidecar);
		case 'ods':
			return withSidecar(parseOdsText(seed.text, seed.file), sidecar);
		case 'flowed':
			return parseFlowedText(seed.text, seed.file, sidecar);
	}
}

/**
 * Parses one seed, whatever its shape; the sidecar fills what the text lacks and wins where both
 * speak. Another pipeline's YAML header is kept as the document's provenance, and the parse is
 * refused unless it passes the checks every UN document obeys (`checks.ts`).
 */
export function parseSeed(seed: SeedFile): ParseResult<UnDocument> {
	const sidecar =
		seed.sidecar === null ? undefined : parseSidecar(seed.sidecar.text, seed.sidecar.file);
	const shape = seedShapeOf(seed.text, seed.file);
	const shaped = parseShape(seed, shape, sidecar);
	const parsed = withDraft({ ...shaped, document: { ...shaped.document, shape } });
	checkDocument(parsed.document, seed.text, seed.file);
	const result = {
		...parsed,
		warnings: [...parsed.warnings, ...suspectedDamage(parsed.document, seed.file)],
	};
	const header = headerBlockOf(seed.text.split(/\r\n|\n|\r/), seed.file);
	if (header.provenance === null) return result;
	return {
		document: { ...result.document, provenance: header.provenance },
		warnings: [...result.warnings, ...headerDisagreements(result.document, header, seed)],
	};
}

/** The document with the draft its adoption line names, read from the lines set aside as metadata. */
function withDraft(result: ParseResult<UnDocument>): ParseResult<UnDocument> {
	const { document } = result;
	const metadata = document.setAside.filter((piece) => piece.rule === 'metadata');
	const draft = draftOf(metadata.map((piece) => piece.text).join(' '));
	if (draft === null || document.meta.documentType !== 'resolution') return result;
	return {
		...result,
		document: { ...document, meta: { ...document.meta, draftResolution: draft } },
	};
}

function withSidecar(
	result: ParseResult<UnDocument>,
	sidecar: ReturnType<typeof parseSidecar> | undefined,
): ParseResult<UnDocument> {
	if (sidecar === undefined) return result;
	return {
		...result,
		document: { ...result.document, meta: applySidecar(result.document.meta, sidecar) },
	};
}

/** The seed line that prints a document's symbol, or null when only its sidecar gives one. */
export function symbolLineOf(document: UnDocument): number | null {
	return document.setAside.find((piece) => piece.what === 'symbol')?.at.line ?? null;
}

/** The error for a seed whose symbol an earlier seed already has, at the line that prints it (or 1). */
export function duplicateSymbolError(
	file: string,
	line: number | null,
	symbol: string,
	earlier: string,
): ParseError {
	return new ParseError(file, line ?? 1, `symbol ${symbol} is already the symbol of ${earlier}`);
}

/** Parses every seed; two seeds with one symbol are an error naming both files. */
export function parseCorpus(seeds: readonly SeedFile[]): ParseResult<UnDocument[]> {
	const documents: UnDocument[] = [];
	const warnings: ParseWarning[] = [];
	const fileBySymbol = new Map<string, string>();
	for (const seed of seeds) {
		const result = parseSeed(seed);
		const symbol = result.document.meta.symbol;
		const earlier = fileBySymbol.get(symbol);
		if (earlier !== undefined)
			throw duplicateSymbolError(seed.file, symbolLineOf(result.document), symbol, earlier);
		fileBySymbol.set(symbol, seed.file);
		documents.push(result.document);
		warnings.push(...result.warnings);
	}
	return { document: documents, warnings };
}
