/**
 * Plans a synthetic corpus: which documents it holds (a distinct symbol each), in which shape, and
 * what they say, including references to one another and to the real seeds.
 */
import { leadPhraseOf } from '../../../src/lib/parse/lead-phrase.ts';
import type {
	PlannedDocument,
	PlannedItem,
	PlannedParagraph,
	PlannedPart,
	PlannedReport,
	PlannedResolution,
	PlannedShape,
} from './document-plan.ts';
import {
	declarationTitle,
	declarationWords,
	itemWords,
	operativeWords,
	placeName,
	preambularWords,
	reportWords,
	resolutionTitle,
} from './phrases.ts';
import { seededRandom, type Random } from './random.ts';

/** Resolutions of the real seeds that generated documents recall, with their dates. */
const realResolutions = [
	'64/179 of 18 December 2009',
	'64/180 of 18 December 2009',
	'65/230 of 21 December 2010',
];
/** Footnotes that cite the real seeds. */
const realFootnotes = [
	'Resolution 65/230, annex.',
	'See resolution 64/180.',
	'Economic and Social Council resolution 2007/17.',
	'A/67/97.',
];

/** The shape of the i-th generated document: 12 in 20 ODS, 5 Markdown, 3 PDF text, as in a UN record. */
function shapeAt(index: number): PlannedShape {
	const slot = index % 20;
	return slot < 12 ? 'ods' : slot < 17 ? 'markdown' : 'pdf-text';
}

/** Symbols are drawn from sessions and years the real seeds never use, so none collides with them. */
const firstSession = 70;
const sessions = 30;

/** What earlier documents of the corpus offer later ones to cite. */
interface Citable {
	resolutions: string[];
	annexes: string[];
	reports: string[];
}

/** Calls footnotes while a document is planned; `footnotes` fills as they are first called. */
interface FootnoteCaller {
	footnotes: string[];
	/** The footnote a sentence calls (new, or now and then one called before), or null. */
	callOrNull(): number | null;
}

function footnoteText(random: Random, citable: Citable): string {
	const roll = random.next();
	if (roll < 0.25 && citable.annexes.length > 0)
		return `Resolution ${random.pick(citable.annexes)}, annex.`;
	if (roll < 0.45 && citable.reports.length > 0) return `${random.pick(citable.reports)}.`;
	if (roll < 0.65) return random.pick(realFootnotes);
	const year = random.int(2016, 2045);
	return random.chance(0.5)
		? `E/CN.15/${year}/${random.int(2, 30)}.`
		: `See Official Records of the Economic and Social Council, ${year}, Supplement No. 10 (E/${year}/30), chap. I, sect. ${random.pick(['A', 'B', 'C', 'D'])}.`;
}

/** Numbers footnotes in the order the text first calls them, as the UN does. */
function footnoteCaller(random: Random, citable: Citable): FootnoteCaller {
	const footnotes: string[] = [];
	return {
		footnotes,
		callOrNull() {
			if (!random.chance(0.12)) return null;
			if (footnotes.length > 0 && random.chance(0.2)) return random.int(1, footnotes.length);
			footnotes.push(footnoteText(random, citable));
			return footnotes.length;
		},
	};
}

function items(
	random: Random,
	count: number,
	end: string,
	caller: FootnoteCaller,
	nested: boolean,
): PlannedItem[] {
	return Array.from({ length: count }, (_, index) => {
		const last = index === count - 1;
		const sub =
			nested && random.chance(0.2)
				? items(random, random.int(2, 3), last ? end : ';', caller, false)
				: [];
		return {
			words: itemWords(random),
			end: sub.length > 0 ? ':' : last ? end : ';',
			call: sub.length > 0 ? null : caller.callOrNull(),
			items: sub,
		};
	});
}

function paragraph(
	words: string,
	end: string,
	call: number | null,
	list: PlannedItem[] = [],
): PlannedParagraph {
	return { lead: leadPhraseOf(words), words, end, call, items: list };
}

function preamble(
	random: Random,
	count: number,
	caller: FootnoteCaller,
	citable: Citable,
): PlannedParagraph[] {
	return Array.from({ length: count }, (_, index) => {
		const recalled =
			index < 3 && random.chance(0.6)
				? random.pick(
						citable.resolutions.length > 0 && random.chance(0.7)
							? citable.resolutions
							: realResolutions,
					)
				: null;
		return paragraph(preambularWords(random, recalled), ',', caller.callOrNull());
	});
}

