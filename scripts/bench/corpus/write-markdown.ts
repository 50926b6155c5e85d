/**
 * Writes a planned resolution as Markdown, the shape of seed 002: `##` heading naming the
 * resolution, italic lead phrases, `<sup>n</sup>` footnote calls and footnotes after the text.
 */
import { ordinalNumber } from '../../../src/lib/words/ordinals.ts';
import type {
	PlannedItem,
	PlannedParagraph,
	PlannedPart,
	PlannedResolution,
	PlannedText,
} from './document-plan.ts';
import { printedDate } from './phrases.ts';

const letters = 'abcdefghijklmnopqrstuvwxyz';
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

function ending(text: PlannedText): string {
	return `${text.end}${text.call === null ? '' : `<sup>${text.call}</sup>`}`;
}

/** A paragraph as Markdown prints it: its lead phrase in italics. */
export function markdownParagraph(paragraph: PlannedParagraph): string {
	const { lead, words } = paragraph;
	const text =
		lead !== null && words.startsWith(lead) ? `*${lead}*${words.slice(lead.length)}` : words;
	return `${text}${ending(paragraph)}`;
}

function itemBlocks(items: readonly PlannedItem[], labels: readonly string[]): string[] {
	return items.flatMap((item, index) => [
		`(${labels[index] ?? String(index + 1)}) ${item.words}${ending(item)}`,
		...itemBlocks(item.items, romans),
	]);
}

function partBlocks(part: PlannedPart): string[] {
	return [
		`*${part.opening}*`,
		...part.preamble.map(markdownParagraph),
		...(part.operativeIntro === null ? [] : [`*${part.operativeIntro}*`]),
		...part.operative.flatMap((paragraph, index) => [
			`${index + 1}. ${markdownParagraph(paragraph)}`,
			...itemBlocks(paragraph.items, [...letters]),
		]),
	];
}

/** The Markdown text of a resolution of the General Assembly or the Economic and Social Council. */
export function markdownText(resolution: PlannedResolution): string {
	const [main, ...annexes] = resolution.parts;
	if (main === undefined) throw new Error(`${resolution.symbol} has no text`);
	const organ = resolution.body === 'General Assembly' ? 'General Assembly' : 'ECOSOC';
	const blocks = [
		`## ${organ} Resolution ${resolution.resolutionNumber}`,
		...(resolution.committeeReport === null
			? []
			: [`[on the report of the Third Committee (${resolution.committeeReport})]`]),
		`### **${resolution.title}**`,
		...partBlocks(main),
		`*${ordinalNumber(resolution.plenaryMeeting)} plenary meeting*  \n*${printedDate(resolution.date)}*`,
		...annexes.flatMap((annex) => [
			'## Annex',
			`### ${annex.annexTitle ?? ''}`,
			...partBlocks(annex),
		]),
		...resolution.footnotes.map((footnote, index) => `<sup>${index + 1}</sup> ${footnote}`),
	];
	return `${blocks.join('\n\n')}\n`;
}
