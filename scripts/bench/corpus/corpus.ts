/**
 * A synthetic corpus as seed files: planned documents written in their shapes, named so that
 * `scripts/content-io.ts` reads them (and their sidecars) in order.
 */
import type { PlannedDocument } from './document-plan.ts';
import { planCorpus } from './plan.ts';
import { markdownText } from './write-markdown.ts';
import { odsText } from './write-ods.ts';
import { pdfSidecar, pdfText } from './write-pdf-text.ts';

/** A generated seed file, and its sidecar when its text lacks its symbol. */
export interface GeneratedSeed {
	name: string;
	text: string;
	symbol: string;
	sidecar: { name: string; text: string } | null;
}

/** How a generated seed's file name starts: after the real seeds (000 to 004) in file-name order, and distinct from them. */
const generatedPrefix = 'bench-';

/**
 * Whether a seed file (a name or a path) is one this generator wrote, not a real document.
 * @example isGeneratedSeed('bench-results/n70/seeds/bench-000003.md') // true
 */
export function isGeneratedSeed(file: string): boolean {
	return (file.split('/').at(-1) ?? '').startsWith(generatedPrefix);
}

function seedOf(document: PlannedDocument, index: number): GeneratedSeed {
	const base = `${generatedPrefix}${String(index).padStart(6, '0')}`;
	switch (document.shape) {
		case 'pdf-text':
			return {
				name: `${base}.txt`,
				text: pdfText(document),
				symbol: document.symbol,
				sidecar: { name: `${base}.meta.yml`, text: pdfSidecar(document) },
			};
		case 'markdown':
			return {
				name: `${base}.md`,
				text: markdownText(document),
				symbol: document.symbol,
				sidecar: null,
			};
		case 'ods':
			return {
				name: `${base}.txt`,
				text: odsText(document),
				symbol: document.symbol,
				sidecar: null,
			};
	}
}

/**
 * The seed files of a synthetic corpus of `count` documents, the same for the same `seed`.
 * @example generateCorpus(10, 1).length // 10
 */
export function generateCorpus(count: number, seed: number): GeneratedSeed[] {
	return planCorpus(count, seed).map(seedOf);
}
