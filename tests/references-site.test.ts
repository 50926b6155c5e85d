/**
 * The hyperlinked record in the built site: references lead where the seeds say, each document lists
 * who cites it, `/references/` lists every cited work, and linking never alters a word of the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import {
	anchorFor,
	documentPath,
	officialRecordUrl,
	partPath,
	referencesPath,
} from '../src/lib/contract.ts';
import { inlineSegments } from '../src/lib/inline.ts';
import type { UnDocument } from '../src/lib/model.ts';
import { passagesOf } from '../src/lib/passages.ts';
import { siteBuiltBeforeAll } from './support/built-site.ts';
import { filesUnder, testSiteUrl } from './support/site-files.ts';

const site = 'test-results/references-site';
const { pages, page } = siteBuiltBeforeAll(site);

/** The reference links in the text of a document page (or of one passage of it): their words and targets. */
function refLinks(symbol: string, within = '.document-text'): { text: string; href: string }[] {
	return page(documentPath(symbol))
		.root.querySelectorAll(`${within} a.ref`)
		.map((link) => ({ text: link.text, href: link.getAttribute('href') ?? '' }));
}

/** The lines of a seed that contain `words`. */
function seedLines(seed: string, words: string): string[] {
	return readFileSync(join('seeds', seed), 'utf8')
		.split('\n')
		.filter((line) => line.includes(words));
}

describe('references in the text', () => {
	it('lead from A/RES/65/230 to the two resolutions of the corpus it recalls', () => {
		const hrefs = refLinks('A/RES/65/230').map((link) => link.href);
		expect(hrefs).toContain('/A/RES/64/180/');
		expect(hrefs).toContain('/A/RES/64/179/');
	});

	it('lead A/RES/65/230 op 9 and op 10 to paragraphs 42 and 49 of the Salvador Declaration it annexes', () => {
		expect(
			seedLines('003_393f743abdb401da.txt', 'paragraph 42 of the Salvador Declaration')[0],
		).toMatch(/^\t9\.\t/);
		expect(
			seedLines('003_393f743abdb401da.txt', 'paragraph 49 of the Salvador Declaration')[0],
		).toMatch(/^\t10\.\t/);
		expect(refLinks('A/RES/65/230', '#op9 > .passage-text')).toContainEqual({
			text: 'paragraph 42 of the Salvador Declaration',
			href: '/A/RES/65/230/#annex-op42',
		});
		expect(refLinks('A/RES/65/230', '#op10 > .passage-text')).toContainEqual({
			text: 'paragraph 49 of the Salvador Declaration',
			href: '/A/RES/65/230/#annex-op49',
		});
	});

	it('lead "paragraph 20 above" in A/RES/64/179 op 21 to its op 20', () => {
		expect(seedLines('001_c08265ac8f7350db.txt', 'paragraph 20 above')[0]).toMatch(/^\t21\.\t/);
		expect(refLinks('A/RES/64/179', '#op21 > .passage-text')).toEqual([
			{ text: 'paragraph 20 above', href: '/A/RES/64/179/#op20' },
		]);
	});

	it('lead A/RES/64/180’s "resolution 63/193" to its official record', () => {
		expect(refLinks('A/RES/64/180')).toContainEqual({
			text: 'resolution 63/193',
			href: 'https://undocs.org/A/RES/63/193',
		});
	});

	it('lead A/RES/64/179’s "Economic and Social Council resolution 2007/12" to its official record', () => {
		const links = refLinks('A/RES/64/179').filter(
			(link) => link.href === officialRecordUrl('E/RES/2007/12'),
		);
		expect(links.map((link) => link.text)).toContain(
			'Economic and Social Council resolution 2007/12, annex',
		);
	});

	it('lead A/67/97’s references to the whole Salvador Declaration to the annex of A/RES/65/230', () => {
		expect(
			seedLines('004_b0b5272844028f10.txt', '(General Assembly resolution 65/230, annex)'),
		).toHaveLength(1);
		const annex = partPath('A/RES/65/230', { kind: 'annex', index: 1, count: 1 });
		const links = refLinks('A/67/97', '#para1 > .passage-text');
		expect(links).toContainEqual({
			text: 'General Assembly resolution 65/230, annex',
			href: annex,
		});
		expect(links).toContainEqual({
			text: 'Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development in a Changing World',
			href: annex,
		});
		// Paragraph 6 names it by its short name.
		expect(refLinks('A/67/97', '#para6 > .passage-text')).toContainEqual({
			text: 'Salvador Declaration',
			href: annex,
		});
		const target = page(documentPath('A/RES/65/230')).root.querySelector(
			`[id="${annex.split('#')[1] ?? ''}"]`,
		);
		expect(target?.querySelector('#annex-op42')).not.toBeNull();
	});

	it('leave every word of every passage as the model has it', () => {
		const mismatches: string[] = [];
		let compared = 0;
		for (const file of filesUnder('content').filter((name) => name.endsWith('.json'))) {
			const document = JSON.parse(readFileSync(join('content', file), 'utf8')) as UnDocument;
			const root = page(documentPath(document.meta.symbol)).root;
			for (const passage of passagesOf(document)) {
				// Calls add their number and preview to the page text; passages without one compare exactly.
				if (passage.content.some((inline) => inline.kind === 'footnote-call')) continue;
				const text = inlineSegments(passage.content)
					.map((segment) => (segment.kind === 'text' ? segment.text : ''))
					.join('');
				const anchor = anchorFor(passage.address);
				const selector =
					passage.address.kind === 'footnote'
						? `#${anchor} .footnote-text > p`
						: `#${anchor} > .passage-text > p`;
				const rendered = root.querySelector(selector)?.text;
				compared += 1;
				if (rendered !== text)
					mismatches.push(`${document.meta.symbol}#${anchor}: ${rendered ?? 'missing'}`);
			}
		}
		expect(mismatches).toEqual([]);
		expect(compared).toBeGreaterThan(200);
	});
});

