/**
 * What the about page says of each document: the seed it was read from, the shape that decided its
 * parser, where the text came from, and how much of the seed named rules kept out of the body.
 */
import type { SetAsideRule, SeedShape, UnDocument } from '../model.ts';
import { sourceLinksOf, type SourceLink } from './provenance.ts';

/** One document's line in the about page's table of sources. */
export interface DocumentSource {
	symbol: string;
	title: string;
	seed: string;
	shape: string;
	sources: SourceLink[];
	/** When and by which version another pipeline extracted the text, where its header says. */
	extracted: string | null;
	/** Lines of the seed kept out of the body, by the rule that set them aside. */
	setAside: Record<SetAsideRule, number>;
}

const shapeNames: Record<SeedShape, string> = {
	ods: 'UN ODS text',
	markdown: 'Markdown',
	'pdf-text': 'text extracted from a PDF, as laid out',
	flowed: 'text extracted from a PDF, one paragraph a line',
};

/** What each set-aside rule keeps out of the body, in a reader's words. */
export const setAsideRuleNames: Record<SetAsideRule, string> = {
	'ods-marker': 'ODS job markers',
	'page-furniture': 'page furniture (page numbers, running heads, rules, bar codes)',
	markup: 'Markdown markup',
	metadata: 'metadata (title, symbol, adoption line, distribution data), kept as metadata',
};

function countsByRule(document: UnDocument): Record<SetAsideRule, number> {
	const counts: Record<SetAsideRule, number> = {
		'ods-marker': 0,
		'page-furniture': 0,
		markup: 0,
		metadata: 0,
	};
	for (const piece of document.setAside) counts[piece.rule] += 1;
	return counts;
}

/** Each document's source line, in symbol order. */
export function documentSourcesOf(documents: readonly UnDocument[]): DocumentSource[] {
	return [...documents]
		.sort((a, b) => a.meta.symbol.localeCompare(b.meta.symbol, 'en', { numeric: true }))
		.map((document) => {
			const provenance = document.provenance;
			const extractedAt = provenance?.['extracted_at'];
			const version = provenance?.['extract_version'];
			return {
				symbol: document.meta.symbol,
				title: document.meta.title,
				seed: document.file,
				shape: document.shape === undefined ? 'not recorded' : shapeNames[document.shape],
				sources: sourceLinksOf(provenance),
				extracted:
					extractedAt === undefined
						? null
						: `${extractedAt}${version === undefined ? '' : `, extraction version ${version}`}`,
				setAside: countsByRule(document),
			};
		});
}

/**
 * The date each file was first added, read from `git log --diff-filter=A --format=%x01%cs
 * --name-only` (newest commit first, each commit's date after a U+0001 and the files it added
 * after it): a file deleted and added again keeps its first date.
 * @example firstAddedDates('\u00012026-11-24\n\nseeds/a.txt\n\u00012026-11-23\n\nseeds/a.txt\nseeds/b.txt\n').get('seeds/a.txt') // '2026-11-23'
 */
export function firstAddedDates(log: string): Map<string, string> {
	const dates = new Map<string, string>();
	for (const commit of log.split('\u0001').slice(1)) {
		const [date = '', ...files] = commit.split('\n');
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
		for (const file of files) if (file !== '') dates.set(file, date);
	}
	return dates;
}
