/**
 * Incremental conversion: which documents' generated files can stay as they are.
 *
 * A document's `.mdx` and `.json` are a function of its seed (text, sidecar and their paths, which
 * the front-matter names), of the converter's code, and of the rest of the corpus only through what
 * linking reads of it (`corpusOf`: each document's type, annex count and anchors). So its cache key
 * hashes exactly those; when the key is the one the manifest recorded and the files in the content
 * directory still have the hashes recorded for them, emitting it again would write the same bytes.
 */
import { createHash } from 'node:crypto';
import type { ParseWarning } from './parse/parse-error.ts';
import type { SeedFile } from './parse/parse-seed.ts';
import type { Corpus } from './references-resolve.ts';

/** What the manifest remembers of one document's last conversion. */
export interface ManifestEntry {
	/** The cache key it was converted under (`cacheKeyOf`). */
	key: string;
	/** Each of its generated files, by name, with the hash of the text written to it. */
	files: Record<string, string>;
	/** What linking warned about it, printed again when its files are reused. */
	warnings: ParseWarning[];
}

/** What the last conversion of a content directory wrote, by the name its documents' files share. */
export interface ConvertManifest {
	format: typeof manifestFormat;
	documents: Record<string, ManifestEntry>;
}

// Raised whenever the manifest's shape changes, so an older manifest is ignored, not misread.
const manifestFormat = 1;

/**
 * The hash of a text or of a file's bytes (SHA-256, hex): how a file's content and a cache key are
 * compared. A text hashes as its UTF-8 bytes, so a file read as bytes need not be decoded.
 */
export function contentHashOf(text: string | Uint8Array): string {
	return createHash('sha256').update(text).digest('hex');
}

/**
 * The hash of what linking reads of the corpus: every document's symbol, type, annex count and
 * anchors, in symbol order (so renaming a seed file does not change it), but none of its text.
 */
export function linkDataHashOf(corpus: Corpus): string {
	const entries = [...corpus]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([symbol, entry]) => [symbol, entry.documentType, entry.annexCount, [...entry.anchors]]);
	return contentHashOf(JSON.stringify(entries));
}

/** The cache key of a document: its seed and sidecar (paths and texts), the converter, the corpus's link data. */
export function cacheKeyOf(seed: SeedFile, converterVersion: string, linkDataHash: string): string {
	return contentHashOf(
		JSON.stringify([
			manifestFormat,
			converterVersion,
			linkDataHash,
			seed.file,
			seed.text,
			seed.sidecar?.file ?? null,
			seed.sidecar?.text ?? null,
		]),
	);
}

/**
 * The manifest entry whose files can be kept for a document under `key`, or null when it must be
 * emitted again: no entry, another key, or a file missing or changed since (edited by hand, deleted).
 */
export function reusableEntry(
	manifest: ConvertManifest | null,
	slug: string,
	key: string,
	contentHashes: ReadonlyMap<string, string>,
): ManifestEntry | null {
	const entry = manifest?.documents[slug];
	if (entry === undefined || entry.key !== key) return null;
	const files = Object.entries(entry.files);
	if (files.length === 0 || files.some(([name, hash]) => contentHashes.get(name) !== hash)) return null;
	return entry;
}

/** A manifest to write: the entries of this run's documents only, so removed documents drop out. */
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

function isEntry(value: unknown): value is ManifestEntry {
	return (
		isRecord(value) &&
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
	if (!isRecord(value) || value.format !== manifestFormat || !isRecord(value.documents)) return null;
	const entries = Object.entries(value.documents);
	const valid = entries.flatMap(([slug, entry]) => (isEntry(entry) ? [[slug, entry] as const] : []));
	if (valid.length !== entries.length) return null;
	return manifestOf(Object.fromEntries(valid));
}
