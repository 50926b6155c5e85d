/**
 * Plans a synthetic corpus: which documents it holds (a distinct symbol each), in which shape, and
 * what they say: references to earlier documents of the corpus and to the real seeds, and series,
 * where a resolution repeats and amends an earlier one on its subject.
 */
import {
	resolutionReference,
	type Drafting,
	type Organ,
	type RecalledResolution,
} from './clauses.ts';
import {
	paragraphOf,
	type PlannedDocument,
	type PlannedItem,
	type PlannedParagraph,
	type PlannedPart,
	type PlannedReport,
	type PlannedResolution,
	type PlannedShape,
} from './document-plan.ts';
import { footnoteCaller, footnoteText, printedPart } from './footnotes.ts';
import { agendaWords, recallingWords, reportRequestWords } from './formulas.ts';
import { reportWords } from './narrative.ts';
import {
	declarationTitle,
	declarationWords,
	itemWords,
	listIntroduction,
	operativeWords,
	placeName,
	preambularWords,
	printedDate,
	resolutionTitle,
} from './phrases.ts';
import { seededRandom, type Random } from './random.ts';
import { repeatedParagraph, withInserted } from './series.ts';

/** Resolutions of the real seeds that generated documents recall. */
const realResolutions: readonly RecalledResolution[] = [
	{ organ: 'General Assembly', number: '64/179', date: '18 December 2009' },
	{ organ: 'General Assembly', number: '64/180', date: '18 December 2009' },
	{ organ: 'General Assembly', number: '65/230', date: '21 December 2010' },
];

/**
 * The share of resolutions that cite resolutions of the corpus (an earlier one recalled, a
 * declaration annexed to one in a footnote): each names a predecessor, and real resolutions mostly
 * recall ones older than any corpus holds.
 */
const citingShare = 0.1;

/**
 * The shares of new resolutions that close by asking for a report at a later session and by putting
 * their subject on its agenda: both formulas are close to every other instance of themselves, so
 * that a corpus of thirty sessions holds, with these, cliques of a few dozen as one session does.
 */
const reportShare = 0.25;
const agendaShare = 0.1;

/**
 * The share of resolutions that continue a series, repeating most paragraphs of an earlier one:
 * with the formulas and the paragraphs alike by chance, a corpus of 1,000 documents has about as
 * many paragraphs with a match (15 %) as the real resolutions.
 */
export const seriesShare = 0.1;

/** The shape of the i-th generated document: 12 in 20 ODS, 5 Markdown, 3 PDF text, as in a UN record. */
function shapeAt(index: number): PlannedShape {
	const slot = index % 20;
	return slot < 12 ? 'ods' : slot < 17 ? 'markdown' : 'pdf-text';
}

/** Symbols are drawn from sessions and years the real seeds never use, so none collides with them. */
const firstSession = 70;
const sessions = 30;

/** A resolution planned so far, as later ones cite or continue it. */
interface Planned {
	resolution: PlannedResolution;
	drafting: Drafting;
	recalled: RecalledResolution;
	/** Whether a later resolution already continues it: a series does not fork. */
	continued: boolean;
}

/** What earlier documents of the corpus offer later ones to cite and continue. */
interface Citable {
	resolutions: Planned[];
	reports: { symbol: string; year: number }[];
}

function items(random: Random, count: number, nested: boolean): PlannedItem[] {
	return Array.from({ length: count }, () => ({
		words: itemWords(random),
		end: ';',
		call: null,
		items: nested && random.chance(0.2) ? items(random, random.int(2, 3), false) : [],
	}));
}

function preamble(random: Random, count: number, drafting: Drafting): PlannedParagraph[] {
	return Array.from({ length: count }, () => paragraphOf(preambularWords(random, drafting)));
}

function operative(random: Random, count: number, words: () => string): PlannedParagraph[] {
	return Array.from({ length: count }, () =>
		random.chance(0.15)
			? paragraphOf(listIntroduction(random), items(random, random.int(2, 5), true))
			: paragraphOf(words()),
	);
}

