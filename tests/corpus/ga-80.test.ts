/**
 * Real resolutions as real pipelines extract them from the official PDFs (tests/fixtures/ga-80/):
 * each file, on its own beside the five seeds, is converted as `npm run convert` would convert it
 * (parse, the checks every UN document obeys, MDX), and either holds the text word for word with
 * the structure a reader counts in it (ga-80-facts.ts), or is refused for the cause listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/content-io.ts';
import { contentSlugOf, convertCorpus } from '../../src/lib/emit/convert.ts';
import { plainText } from '../../src/lib/inline.ts';
import type { ListItem, Paragraph, ResolutionPart, UnDocument } from '../../src/lib/model.ts';
import { parseSeed, seedShapeOf, type SeedFile } from '../../src/lib/parse/seed.ts';
import { expectFaithful } from '../support/faithful.ts';
import { ga80Facts, type ResolutionFacts } from './ga-80-facts.ts';

const directory = 'tests/fixtures/ga-80';
const files = readdirSync(directory)
	.filter((name) => name !== 'README.md')
	.sort();

/**
 * The files refused, each with the cause the refusal must name: extractions too damaged to read
 * faithfully, or text the parsers cannot yet read. The goal is none.
 */
const refusals: Record<string, RegExp> = {
	// The extraction lost the letters of a list's items, so an item reads like a paragraph.
	'A_RES_80_11.v1.1.0.md': /:100: "Decides, where appropriate.*has no item letter/,
	'A_RES_80_11.v1.3.0.md': /:90: "Decides, where appropriate.*has no item letter/,
	'A_RES_80_34.v1.1.0.md': /:53: "International peace and security.*has no item letter/,
	'A_RES_80_5.v1.3.0.md': /:55: "Although great strides.*has no item letter/,
	'A_RES_80_9.v1.3.0.md': /:56: "We reaffirm our strong support.*has no item letter/,
	// The extraction put the resolution's own text among a page's footnotes.
	'A_RES_80_18.v1.2.0.md': /:72: footnote 7 runs on into the resolution's text \("Taking note…/,
	'A_RES_80_22.v1.2.0.md': /:72: footnote 4 runs on into the resolution's text \("52nd plenary/,
	'A_RES_80_22.v1.3.0.md': /:72: footnote 4 runs on into the resolution's text \("52nd plenary/,
	'A_RES_80_23.v1.2.0.md': /:38: footnote 1 runs on into the resolution's text \("Pending…"\)/,
	'A_RES_80_35.v1.2.0.md': /:65: footnote 1 runs on into the resolution's text \("4\. Urges…"\)/,
	'A_RES_80_35.v1.3.0.md': /:65: footnote 1 runs on into the resolution's text \("4\. Urges…"\)/,
	'A_RES_80_42.v1.3.0.md': /:71: footnote 1 runs on into the resolution's text \("9\. Decides…"/,
	'A_RES_80_57.v1.3.0.md': /:66: footnote 3 runs on into the resolution's text \("4\. Decides…"/,
	'A_RES_80_59.v1.3.0.md': /:44: footnote 2 runs on into the resolution's text \("52nd plenary/,
	// The extraction lost the end of a paragraph: the next one starts mid-sentence.
	'A_RES_80_24.v1.1.0.md': /:138: paragraph 3 starts here, but the paragraph before \(line 136\)/,
	'A_RES_80_24.v1.3.0.md': /:108: paragraph 3 starts here, but the paragraph before \(line 106\)/,
	'A_RES_80_38.v1.1.0.md': /:138: paragraph 23 starts here, but the paragraph before \(line 136/,
	// The annex of A/RES/80/9 as the flowed extractions damage it (paragraphs run into the line
	// before, or moved among the footnotes); its layout text reads whole.
	'A_RES_80_9.v1.1.0.md': /:127: footnote 13 is never called before footnote call 14 at column 297/,
	'A_RES_80_9.v1.2.0.md':
		/:119: the running head "2025 Political Declaration.*is run into the text/,
};

let seeds: SeedFile[] = [];
beforeAll(async () => {
	seeds = await readSeeds('seeds');
});

function symbolOfFile(name: string): string {
	return name.replace(/\.v.*$/, '').replace(/_/g, '/');
}

function factsOf(symbol: string): ResolutionFacts {
	const facts = ga80Facts.find((entry) => entry.symbol === symbol);
	if (facts === undefined) throw new Error(`no facts counted for ${symbol}`);
	return facts;
}

function converted(name: string): UnDocument {
	const seed = {
		file: `${directory}/${name}`,
		text: readFileSync(`${directory}/${name}`, 'utf8'),
		sidecar: null,
	};
	const { files: written } = convertCorpus([...seeds, seed]);
	const json = written.get(`${contentSlugOf(symbolOfFile(name))}.json`);
	if (json === undefined) throw new Error(`${name} wrote no document.json`);
	return JSON.parse(json) as UnDocument;
}

function shapeOf(part: ResolutionPart): {
	preambular: number;
	operative: number;
	headings: number;
} {
	return {
		preambular: part.preamble.length,
		operative: part.operative.length,
		headings: part.headings?.length ?? 0,
	};
}

/**
 * Footnotes an extraction cut short, whose words the others print whole: the page shows each file's
 * text as it is, and the conversion warns that the footnote ends mid-phrase.
 */
const cutFootnotes: Record<string, readonly number[]> = {
	'A_RES_80_39.v1.1.0.md': [6, 13],
};

/** Whether some extraction of the file's resolution cut this footnote short. */
function cutSomewhere(file: string, footnote: number): boolean {
	const symbol = symbolOfFile(basename(file));
	return Object.entries(cutFootnotes).some(
		([name, numbers]) => symbolOfFile(name) === symbol && numbers.includes(footnote),
	);
}

const read = new Map<string, UnDocument>();

function itemWords(item: ListItem): string[] {
	return [plainText(item.content), ...item.items.flatMap(itemWords)];
}

/**
 * A paragraph's words, its items' included, spaces normalised. The flowed extractions join a word
 * the PDF broke at its hyphen with a space ("gender- balanced", where the layout text has
 * "gender-" at a line's end): the page shows each file's text as it is, and the comparison forgives
 * that space alone.
 */
function wordsOf(paragraph: Paragraph): string {
	return comparable(
		[plainText(paragraph.content), ...paragraph.items.flatMap(itemWords)].join(' '),
	);
}

function comparable(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/(?<=\p{L}-) (?=\p{Ll})/gu, '')
		.trim();
}