describe('cited by', () => {
	it('shows on A/RES/64/180 both passages of A/RES/65/230 that cite it', () => {
		// The seed of A/RES/65/230 names 64/180 in a preambular paragraph and in its footnote 7.
		expect(seedLines('003_393f743abdb401da.txt', '64/180')).toHaveLength(2);
		const citing = page(documentPath('A/RES/64/180'))
			.root.querySelectorAll('#cited-by a')
			.map((link) => link.getAttribute('href') ?? '')
			.filter((href) => href.startsWith('/A/RES/65/230/#'));
		expect(citing).toEqual(['/A/RES/65/230/#pp5', '/A/RES/65/230/#fn7']);
	});

	it('shows under paragraph 42 of the Salvador Declaration the operative paragraph of A/RES/65/230 that cites it', () => {
		// Operative paragraph 9 of the resolution: "in line with paragraph 42 of the Salvador Declaration".
		expect(
			seedLines('003_393f743abdb401da.txt', 'paragraph 42 of the Salvador Declaration')[0],
		).toMatch(/^\t9\.\t/);
		const line = page(documentPath('A/RES/65/230')).root.querySelector('#annex-op42 > .cited-at');
		expect(line?.text.replace(/\s+/g, ' ').trim()).toBe('Cited by: para. 9 (this resolution)');
		expect(line?.querySelector('a')?.getAttribute('href')).toBe('/A/RES/65/230/#op9');
	});

	it('shows under each paragraph the paragraphs of its document that cite it, and nowhere else', () => {
		// "paragraphs 9 and 10 above" (A/RES/65/230 op11), "paragraph 20 above" (A/RES/64/179 op21),
		// "paragraph 32 above" (op33), "paragraph 49 of the Salvador Declaration" (A/RES/65/230 op10).
		const citedAt = (symbol: string) =>
			page(documentPath(symbol))
				.root.querySelectorAll('.cited-at')
				.map((line) => [
					line.parentNode?.getAttribute('id'),
					line.querySelectorAll('a').map((link) => link.getAttribute('href')),
				]);
		expect(citedAt('A/RES/65/230')).toEqual([
			['op9', ['/A/RES/65/230/#op11']],
			['op10', ['/A/RES/65/230/#op11']],
			['annex-op42', ['/A/RES/65/230/#op9']],
			['annex-op49', ['/A/RES/65/230/#op10']],
		]);
		expect(citedAt('A/RES/64/179')).toEqual([
			['op20', ['/A/RES/64/179/#op21']],
			['op32', ['/A/RES/64/179/#op33']],
		]);
		expect(citedAt('A/RES/64/180')).toEqual([]);
	});

	it('is in the document’s table of contents', () => {
		const contents = page(documentPath('A/RES/64/180')).root.querySelectorAll(
			'.document-contents a',
		);
		expect(contents.map((link) => link.getAttribute('href'))).toContain('#cited-by');
	});
});

