/**
 * The top of text extracted from a PDF: a YAML metadata block, if the file starts with one, and the
 * masthead of a UN document's first page ("United Nations  A/67/97  General Assembly  Distr.: General …").
 */
import { monthNames } from '../../words/dates.ts';
import { isoDateOfPrinted } from '../dates.ts';
import type { SetAside, SidecarMeta } from '../../model.ts';
import { ordinalValue } from '../../words/ordinals.ts';
import { placeIn, type SourceLine } from './lines.ts';
import { headerBlockOf } from '../header-block.ts';
import type { MetaFromText } from '../sidecar.ts';

/** What the top of a seed gave: metadata, the text set aside for it, and where the rest begins. */
export interface Masthead {
	/** The metadata block's values, which an external sidecar overrides. */
	block: SidecarMeta;
	/** What the masthead prints. */
	meta: MetaFromText;
	setAside: SetAside[];
	/** Index (into the lines) of the first line after the block and the masthead. */
	end: number;
}

const organs = ['General Assembly', 'Economic and Social Council', 'Security Council'];

/** A kind of masthead entry: its pattern (matched where the entry starts), what it is, and what it tells. */
interface MastheadEntry {
	pattern: RegExp;
	rule: SetAside['rule'];
	what: string;
	/** Reads the entry into the metadata; false if, read, it is not this entry after all. */
	read?: (match: RegExpExecArray, meta: MetaFromText) => boolean;
}

const entries: MastheadEntry[] = [
	{ pattern: /United Nations/, rule: 'page-furniture', what: 'masthead' },
	{
		pattern: new RegExp(organs.join('|')),
		rule: 'metadata',
		what: 'organ',
		// The organ a document is issued to; a heading ("Report of the Secretary-General") names its author over it.
		read: ([organ], meta) => {
			if (organ === 'General Assembly' || organ === 'Economic and Social Council')
				meta.body ??= organ;
			return true;
		},
	},
	{
		pattern: /([A-Z]{1,4}(?:\/[A-Za-z0-9.-]+)+)\*{0,3}/,
		rule: 'metadata',
		what: 'symbol',
		// Only the first symbol is the document's; another would be a different document's.
		read: ([, symbol], meta) => {
			if (meta.symbol !== undefined || symbol === undefined) return false;
			meta.symbol = symbol;
			return true;
		},
	},
	{
		pattern: /Distr\.?:? ?(?:General|Limited|Restricted)/i,
		rule: 'metadata',
		what: 'distribution',
	},
	{
		pattern: /Original: ?[A-Z][a-z]+(?:\/[A-Z][a-z]+)*/,
		rule: 'metadata',
		what: 'original language',
	},
	{
		pattern: new RegExp(`\\d{1,2} (?:${monthNames.join('|')}) \\d{4}`),
		rule: 'metadata',
		what: 'distribution date',
		read: ([date], meta) => {
			meta.distributionDate ??= isoDateOfPrinted(date);
			return true;
		},
	},
	{
		pattern: /(\S+) session/i,
		rule: 'metadata',
		what: 'session',
		read: ([, words], meta) => {
			const session = ordinalValue(words ?? '');
			if (session !== null) meta.session = session;
			return session !== null;
		},
	},
	{
		pattern: /(?:Substantive|Resumed|Organizational) session(?: of \d{4})?/i,
		rule: 'metadata',
		what: 'session',
	},
	{
		// The job number the UN's document services print under the date: `25-19432 (E)`.
		pattern: /(\d{2}-\d{4,6}) \([A-Z]\)/,
		rule: 'metadata',
		what: 'job number',
		read: ([, jobNumber], meta) => {
			if (jobNumber === undefined) return false;
			meta.jobNumber ??= jobNumber;
			return true;
		},
	},
	{ pattern: /\*\d{5,}\*/, rule: 'page-furniture', what: 'bar code' },
	{
		pattern:
			/(?:Agenda )?[Ii]tems? (\d+(?: ?\([a-z]\))?(?:(?:, | and )\d+(?: ?\([a-z]\))?)*)(?: of the (?:preliminary|provisional) (?:list|agenda))?\*{0,3}/,
		rule: 'metadata',
		what: 'agenda item',
		read: ([, item], meta) => {
			if (item !== undefined) meta.agendaItem = item;
			return true;
		},
	},
];

// Each entry is matched where the one before it ended, and must end where a word does.
const stickyEntries = entries.map((entry) => ({
	...entry,
	pattern: new RegExp(`(?:${entry.pattern.source})(?=\\s|$)`, `y${entry.pattern.flags}`),
}));

/** A masthead line read entry by entry ("General Assembly Distr.: General"); null if any of it is not masthead. */
function mastheadPieces(
	text: string,
	meta: MetaFromText,
): { offset: number; text: string; rule: SetAside['rule']; what: string }[] | null {
	const pieces: { offset: number; text: string; rule: SetAside['rule']; what: string }[] = [];
	let offset = 0;
	while (offset < text.length) {
		const piece = stickyEntries.flatMap(({ pattern, rule, what, read }) => {
			pattern.lastIndex = offset;
			const found = pattern.exec(text);
			return found !== null && (read?.(found, meta) ?? true)
				? [{ offset, text: found[0], rule, what }]
				: [];
		})[0];
		if (piece === undefined) return null;
		pieces.push(piece);
		offset += piece.text.length;
		offset += (/^\s*/.exec(text.slice(offset))?.[0] ?? '').length;
	}
	return pieces;
}

/**
 * The metadata block and the masthead at the top of a seed; a seed that starts with its title has neither.
 * @example mastheadOf(sourceLinesOf('United Nations    A/67/97\n…', 'x.txt'), 'x.txt').meta.symbol // 'A/67/97'
 */
export function mastheadOf(lines: readonly SourceLine[], file: string): Masthead {
	// The block is read from the lines as the file has them, indentation and all.
	const header = headerBlockOf(
		lines.map((line) => (line.text === '' ? '' : ' '.repeat(line.column - 1) + line.text)),
		file,
	);
	const { meta: block, setAside, end: blockEnd } = header;
	const meta: MetaFromText = {};
	let end = blockEnd;
	let agendaTitleFollows = false;
	for (let index = blockEnd; index < lines.length; index += 1) {
		const line = lines[index];
		if (line === undefined) break;
		if (line.text === '') {
			agendaTitleFollows = false;
			continue;
		}
		if (agendaTitleFollows) {
			// The agenda item's title follows its number, up to the first blank line.
			setAside.push({
				rule: 'metadata',
				what: 'agenda item title',
				text: line.text,
				at: placeIn(line),
			});
			end = index + 1;
			continue;
		}
		const found = { ...meta };
		const pieces = mastheadPieces(line.text, found);
		if (pieces === null) break;
		Object.assign(meta, found);
		for (const { offset, text, rule, what } of pieces) {
			setAside.push({ rule, what, text, at: placeIn(line, offset) });
			if (what === 'agenda item') agendaTitleFollows = true;
		}
		end = index + 1;
	}
	if (typeof meta.distributionDate === 'string') meta.date = meta.distributionDate;
	return { block, meta, setAside, end };
}
