/**
 * Incremental conversion: which seeds need parsing again, and which documents' generated files can
 * stay as they are.
 *
 * Parsing a seed is a function of the seed alone (text, sidecar, their paths) and the converter's
 * code: its seed key hashes those, and while it is unchanged the manifest's summary of the last parse
 * (symbol, what linking reads, warnings) stands in for parsing again. A document's `.mdx` and `.json`
 * depend on the rest of the corpus only through what linking reads of it (`corpusOf`: each
 * document's type, annex count and anchors), so its document key hashes its seed key and that link
 * data; when the key is the one the manifest recorded and the files in the content directory still
 * have the hashes recorded for them, emitting it again would write the same bytes.
 */
import { createHash } from 'node:crypto';
import type { DocumentType } from '../model.ts';
import type { ParseWarning } from '../parse/error.ts';
import type { SeedFile } from '../parse/seed.ts';
import type { CorpusEntry } from '../link/resolve.ts';

/** What the rest of the conversion needs of a seed's parse, kept so that an unchanged seed is not parsed again. */
export interface ParseSummary {
	symbol: string;
	/** The seed line that prints the symbol (named if a later seed repeats it), null if only the sidecar gives it. */
	symbolLine: number | null;
	/**
	 * What linking reads of the document (`corpusEntryOf`). The anchors are in page order, joined by
	 * spaces (an anchor has none): one string a document, which a manifest of thousands reads back
	 * far faster than as many arrays.
	 */
	documentType: DocumentType;
	annexCount: number;
	anchors: string;
	/** The hash of what linking reads of it, symbol included (`linkHashOf`). */
	linkHash: string;
	/** What parsing warned about. */
	warnings: ParseWarning[];
}

/** What the manifest remembers of one seed's last conversion. */
export interface ManifestEntry {
	/** The seed key it was parsed under (`seedKeyOf`). */
	seedKey: string;
	parsed: ParseSummary;
	/** The document key its files were written under (`documentKeyOf`). */
	key: string;
	/** Each of its generated files, by name, with the hash of the text written to it. */
	files: Record<string, string>;
	/** What linking warned about it, printed again when its files are reused. */
	warnings: ParseWarning[];
}

/** What the last conversion of a content directory did, by seed file. */
export interface ConvertManifest {
	format: typeof manifestFormat;
	documents: Record<string, ManifestEntry>;
}

// Raised whenever the manifest's shape changes, so an older manifest is ignored, not misread.
const manifestFormat = 4;

/**
 * The hash of a text or of a file's bytes (SHA-256, hex): how a file's content and a cache key are
 * compared. A text hashes as its UTF-8 bytes, so a file read as bytes need not be decoded.
 */
export function contentHashOf(text: string | Uint8Array): string {
	return createHash('sha256').update(text).digest('hex');
}

/** The hash of what linking reads of one document: its symbol, type, annex count and anchors. */
export function linkHashOf(
	summary: Pick<ParseSummary, 'symbol' | 'documentType' | 'annexCount' | 'anchors'>,
): string {
	return contentHashOf(
		JSON.stringify([summary.symbol, summary.documentType, summary.annexCount, summary.anchors]),
	);
}

/**
 * The hash of what linking reads of the corpus: every document's link hash, in symbol order (so
 * renaming a seed file does not change it), but none of its text.
 */
export function linkDataHashOf(
	summaries: readonly Pick<ParseSummary, 'symbol' | 'linkHash'>[],
): string {
	const lines = summaries.map(({ symbol, linkHash }) => `${symbol} ${linkHash}`);
	return contentHashOf(lines.sort().join('\n'));
}

/** A seed known by its paths and the hashes of its files' bytes: all its seed key depends on. */
export interface HashedSeed {
	file: string;
	textHash: string;
	sidecar: { file: string; textHash: string } | null;
}

/** A seed as hashes, from its texts. */
export function hashedSeedOf(seed: SeedFile): HashedSeed {
	return {
		file: seed.file,
		textHash: contentHashOf(seed.text),
		sidecar:
			seed.sidecar === null
				? null
				: { file: seed.sidecar.file, textHash: contentHashOf(seed.sidecar.text) },
	};
}