describe('the GA-80 corpus, one file at a time beside the seeds', () => {
	it('reads the layout text as PDF text and every other extraction as flowed text', () => {
		for (const name of files) {
			const shape = seedShapeOf(readFileSync(`${directory}/${name}`, 'utf8'), name);
			expect(shape, name).toBe(name.includes('.v1.0.0.') ? 'pdf-text' : 'flowed');
		}
	});

	it('has a counted fact sheet for every resolution of the corpus', () => {
		const symbols = [...new Set(files.map(symbolOfFile))].sort();
		expect(ga80Facts.map((facts) => facts.symbol).sort()).toEqual(symbols);
	});

	for (const name of files) {
		const refusal = refusals[name];
		if (refusal !== undefined) {
			it(`refuses ${name} for its cause`, () => {
				expect(() => converted(name)).toThrow(refusal);
			});
			continue;
		}
		it(`reads ${name} word for word, with the paragraphs, footnotes and dates a reader counts`, () => {
			const text = readFileSync(`${directory}/${name}`, 'utf8');
			const document = converted(name);
			read.set(name, document);
			expectFaithful(document, text);
			const facts = factsOf(symbolOfFile(name));
			const [resolution, ...annexes] = document.parts;
			expect(resolution && shapeOf(resolution)).toMatchObject({
				preambular: facts.preambular,
				operative: facts.operative,
			});
			expect(annexes.map(shapeOf)).toEqual(
				facts.annexes.map(({ preambular, operative, headings }) => ({
					preambular,
					operative,
					headings,
				})),
			);
			expect(document.footnotes.length).toBe(facts.footnotes);
			expect(document.meta.date).toBe(facts.adopted);
			if (facts.committee.kind === 'plenary') {
				expect([document.meta.committeeReport, document.meta.draftResolution]).toEqual([
					null,
					facts.committee.draft,
				]);
			} else {
				expect(document.meta.committeeReport).toMatchObject({
					committee: facts.committee.committee,
					symbol: facts.committee.report,
				});
			}
		});
	}

	it('warns of exactly the footnotes an extraction cut short', () => {
		const warned = files.flatMap((name) => {
			if (refusals[name] !== undefined) return [];
			const text = readFileSync(`${directory}/${name}`, 'utf8');
			const { warnings } = parseSeed({ file: name, text, sidecar: null });
			return warnings
				.filter((warning) => /ends mid-phrase/.test(warning.message))
				.map((warning) => `${name} ${/footnote (\d+)/.exec(warning.message)?.[1] ?? ''}`);
		});
		expect(warned).toEqual(
			Object.entries(cutFootnotes).flatMap(([name, numbers]) =>
				numbers.map((number) => `${name} ${number}`),
			),
		);
	});

	it('reads the same paragraphs, words and footnotes from every extraction of one resolution', () => {
		const byResolution = new Map<string, UnDocument[]>();
		for (const [name, document] of read) {
			const symbol = symbolOfFile(name);
			byResolution.set(symbol, [...(byResolution.get(symbol) ?? []), document]);
		}
		const shape = (document: UnDocument) => ({
			parts: document.parts.map((part) => ({
				preamble: part.preamble.map(wordsOf),
				operative: part.operative.map(wordsOf),
				headings: (part.headings ?? []).map((heading) => ({
					words: plainText(heading.text),
					before: heading.before,
				})),
			})),
			footnotes: document.footnotes.map((footnote) => ({
				number: footnote.number,
				words: cutSomewhere(document.file, footnote.number)
					? 'cut short by one extraction'
					: comparable(plainText(footnote.content)),
			})),
		});
		for (const [first, ...others] of byResolution.values()) {
			if (first === undefined) continue;
			for (const other of others)
				expect(shape(other), `${other.file} and ${first.file}`).toEqual(shape(first));
		}
	});
});
