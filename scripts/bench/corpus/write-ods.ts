/**
 * Writes a planned resolution as UN ODS plain text, the shape of seeds/000, 001 and 003: a `[DU1]`
 * header, tab-indented paragraphs and items, footnotes after all the text, and an ODS trailer.
 */
import { ordinalNumber } from '../../../src/lib/words/ordinals.ts';
import type { PlannedItem, PlannedPart, PlannedResolution, PlannedText } from './document-plan.ts';
import { printedDate, sessionWords } from './phrases.ts';

const letters = 'abcdefghijklmnopqrstuvwxyz';
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** A sentence as ODS prints it: a footnote call is glued to the punctuation before it. */
export function odsSentence(text: PlannedText): string {
	return `${text.words}${text.end}${text.call ?? ''}`;
}

function itemLines(items: readonly PlannedItem[], labels: readonly string[]): string[] {
	return items.flatMap((item, index) => [
		`\t(${labels[index] ?? String(index + 1)})\t${odsSentence(item)}`,
		...itemLines(item.items, romans),
	]);
}

function partLines(part: PlannedPart): string[] {
	return [
		`\t${part.opening}`,
		...part.preamble.map((paragraph) => `\t${odsSentence(paragraph)}`),
		...(part.operativeIntro === null ? [] : [`\t${part.operativeIntro}`]),
		...part.operative.flatMap((paragraph, index) => [
			`\t${index + 1}.\t${odsSentence(paragraph)}`,
			...itemLines(paragraph.items, [...letters]),
		]),
	];
}

/** The ODS text of a General Assembly resolution. */
export function odsText(resolution: PlannedResolution): string {
	const [main, ...annexes] = resolution.parts;
	if (main === undefined) throw new Error(`${resolution.symbol} has no text`);
	const job = resolution.jobNumber;
	const distributed = printedDate(resolution.distributionDate);
	const session = resolution.session === null ? '' : sessionWords(resolution.session, true);
	return [
		'[DU1]',
		`Resolution adopted by the ${resolution.body} on ${printedDate(resolution.date)}`,
		...(resolution.committeeReport === null
			? []
			: [`[on the report of the Third Committee (${resolution.committeeReport})]`]),
		`${resolution.resolutionNumber}.\t${resolution.title}`,
		'',
		'',
		...partLines(main),
		'',
		`${ordinalNumber(resolution.plenaryMeeting)} plenary meeting`,
		printedDate(resolution.date),
		...annexes.flatMap((annex) => [
			'',
			annexes.length > 1 ? `Annex ${annexes.indexOf(annex) + 1}` : 'Annex',
			annex.annexTitle ?? '',
			...partLines(annex),
		]),
		...resolution.footnotes.map((footnote, index) => `${index + 1} ${footnote}`),
		`[DU1]<<ODS JOB NO>>N${job}E<<ODS JOB NO>>`,
		`<<ODS DOC SYMBOL1>>${resolution.symbol}<<ODS DOC SYMBOL1>>`,
		'<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>',
		'_______________',
		'',
		`United Nations${resolution.symbol}${resolution.body}Distr.: General`,
		`${distributed}${session}`,
		`Agenda item ${resolution.agendaItem}`,
		'',
		`${job.slice(0, 2)}-${job.slice(2)}`,
		`*${job}*`,
		'',
	].join('\n');
}
