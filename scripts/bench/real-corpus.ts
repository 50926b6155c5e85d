/**
 * The real resolutions the benchmark mixes into every size, beside the generated ones: the General
 * Assembly's eightieth-session resolutions as real pipelines extracted them from the official PDFs
 * (`tests/fixtures/ga-80/`, copied from the shared corpus). Generated text is regular; these carry
 * what real extractions carry (long footnotes, page furniture, cut titles, quoted instruments).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed } from '../../src/lib/parse/seed.ts';

/** Where the extractions are, in the repository. */
export const realCorpusDirectory = 'tests/fixtures/ga-80';

/** An extraction the converter reads, by file name, and the symbol it reads in it. */
export interface RealExtraction {
	name: string;
	symbol: string;
}

/**
 * The symbol a file is named for, by the pipelines' naming (`A_RES_80_13.v1.3.0.md`).
 * @example symbolOfExtraction('A_RES_80_13.v1.3.0.md') // 'A/RES/80/13'
 */
export function symbolOfExtraction(name: string): string {
	return name.replace(/\.v[\d.]+\.(md|txt)$/, '').replace(/_/g, '/');
}

/**
 * One extraction of each resolution, the newest the parser accepts (the others are the same text,
 * and the converter would refuse the duplicate symbol), in symbol order. A resolution none of whose
 * extractions is accepted is left out: `tests/corpus/ga-80.test.ts` holds each refusal to its cause.
 */
export function readableExtractions(directory = realCorpusDirectory): RealExtraction[] {
	const names = readdirSync(directory)
		.filter((name) => /\.v[\d.]+\.(md|txt)$/.test(name))
		.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
	const chosen = new Map<string, RealExtraction>();
	for (const name of names) {
		const symbol = symbolOfExtraction(name);
		if (chosen.has(symbol)) continue;
		const file = join(directory, name);
		try {
			const parsed = parseSeed({ file, text: readFileSync(file, 'utf8'), sidecar: null });
			chosen.set(symbol, { name, symbol: parsed.document.meta.symbol });
		} catch {
			// Refused: an older extraction of the same resolution may be read.
		}
	}
	return [...chosen.values()].sort((a, b) =>
		a.symbol.localeCompare(b.symbol, 'en', { numeric: true }),
	);
}