function isoDate(year: number, month: number, day: number): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Sessions of the Assembly, years of the Council: what a series counts from one resolution to the next.
function sessionOf(drafting: Drafting): number {
	return drafting.session ?? drafting.year;
}

/** The resolution itself: new, or the next of a series, repeating the previous one. */
function resolutionPart(
	random: Random,
	drafting: Drafting,
	title: string,
	recalled: RecalledResolution | null,
	previous: Planned | null,
): PlannedPart {
	const opening =
		drafting.organ === 'General Assembly'
			? 'The General Assembly,'
			: 'The Economic and Social Council,';
	const recall =
		recalled === null
			? []
			: [paragraphOf(recallingWords(random, resolutionReference(drafting, recalled)))];
	const newOperative = () => operativeWords(random, drafting);
	if (previous === null) {
		const closers = [
			random.chance(reportShare) ? reportRequestWords(random, drafting) : null,
			random.chance(agendaShare) ? agendaWords(random, drafting, title) : null,
		]
			.filter((words): words is string => words !== null)
			.map((words) => paragraphOf(words));
		const count = random.int(15, 35);
		return {
			annexTitle: null,
			opening,
			preamble: [...recall, ...preamble(random, random.int(8, 20) - recall.length, drafting)],
			operativeIntro: null,
			operative: [...operative(random, count - closers.length, newOperative), ...closers],
		};
	}
	const [part] = previous.resolution.parts;
	const later = sessionOf(drafting) - sessionOf(previous.drafting);
	const again = (list: readonly PlannedParagraph[]) =>
		list.flatMap((planned) => repeatedParagraph(random, planned, later) ?? []);
	return {
		annexTitle: null,
		opening,
		preamble: [
			...recall,
			...withInserted(
				random,
				again(part?.preamble ?? []),
				preamble(random, random.int(1, 4), drafting),
				0,
			),
		],
		operativeIntro: null,
		// New paragraphs go before the last two, where the report and the agenda are asked for.
		operative: withInserted(
			random,
			again(part?.operative ?? []),
			operative(random, random.int(2, 6), newOperative),
			2,
		),
	};
}

/** The earlier resolution of its organ this one continues, from the last three sessions, or null. */
function predecessorFor(
	random: Random,
	drafting: Drafting,
	date: string,
	citable: Citable,
): Planned | null {
	if (!random.chance(seriesShare)) return null;
	const candidates = citable.resolutions.filter(
		(planned) =>
			!planned.continued &&
			planned.drafting.organ === drafting.organ &&
			planned.resolution.date < date &&
			sessionOf(drafting) - sessionOf(planned.drafting) <= 3,
	);
	return candidates.length === 0 ? null : random.pick(candidates);
}