/** The seeds' texts, by file name. */
function seedTexts(): Map<string, string> {
	return new Map(
		filesUnder('seeds')
			.filter((name) => name.endsWith('.txt'))
			.map((name) => [name, readFileSync(join('seeds', name), 'utf8')]),
	);
}

/** The work listed on `/references/` under a heading. */
function citedWork(heading: string): HTMLElement {
	const work = page(referencesPath)
		.root.querySelectorAll('.cited-work')
		.find((candidate) => candidate.querySelector('h3')?.text.trim() === heading);
	if (work === undefined) throw new Error(`/references/ lists no ${heading}`);
	return work;
}

/** The number of passages `/references/` says cite the work under a heading. */
function citedWorkCount(heading: string): number {
	return Number(/\d+/.exec(citedWork(heading).querySelector('.cited-work-count')?.text ?? '')?.[0]);
}

describe('the references page', () => {
	it('counts every passage that names a convention in full, as the seeds name it', () => {
		const texts = seedTexts();
		// The report is hard-wrapped PDF text, where a line is not a passage: it names neither.
		const report = (texts.get('004_b0b5272844028f10.txt') ?? '').replace(/\s+/g, ' ');
		// In the other seeds each paragraph, item and footnote is one line: a line is a passage.
		const lines = [...texts]
			.filter(([name]) => name !== '004_b0b5272844028f10.txt')
			.flatMap(([, text]) => text.split('\n'));
		for (const name of [
			'United Nations Convention against Transnational Organized Crime',
			'United Nations Convention against Corruption',
			'Convention on the Rights of the Child',
		]) {
			expect(report).not.toContain(name);
			const naming = lines.filter((line) => line.includes(name)).length;
			expect(naming, name).toBeGreaterThan(0);
			expect(citedWorkCount(name), name).toBe(naming);
		}
	});

	it('is at the contract address, linked from the header of every page and from the home page', () => {
		expect(page(referencesPath).root.querySelector('h1')?.text).toBe(
			'Cited documents and instruments',
		);
		for (const built of pages()) {
			expect(
				built.root.querySelector(`.site-header a[href="${referencesPath}"]`),
				built.path,
			).not.toBeNull();
		}
		expect(page('/').root.querySelector(`main a[href="${referencesPath}"]`)).not.toBeNull();
		expect(readFileSync(join(site, 'sitemap.xml'), 'utf8')).toContain(
			`${testSiteUrl}${referencesPath}<`,
		);
	});

	it('lists each cited work once, its count the citing passages listed under it', () => {
		const works = page(referencesPath).root.querySelectorAll('.cited-work');
		expect(works.length).toBeGreaterThan(1);
		expect(new Set(works.map((work) => work.id)).size).toBe(works.length);
		for (const work of works) {
			const count = Number(/\d+/.exec(work.querySelector('.cited-work-count')?.text ?? '')?.[0]);
			const citing = new Set(
				work.querySelectorAll('.citing-passages a').map((link) => link.getAttribute('href')),
			);
			expect(citing.size, work.id).toBe(count);
		}
	});

	it('counts a passage that names the Global Counter-Terrorism Strategy as citing A/RES/60/288', () => {
		// A/RES/64/179 names the Strategy in a preambular paragraph, whose footnote 4 is "Resolution 60/288."
		const naming = [...seedTexts().values()]
			.flatMap((text) => text.split('\n'))
			.filter((line) => /Global Counter-Terrorism Strategy|\b60\/288\b/.test(line));
		expect(naming).toHaveLength(2);
		const work = citedWork('General Assembly resolution 60/288');
		expect(citedWorkCount('General Assembly resolution 60/288')).toBe(naming.length);
		expect(work.querySelector('.cited-work-title')?.text).toBe(
			'United Nations Global Counter-Terrorism Strategy',
		);
	});

	it('puts the Assembly’s resolutions first, the old numbering by session before the new', () => {
		const sections = page(referencesPath).root.querySelectorAll('.references-section');
		expect(sections[0]?.querySelector('h2')?.text).toBe('General Assembly resolutions');
		const headings = (sections[0]?.querySelectorAll('.cited-work h3') ?? []).map((heading) =>
			heading.text.trim(),
		);
		// "resolution 415 (V) of 1 December 1950" (A/RES/65/230 pp1) comes before any "nn/nnn".
		expect(headings[0]).toBe('General Assembly resolution 415 (V)');
		const numbers = headings.slice(1).map((heading) => {
			const [session = 0, serial = 0] = (/(\d+)\/(\d+)/.exec(heading) ?? []).slice(1).map(Number);
			return session * 10_000 + serial;
		});
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
	});

	it('heads every work by body, kind and number, or by its symbol or name, never in lower case', () => {
		for (const heading of page(referencesPath).root.querySelectorAll('.cited-work h3'))
			expect(heading.text.trim()).toMatch(/^[A-Z]/);
	});

	it('names the body that the text says adopted resolution 18/3, and the title it gives', () => {
		const [line = ''] = seedLines('001_c08265ac8f7350db.txt', 'resolution 18/3');
		const [, title = '', body = ''] =
			/resolution 18\/3 of [^"]+ entitled "([^"]+)", adopted by the (Commission on [A-Za-z ]+?) at/.exec(
				line,
			) ?? [];
		expect(body).toBe('Commission on Crime Prevention and Criminal Justice');
		const work = citedWork(`${body} resolution 18/3`);
		expect(work.querySelector('.cited-work-title')?.text).toBe(title);
	});

	it('heads a resolution by its own number and names the declaration it annexes as its annex', () => {
		// A/RES/64/180 footnote 5: "Resolution 60/177, annex." after the Bangkok Declaration.
		expect(seedLines('000_173b05c339677b1f.txt', 'Resolution 60/177, annex.')).toHaveLength(1);
		const work = citedWork('General Assembly resolution 60/177');
		expect(work.querySelector('.cited-work-symbol')?.text).toBe('A/RES/60/177');
		expect(work.querySelector('.cited-work-title')).toBeNull();
		expect(work.querySelector('.cited-work-annex')?.text.trim()).toBe('Annex: Bangkok Declaration');
	});

	it('indexes every cited work by section, each entry leading to the work', () => {
		const root = page(referencesPath).root;
		const indexed = root
			.querySelectorAll('.references-index li a')
			.map((link) => link.getAttribute('href'));
		expect(indexed).toEqual(root.querySelectorAll('.cited-work').map((work) => `#${work.id}`));
		const sections = root
			.querySelectorAll('.references-index dt a')
			.map((link) => link.getAttribute('href'));
		expect(sections).toEqual(
			root.querySelectorAll('.references-section').map((section) => `#${section.id}`),
		);
	});

	it('hides its filter box from readers without JavaScript, for whom it could not work', () => {
		expect(
			page(referencesPath).root.querySelector('.references-filter')?.hasAttribute('hidden'),
		).toBe(true);
	});

	it('prints the symbols of resolutions with a session numeral or a part letter as the UN does', () => {
		// The seeds cite "resolution 415 (V)", "resolution 155 C (VII)" and "resolution 57/270 B".
		const seedText = ['002_21c522268fe949fa.txt', '003_393f743abdb401da.txt']
			.map((seed) => readFileSync(join('seeds', seed), 'utf8'))
			.join('\n');
		for (const printed of ['resolution 415 (V)', 'resolution 155 C (VII)', 'resolution 57/270 B'])
			expect(seedText).toContain(printed);
		const text = page(referencesPath).root.querySelector('main')?.text ?? '';
		for (const symbol of ['A/RES/415 (V)', 'E/RES/155 (VII)', 'A/RES/57/270 B'])
			expect(text).toContain(symbol);
		expect(text).not.toMatch(/[AE]\/RES\/\d+\(|RES\/\d+\/\d+[A-Z]\b/);
	});

	it('lists A/RES/64/180 as cited by the two passages of A/RES/65/230, linked to its page', () => {
		const work = citedWork('General Assembly resolution 64/180');
		expect(work.querySelector('h3 a')?.getAttribute('href')).toBe('/A/RES/64/180/');
		expect(work.querySelectorAll('.citing-passages a').map((link) => link.text)).toEqual([
			'A/RES/65/230, preambular para. 5',
			'A/RES/65/230, footnote 7',
		]);
	});
});
