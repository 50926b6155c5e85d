/**
 * Sidecars: the `.meta.yml` file beside a seed that holds what the seed's text does not print
 * (a report's symbol and date), and how it meets what the text does print.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Body, DocumentMeta, DocumentType, SidecarMeta } from '../model.ts';
import { isIsoDate } from './dates.ts';
import { ParseError } from './error.ts';

const bodies: readonly Body[] = [
	'General Assembly',
	'Economic and Social Council',
	'Secretary-General',
];
const documentTypes: readonly DocumentType[] = ['resolution', 'report'];

/** The keys a sidecar may hold, in the order the README lists them. */
export const sidecarKeys = [
	'symbol',
	'body',
	'documentType',
	'title',
	'date',
	'session',
	'agendaItem',
	'plenaryMeeting',
	'distributionDate',
	'jobNumber',
] as const satisfies readonly (keyof SidecarMeta)[];

type SidecarKey = (typeof sidecarKeys)[number];

/** A value as YAML gave it, and the line it stands on, for errors. */
interface Field {
	key: string;
	value: unknown;
	line: number;
}

/** Whether a YAML key is one a sidecar may hold. */
export function isSidecarKey(key: unknown): key is SidecarKey {
	return typeof key === 'string' && (sidecarKeys as readonly string[]).includes(key);
}

function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number {
	const offset = node?.range?.[0];
	return offset === undefined ? 1 : counter.linePos(offset).line;
}

function positiveInteger(field: Field, file: string): number {
	if (typeof field.value === 'number' && Number.isInteger(field.value) && field.value > 0)
		return field.value;
	throw new ParseError(
		file,
		field.line,
		`${field.key} must be a positive whole number, not ${JSON.stringify(field.value)}`,
	);
}

// An unquoted year (`date: 2012`) reaches us as a number; it is still the year it says.
function textOf(field: Field, file: string): string {
	const { value } = field;
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	throw new ParseError(file, field.line, `${field.key} must be text, not ${JSON.stringify(value)}`);
}

function dateOf(field: Field, file: string): string {
	const text = textOf(field, file);
	if (isIsoDate(text)) return text;
	throw new ParseError(
		file,
		field.line,
		`${field.key} "${text}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
	);
}

/** A symbol as a sidecar or a seed's YAML block gives it, refused unless it is a UN document symbol. */
export function symbolOf(field: Field, file: string): string {
	const text = textOf(field, file);
	// Symbols become addresses (`/A/67/97/`): letters, digits and dots between slashes, nothing else.
	if (/^[A-Z][A-Za-z0-9.-]*(?:\/[A-Za-z0-9.-]+)+$/.test(text)) return text;
	throw new ParseError(
		file,
		field.line,
		`symbol "${text}" is not a UN document symbol (like A/67/97)`,
	);
}

function addField(meta: SidecarMeta, field: Field & { key: SidecarKey }, file: string): void {
	const { key, value, line } = field;
	switch (key) {
		case 'symbol':
			meta.symbol = symbolOf(field, file);
			return;
		case 'body':
			if (!isOneOf(bodies, value)) {
				throw new ParseError(
					file,
					line,
					`body must be one of ${bodies.join(', ')}, not ${JSON.stringify(value)}`,
				);
			}
			meta.body = value;
			return;
		case 'documentType':
			if (!isOneOf(documentTypes, value)) {
				throw new ParseError(
					file,
					line,
					`documentType must be resolution or report, not ${JSON.stringify(value)}`,
				);
			}
			meta.documentType = value;
			return;
		case 'date':
		case 'distributionDate':
			meta[key] = dateOf(field, file);
			return;
		case 'session':
		case 'plenaryMeeting':
			meta[key] = positiveInteger(field, file);
			return;
		case 'title':
		case 'agendaItem':
		case 'jobNumber':
			meta[key] = textOf(field, file);
			return;
	}
}

/**
 * Reads a sidecar's YAML into the metadata it gives; `firstLine` places a block that starts inside
 * another file (a seed's own `---` block), so errors name the line a reader sees.
 * @example parseSidecar("symbol: A/67/97\nbody: Secretary-General\ndate: '2012'\n", '004.meta.yml')
 */
export function parseSidecar(yamlText: string, file: string, firstLine = 1): SidecarMeta {
	const counter = new LineCounter();
	const document = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
	const lineAt = (offset: number): number => counter.linePos(offset).line + firstLine - 1;
	const [error] = document.errors;
	if (error !== undefined) {
		throw new ParseError(
			file,
			lineAt(error.pos[0]),
			`not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
			{
				cause: error,
			},
		);
	}
	const contents = document.contents;
	if (contents === null) return {};
	if (!isMap(contents)) {
		throw new ParseError(
			file,
			lineAt(contents.range?.[0] ?? 0),
			'a sidecar is a list of "key: value" lines',
		);
	}
	const meta: SidecarMeta = {};
	for (const pair of contents.items) {
		const keyNode = isScalar(pair.key) ? pair.key : null;
		const line = lineOf(keyNode, counter) + firstLine - 1;
		const key = keyNode?.value;
		if (!isSidecarKey(key)) {
			throw new ParseError(
				file,
				line,
				`unknown key "${String(key)}"; a sidecar may hold ${sidecarKeys.join(', ')}`,
			);
		}
		const valueNode = isScalar(pair.value) ? pair.value : null;
		if (valueNode === null && pair.value !== null) {
			throw new ParseError(file, line, `${key} must be a single value, not a list or a map`);
		}
		addField(meta, { key, value: valueNode?.value ?? null, line }, file);
	}
	return meta;
}

/** The metadata with the sidecar's values in place of the text's: the sidecar wins where both speak. */
export function applySidecar(meta: DocumentMeta, sidecar: SidecarMeta): DocumentMeta {
	return { ...meta, ...sidecar };
}

/** What a seed's text says about the document; a parser leaves out what the text does not say. */
export type MetaFromText = Partial<DocumentMeta>;

/** The name a seed's sidecar has: the seed's base name with `.meta.yml`. */
export function sidecarFileFor(file: string): string {
	return file.replace(/\.[^./\\]+$/, '') + '.meta.yml';
}

function missing(what: string, key: SidecarKey, file: string): ParseError {
	return new ParseError(
		file,
		1,
		`no ${what} in the text and no sidecar gives one: add "${key}:" to ${sidecarFileFor(file)}`,
	);
}

/**
 * The document's metadata from what its text says and what its sidecar says (the sidecar wins);
 * what neither gives is null where the model allows it and an error naming the seed where not.
 */
export function completeMeta(
	fromText: MetaFromText,
	sidecar: SidecarMeta | undefined,
	file: string,
): DocumentMeta {
	const known: MetaFromText = { ...fromText, ...sidecar };
	const { symbol, body, documentType, title, date } = known;
	if (symbol === undefined) throw missing('symbol', 'symbol', file);
	if (body === undefined) throw missing('body', 'body', file);
	if (documentType === undefined) throw missing('document type', 'documentType', file);
	if (title === undefined) throw missing('title', 'title', file);
	if (date === undefined) throw missing('date', 'date', file);
	return {
		symbol,
		body,
		documentType,
		title,
		date,
		resolutionNumber: known.resolutionNumber ?? null,
		session: known.session ?? null,
		agendaItem: known.agendaItem ?? null,
		plenaryMeeting: known.plenaryMeeting ?? null,
		committeeReport: known.committeeReport ?? null,
		distributionDate: known.distributionDate ?? null,
		jobNumber: known.jobNumber ?? null,
	};
}