function planResolution(
	random: Random,
	shape: 'ods' | 'markdown',
	symbolIndex: number,
	organ: Organ,
	citable: Citable,
): PlannedResolution {
	const ecosoc = organ === 'Economic and Social Council';
	const session = firstSession + (symbolIndex % sessions);
	const number = 300 + Math.floor(symbolIndex / sessions);
	const year = ecosoc ? session + 1946 : session + 1945;
	const resolutionNumber = `${ecosoc ? year : session}/${number}`;
	const date = ecosoc ? isoDate(year, 7, random.int(20, 28)) : isoDate(year, 12, random.int(1, 22));
	const drafting: Drafting = { organ, session: ecosoc ? null : session, year };
	// Documents are planned in symbol order, not date order: only earlier ones are cited.
	const earlier = citable.resolutions.filter((planned) => planned.resolution.date < date);
	const previous = predecessorFor(random, drafting, date, citable);
	const citesResolutions = previous === null && random.chance(citingShare);
	const recalled =
		previous !== null
			? previous.recalled
			: citesResolutions
				? random.chance(0.7) && earlier.length > 0
					? random.pick(earlier).recalled
					: random.pick(realResolutions)
				: null;
	const title = previous?.resolution.title ?? resolutionTitle(random);
	const parts = [resolutionPart(random, drafting, title, recalled, previous)];
	if (random.chance(previous === null ? 0.3 : 0.05)) {
		parts.push({
			annexTitle: declarationTitle(random, placeName(random)),
			opening: 'We, the States Members of the United Nations,',
			preamble: preamble(random, random.int(3, 8), drafting),
			operativeIntro: 'Declare as follows:',
			operative: operative(random, random.int(10, 25), () => declarationWords(random)),
		});
	}
	if (previous !== null) previous.continued = true;
	const citations = {
		annexed: earlier
			.filter((planned) => planned.resolution.parts.length > 1)
			.map((planned) => planned.recalled.number),
		reports: citable.reports.filter((report) => report.year < year).map(({ symbol }) => symbol),
		citesResolutions,
	};
	const caller = footnoteCaller(random, () => footnoteText(random, citations));
	const resolution: PlannedResolution = {
		kind: 'resolution',
		shape,
		body: organ,
		symbol: `${ecosoc ? 'E' : 'A'}/RES/${resolutionNumber}`,
		resolutionNumber,
		title,
		date,
		distributionDate: isoDate(year + 1, random.int(1, 4), random.int(1, 28)),
		session: drafting.session,
		agendaItem: random.int(90, 130),
		plenaryMeeting: random.int(40, 90),
		committeeReport: ecosoc ? null : `A/${session}/${random.int(400, 499)}`,
		jobNumber: `${String(year % 100).padStart(2, '0')}${String(random.int(10000, 99999))}`,
		parts: parts.map((part) => printedPart(part, caller)),
		footnotes: caller.footnotes,
		continues: previous?.resolution.symbol ?? null,
	};
	citable.resolutions.push({
		resolution,
		drafting,
		recalled: { organ, number: resolutionNumber, date: printedDate(date) },
		continued: false,
	});
	return resolution;
}

function planReport(random: Random, symbolIndex: number, citable: Citable): PlannedReport {
	const session = firstSession + (symbolIndex % sessions);
	const year = session + 1945;
	const symbol = `A/${session}/${500 + Math.floor(symbolIndex / sessions)}`;
	// The Assembly's resolutions of earlier years: a report says what "its resolution" asked for.
	const cited = [
		...realResolutions.map(({ number }) => number),
		...citable.resolutions
			.filter(
				(planned) => planned.drafting.organ === 'General Assembly' && planned.drafting.year < year,
			)
			.map((planned) => planned.recalled.number),
	];
	const paragraphs = Array.from({ length: random.int(10, 25) }, (_, index) => ({
		words: reportWords(random, year, index === 0 || random.chance(0.1) ? random.pick(cited) : null),
		items: random.chance(0.15)
			? Array.from({ length: random.int(2, 4) }, () => itemWords(random))
			: [],
	}));
	citable.reports.push({ symbol, year });
	return {
		kind: 'report',
		shape: 'pdf-text',
		symbol,
		title: resolutionTitle(random),
		session,
		year,
		summary: reportWords(random, year, null),
		paragraphs,
	};
}

/**
 * The documents of a synthetic corpus of `count` documents, the same for the same seed.
 * @example planCorpus(3, 1).map((document) => document.symbol) // three distinct symbols
 */
export function planCorpus(count: number, seed: number): PlannedDocument[] {
	const random = seededRandom(seed);
	const citable: Citable = { resolutions: [], reports: [] };
	const next = { ga: 0, ecosoc: 0, report: 0 };
	return Array.from({ length: count }, (_, index): PlannedDocument => {
		const shape = shapeAt(index);
		if (shape === 'pdf-text') return planReport(random, next.report++, citable);
		// Half the Markdown resolutions are the Council's, as seed 002 is.
		const ecosoc = shape === 'markdown' && index % 2 === 0;
		return ecosoc
			? planResolution(random, shape, next.ecosoc++, 'Economic and Social Council', citable)
			: planResolution(random, shape, next.ga++, 'General Assembly', citable);
	});
}