/**
 * The seed key of a seed: its text and sidecar (paths and hashes) and the converter, all parsing
 * depends on. Hashes rather than texts, so that a seed whose hash is known from its file's stamp
 * (file-stamps.ts) need not be read.
 */
export function seedKeyOf(seed: HashedSeed, converterVersion: string): string {
	return contentHashOf(
		JSON.stringify([
			manifestFormat,
			converterVersion,
			seed.file,
			seed.textHash,
			seed.sidecar?.file ?? null,
			seed.sidecar?.textHash ?? null,
		]),
	);
}

/** The document key of a seed's generated files: its seed key and the corpus's link data. */
export function documentKeyOf(seedKey: string, linkDataHash: string): string {
	return contentHashOf(`${seedKey} ${linkDataHash}`);
}

/** The summary of the last parse of a seed, when its seed key is unchanged; null when it must be parsed. */
export function cachedParse(
	manifest: ConvertManifest | null,
	file: string,
	seedKey: string,
): ParseSummary | null {
	const entry = manifest?.documents[file];
	return entry !== undefined && entry.seedKey === seedKey ? entry.parsed : null;
}

/** What linking reads of a document, from its parse summary. */
export function corpusEntryFrom(parsed: ParseSummary): CorpusEntry {
	let anchors: ReadonlySet<string> | undefined;
	return {
		documentType: parsed.documentType,
		annexCount: parsed.annexCount,
		// Built when linking first asks: a run that emits one document reads the anchors of the few it cites.
		get anchors() {
			anchors ??= new Set(parsed.anchors === '' ? [] : parsed.anchors.split(' '));
			return anchors;
		},
	};
}

/**
 * The manifest entry whose files can be kept for a document under `key`, or null when it must be
 * emitted again: no entry, another key, or a file missing or changed since (edited by hand, deleted).
 */
export function reusableEntry(
	manifest: ConvertManifest | null,
	file: string,
	key: string,
	contentHashes: ReadonlyMap<string, string>,
): ManifestEntry | null {
	const entry = manifest?.documents[file];
	if (entry === undefined || entry.key !== key) return null;
	const files = Object.entries(entry.files);
	if (files.length === 0 || files.some(([name, hash]) => contentHashes.get(name) !== hash))
		return null;
	return entry;
}

/** A manifest to write: the entries of this run's seeds only, so removed seeds drop out. */
export function manifestOf(documents: Record<string, ManifestEntry>): ConvertManifest {
	return { format: manifestFormat, documents };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function isWarning(value: unknown): value is ParseWarning {
	return (
		isRecord(value) &&
		typeof value.file === 'string' &&
		typeof value.line === 'number' &&
		typeof value.message === 'string'
	);
}

function isParseSummary(value: unknown): value is ParseSummary {
	return (
		isRecord(value) &&
		typeof value.symbol === 'string' &&
		(value.symbolLine === null || typeof value.symbolLine === 'number') &&
		(value.documentType === 'resolution' || value.documentType === 'report') &&
		typeof value.annexCount === 'number' &&
		typeof value.anchors === 'string' &&
		typeof value.linkHash === 'string' &&
		Array.isArray(value.warnings) &&
		value.warnings.every(isWarning)
	);
}

function isEntry(value: unknown): value is ManifestEntry {
	return (
		isRecord(value) &&
		typeof value.seedKey === 'string' &&
		isParseSummary(value.parsed) &&
		typeof value.key === 'string' &&
		isRecord(value.files) &&
		Object.values(value.files).every((hash) => typeof hash === 'string') &&
		Array.isArray(value.warnings) &&
		value.warnings.every(isWarning)
	);
}

/**
 * A manifest read back from JSON, or null when it is not one this converter wrote (another format,
 * a damaged file): then every document is converted again.
 */
export function manifestFrom(value: unknown): ConvertManifest | null {
	if (!isRecord(value) || value.format !== manifestFormat || !isRecord(value.documents))
		return null;
	const entries = Object.entries(value.documents);
	const valid = entries.flatMap(([file, entry]) =>
		isEntry(entry) ? [[file, entry] as const] : [],
	);
	if (valid.length !== entries.length) return null;
	return manifestOf(Object.fromEntries(valid));
}
