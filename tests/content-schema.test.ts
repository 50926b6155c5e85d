/**
 * The collection's schema is strict: a generated file with an unknown or a wrong front-matter field
 * fails the build, and the error names the file.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { documentMdx } from '../src/lib/emit/mdx.ts';
import { paragraph, resolutionDocument, resolutionPart, run } from './support/model-builders.ts';
import { buildSite } from './support/site-files.ts';

/** Builds a site from one generated document whose front-matter is changed by `edit`; the build's error output. */
function buildWithFrontmatter(
	name: string,
	edit: (data: Record<string, unknown>) => Record<string, unknown>,
): string {
	const contentDirectory = `test-results/schema-${name}-content`;
	rmSync(contentDirectory, { recursive: true, force: true });
	mkdirSync(contentDirectory, { recursive: true });
	const document = resolutionDocument([
		resolutionPart([], [paragraph('operative', 1, [run('Decides;')], 'Decides')]),
	]);
	const file = matter(
		documentMdx(document, {
			seedPath: 'seeds/x.txt',
			cites: [],
			citesWithoutSymbol: [],
			linksIn: () => [],
		}),
	);
	writeFileSync(`${contentDirectory}/${name}.mdx`, matter.stringify(file.content, edit(file.data)));
	writeFileSync(`${contentDirectory}/${name}.json`, JSON.stringify(document));
	try {
		buildSite(`test-results/schema-${name}-site`, contentDirectory);
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
		return `${String(stdout ?? '')}${String(stderr ?? '')}`;
	}
	return '';
}

describe('the documents collection', () => {
	it('builds from the front-matter as the converter writes it', () => {
		expect(buildWithFrontmatter('as-generated', (data) => data)).toBe('');
	});

	it('fails the build on an unknown front-matter field, naming the file and the field', () => {
		const output = buildWithFrontmatter('unknown-field', (data) => ({
			...data,
			citedBy: ['A/RES/1/1'],
		}));
		expect(output).toContain('unknown-field.mdx');
		expect(output).toContain('citedBy');
	});

	it('fails the build when a cited symbol is not a UN document symbol, naming the file', () => {
		const output = buildWithFrontmatter('wrong-cites', (data) => ({
			...data,
			cites: ['resolution 63/193'],
		}));
		expect(output).toContain('wrong-cites.mdx');
		expect(output).toContain('cites');
	});
});
