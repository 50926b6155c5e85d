/**
 * Resolutions as flowed text, the way another pipeline extracts them from the UN's PDFs: a YAML
 * block, the masthead with its lines joined, one paragraph a line with blank lines between, the
 * page's furniture and footnotes where each page ended (or the footnotes gathered at the end as
 * Markdown notes). The printed text wins over the YAML block: its title and date are the library's.
 */
import type { SetAside, SidecarMeta, UnDocument } from '../../model.ts';
import { ParseError, type ParseResult, type ParseWarning } from '../error.ts';
import { headerBlockOf } from '../header-block.ts';
import { completeMeta, type MetaFromText } from '../sidecar.ts';
import { callReader } from './calls.ts';
import { layoutOf } from './layout.ts';
import { sourceLinesOf } from './lines.ts';
import { mastheadOf } from './masthead.ts';
import { unitsOf } from './paragraphs.ts';
import { partsOf } from './parts.ts';

/**
 * Whether a text is a flowed resolution: the masthead's lines joined, the adoption line and the
 * numbered title each on a line of their own, and paragraphs one a line with blank lines between.
 * @example isFlowedText('General Assembly Distr.: General 26 November 2025\n\nResolution adopted by …') // true
 */
export function isFlowedText(text: string): boolean {
	const lines = text.split(/\r\n|\n|\r/);
	const top = lines.slice(0, 60);
	const joinedMasthead = top.some((line) =>
		/^General Assembly Distr\.: General\b/.test(line.trim()),
	);
	const adoption = top.some((line) =>
		/^Resolution adopted by the General Assembly\b/.test(line.trim()),
	);
	const title = top.some((line) => /^\d{2}\/\d{1,3}\. \S/.test(line.trim()));
	// Layout text wraps a paragraph over lines of 60 to 100 characters; flowed text keeps it on one.
	const long = lines.filter((line) => line.length > 200).length;
	const wrappedAdoption = top.some((line) =>
		/^Resolution adopted by the General$/.test(line.trim()),
	);
	return joinedMasthead && adoption && title && long >= 2 && !wrappedAdoption;
}

function bySeedOrder(a: SetAside, b: SetAside): number {
	return a.at.line - b.at.line || a.at.column - b.at.column;
}

/**
 * Parses a flowed resolution; the sidecar wins over what the text says.
 * @example parseFlowedText(text, 'A_RES_80_10.v1.1.0.md').document.meta.plenaryMeeting // 51
 */
export function parseFlowedText(
	text: string,
	file: string,
	sidecar?: SidecarMeta,
): ParseResult<UnDocument> {
	const warnings: ParseWarning[] = [];
	const lines = sourceLinesOf(text);
	const header = headerBlockOf(
		lines.map((line) => line.text),
		file,
	);
	const masthead = mastheadOf(lines.slice(header.end), file, warnings);
	const symbol = sidecar?.symbol ?? masthead.meta.symbol ?? header.meta.symbol;
	if (symbol === undefined)
		throw new ParseError(file, 1, 'no symbol in the YAML block, the masthead or a sidecar');
	const rest = lines.slice(header.end + masthead.end);
	const layout = layoutOf(rest, { symbol, title: masthead.title.text, file, warnings });
	const units = unitsOf(layout.body, file, warnings);
	const calls = callReader(layout.footnotes, file);
	const markup: SetAside[] = [];
	const { parts, meta: closing } = partsOf(units, { file, calls, setAside: markup });
	calls.finish();
	const fromText: MetaFromText = { ...closing, ...masthead.meta, symbol };
	if (
		closing.date !== undefined &&
		masthead.meta.date !== undefined &&
		closing.date !== masthead.meta.date
	) {
		warnings.push({
			file,
			line: 1,
			message: `adopted on ${masthead.meta.date} by the adoption line, on ${closing.date} by the closing lines`,
		});
	}
	const meta = completeMeta(fromText, sidecar, file);
	const setAside = [...header.setAside, ...masthead.setAside, ...layout.setAside, ...markup].sort(
		bySeedOrder,
	);
	return {
		document: { file, meta, parts, report: null, footnotes: layout.footnotes, setAside },
		warnings,
	};
}