function operative(
	random: Random,
	count: number,
	caller: FootnoteCaller,
	words: () => string,
): PlannedParagraph[] {
	return Array.from({ length: count }, (_, index) => {
		const end = index === count - 1 ? '.' : ';';
		if (random.chance(0.2)) {
			return paragraph(
				`${words()}, in particular through the following measures`,
				':',
				null,
				items(random, random.int(2, 5), end, caller, true),
			);
		}
		return paragraph(words(), end, caller.callOrNull());
	});
}

function isoDate(year: number, month: number, day: number): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function planResolution(
	random: Random,
	shape: 'ods' | 'markdown',
	symbolIndex: number,
	ecosoc: boolean,
	citable: Citable,
): PlannedResolution {
	const caller = footnoteCaller(random, citable);
	const session = firstSession + (symbolIndex % sessions);
	const number = 300 + Math.floor(symbolIndex / sessions);
	const year = ecosoc ? session + 1946 : session + 1945;
	const resolutionNumber = `${ecosoc ? year : session}/${number}`;
	const date = ecosoc ? isoDate(year, 7, random.int(20, 28)) : isoDate(year, 12, random.int(1, 22));
	const resolution: PlannedPart = {
		annexTitle: null,
		opening: ecosoc ? 'The Economic and Social Council,' : 'The General Assembly,',
		preamble: preamble(random, random.int(8, 20), caller, citable),
		operativeIntro: null,
		operative: operative(random, random.int(15, 35), caller, () =>
			operativeWords(random, ecosoc ? null : session),
		),
	};
	const parts = [resolution];
	if (random.chance(0.3)) {
		parts.push({
			annexTitle: declarationTitle(random, placeName(random)),
			opening: 'We, the States Members of the United Nations,',
			preamble: preamble(random, random.int(3, 8), caller, citable),
			operativeIntro: 'Declare as follows:',
			operative: operative(random, random.int(10, 25), caller, () => declarationWords(random)),
		});
		citable.annexes.push(resolutionNumber);
	}
	citable.resolutions.push(
		`${resolutionNumber} of ${date.slice(8).replace(/^0/, '')} ${ecosoc ? 'July' : 'December'} ${year}`,
	);
	return {
		kind: 'resolution',
		shape,
		body: ecosoc ? 'Economic and Social Council' : 'General Assembly',
		symbol: `${ecosoc ? 'E' : 'A'}/RES/${resolutionNumber}`,
		resolutionNumber,
		title: resolutionTitle(random),
		date,
		distributionDate: isoDate(year + 1, random.int(1, 4), random.int(1, 28)),
		session: ecosoc ? null : session,
		agendaItem: random.int(90, 130),
		plenaryMeeting: random.int(40, 90),
		committeeReport: ecosoc ? null : `A/${session}/${random.int(400, 499)}`,
		jobNumber: `${String(year % 100).padStart(2, '0')}${String(random.int(10000, 99999))}`,
		parts,
		footnotes: caller.footnotes,
	};
}

function planReport(random: Random, symbolIndex: number, citable: Citable): PlannedReport {
	const session = firstSession + (symbolIndex % sessions);
	const symbol = `A/${session}/${500 + Math.floor(symbolIndex / sessions)}`;
	const paragraphs = Array.from({ length: random.int(10, 25) }, (_, index) => ({
		words: reportWords(
			random,
			index === 0 || random.chance(0.1)
				? random.pick([...realResolutions, ...citable.resolutions]).replace(/ of .*/, '')
				: null,
		),
		items: random.chance(0.15)
			? Array.from({ length: random.int(2, 4) }, () => itemWords(random))
			: [],
	}));
	citable.reports.push(symbol);
	return {
		kind: 'report',
		shape: 'pdf-text',
		symbol,
		title: resolutionTitle(random),
		session,
		year: session + 1945,
		summary: reportWords(random, null),
		paragraphs,
	};
}

/**
 * The documents of a synthetic corpus of `count` documents, the same for the same seed.
 * @example planCorpus(3, 1).map((document) => document.symbol) // three distinct symbols
 */
export function planCorpus(count: number, seed: number): PlannedDocument[] {
	const random = seededRandom(seed);
	const citable: Citable = { resolutions: [], annexes: [], reports: [] };
	const next = { ga: 0, ecosoc: 0, report: 0 };
	return Array.from({ length: count }, (_, index): PlannedDocument => {
		const shape = shapeAt(index);
		if (shape === 'pdf-text') return planReport(random, next.report++, citable);
		// Half the Markdown resolutions are the Council's, as seed 002 is.
		const ecosoc = shape === 'markdown' && index % 2 === 0;
		return planResolution(random, shape, ecosoc ? next.ecosoc++ : next.ga++, ecosoc, citable);
	});
}
