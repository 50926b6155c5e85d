/**
 * The YAML block a seed may open with, between `---` lines. The project's own block holds only
 * sidecar keys and is read as strictly as a sidecar. Another pipeline's block (`record_id`,
 * `source_pdf`, `extract_version` …) is read for what the project knows of it, its symbol, and
 * every other key is kept as the document's provenance: a document is never refused for a key the
 * project does not know.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Provenance, SetAside, SidecarMeta, UnDocument } from '../model.ts';
import { ParseError, type ParseWarning } from './error.ts';
import { isSidecarKey, parseSidecar, sidecarKeys, symbolOf } from './sidecar.ts';

/** What the block at the top of a seed gave. */
export interface HeaderBlock {
	/** What the block says in the project's own keys: all of it from the project's own block, only the symbol from another pipeline's. */
	meta: SidecarMeta;
	/** Another pipeline's keys and values as written (its `title` and `date` too, which are only hints); null for the project's own block or none. */
	provenance: Provenance | null;
	/** The block's lines, set aside as metadata. */
	setAside: SetAside[];
	/** Index of the first line after the block; 0 when the seed has none. */
	end: number;
}

function keysOf(yamlText: string): unknown[] {
	const contents = parseDocument(yamlText).contents;
	return isMap(contents)
		? contents.items.map((pair) => (isScalar(pair.key) ? pair.key.value : pair.key))
		: [];
}

/** How many single-letter edits turn one word into the other. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (const [i, letter] of [...a].entries()) {
		const current = [i + 1];
		for (const [j, other] of [...b].entries())
			current.push(
				Math.min(
					(previous[j] ?? 0) + (letter === other ? 0 : 1),
					(previous[j + 1] ?? 0) + 1,
					(current[j] ?? 0) + 1,
				),
			);
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** The project's key that `key` misspells (`symbole`, `Date`), if it is one. */
function misspeltKeyOf(key: string): string | undefined {
	return sidecarKeys.find(
		(known) => known !== key && editDistance(known.toLowerCase(), key.toLowerCase()) <= 2,
	);
}

/** Another pipeline's block: its symbol, read as strictly as the project's own, and the rest as written. */
function foreignBlock(
	yamlText: string,
	file: string,
	firstLine: number,
): Pick<HeaderBlock, 'meta' | 'provenance'> {
	const document = parseDocument(yamlText, { uniqueKeys: true });
	const [error] = document.errors;
	if (error !== undefined) {
		const line = yamlText.slice(0, error.pos[0]).split('\n').length + firstLine - 1;
		throw new ParseError(file, line, `not valid YAML: ${error.message.split('\n')[0] ?? ''}`, {
			cause: error,
		});
	}
	const meta: SidecarMeta = {};
	const provenance: Provenance = {};
	const contents = document.contents;
	if (!isMap(contents)) return { meta, provenance };
	for (const pair of contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		const value = isScalar(pair.value) ? pair.value.value : (pair.value?.toJSON() as unknown);
		const line =
			yamlText.slice(0, pair.key && isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0).split('\n')
				.length +
			firstLine -
			1;
		// Another pipeline's keys are kept, whatever they are; a near-miss of the project's own is a
		// mistake in a block someone wrote for this project, and silently dropping it would be worse.
		const meant = misspeltKeyOf(key);
		if (meant !== undefined)
			throw new ParseError(
				file,
				line,
				`unknown key "${key}" (did you mean "${meant}"?); a sidecar may hold ${sidecarKeys.join(', ')}`,
			);
		if (key === 'symbol') meta.symbol = symbolOf({ key, value, line }, file);
		else provenance[key] = typeof value === 'string' ? value : JSON.stringify(value);
	}
	return { meta, provenance };
}

/**
 * The YAML block between `---` lines at the very top of a seed, if it opens with one.
 * @example headerBlockOf(['---', 'symbol: A/RES/80/10', 'record_id: "4094779"', '---', 'United Nations'], 'x.md').provenance // { record_id: '4094779' }
 */
export function headerBlockOf(lines: readonly string[], file: string): HeaderBlock {
	const first = lines.findIndex((line) => line.trim() !== '');
	if (lines[first]?.trim() !== '---') return { meta: {}, provenance: null, setAside: [], end: 0 };
	const close = lines.findIndex((line, index) => index > first && /^(?:---|\.\.\.)\s*$/.test(line));
	if (close === -1)
		throw new ParseError(
			file,
			first + 1,
			'the metadata block that opens here is never closed with ---',
		);
	const yamlText = lines.slice(first + 1, close).join('\n');
	const firstLine = first + 2;
	const own = keysOf(yamlText).every(isSidecarKey);
	const read = own
		? { meta: parseSidecar(yamlText, file, firstLine), provenance: null }
		: foreignBlock(yamlText, file, firstLine);
	const setAside = lines.slice(first, close + 1).flatMap((line, index): SetAside[] => {
		const start = line.search(/\S/);
		if (start === -1) return [];
		const at = { line: first + index + 1, column: start + 1 };
		return [{ rule: 'metadata', what: 'metadata block', text: line.trimEnd().slice(start), at }];
	});
	return { ...read, setAside, end: close + 1 };
}

/** A title as a catalogue and a printed page may differ in it without meaning another title. */
function comparableTitle(title: string): string {
	return title
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s*[:/]\s*$/, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/**
 * Where another pipeline's header and the printed text disagree, each as a warning at the header's
 * line: the printed text is what the site shows, and a reader of the warnings learns why. (The
 * header's `date` is compared with the distribution date, which is what this corpus's pipeline
 * writes there; the adoption date is printed in the text.)
 * @example headerDisagreements(document, header, seed) // [{ line: 4, message: 'the header\'s title "…" is not the printed title "…"; the printed one is kept' }]
 */
export function headerDisagreements(
	document: UnDocument,
	header: HeaderBlock,
	seed: { file: string; text: string },
): ParseWarning[] {
	const provenance = header.provenance ?? {};
	const lines = seed.text.split(/\r\n|\n|\r/).slice(0, header.end);
	const lineOfKey = (key: string): number =>
		lines.findIndex((line) => line.trimStart().startsWith(`${key}:`)) + 1 || 1;
	const warnings: ParseWarning[] = [];
	const warn = (key: string, message: string): void => {
		warnings.push({ file: seed.file, line: lineOfKey(key), message });
	};
	const { meta } = document;
	const printedSymbol = document.setAside.find((piece) => piece.what === 'symbol')?.text.trim();
	if (
		header.meta.symbol !== undefined &&
		printedSymbol !== undefined &&
		!printedSymbol.includes(header.meta.symbol)
	)
		warn(
			'symbol',
			`the header's symbol ${header.meta.symbol} is not the printed symbol ${printedSymbol}`,
		);
	const title = provenance['title'];
	if (title !== undefined && comparableTitle(title) !== comparableTitle(meta.title))
		warn(
			'title',
			`the header's title "${title}" is not the printed title "${meta.title}"; the printed one is kept`,
		);
	const date = provenance['date'];
	if (date !== undefined && meta.distributionDate !== null && date !== meta.distributionDate)
		warn(
			'date',
			`the header's date ${date} is not the printed distribution date ${meta.distributionDate}`,
		);
	return warnings;
}
