/**
 * Agreed language in the built site: the pairs of issue 17 on both their pages with the words
 * changed and the words themselves, counted by hand from the seeds; what changed in A/RES/64/180
 * since the draft E/RES/2007/17 recommended; whom the paragraphs address; document.json.
 *
 * The counts rule (src/lib/match/diff.ts): the words both paragraphs keep in order, as many as can
 * be; in each stretch between kept words, the more of the words dropped and the words added. Read
 * from the older text to the newer: struck-through words are the older's, underlined the newer's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { changesPath, documentJsonPath, documentPath } from '../src/lib/contract.ts';
import type { DocumentJson } from '../src/lib/emit/document-json.ts';
import { siteBuiltBeforeAll } from './support/built-site.ts';
import { fileForPath } from './support/site-files.ts';

const site = 'test-results/agreed-site';
const { page } = siteBuiltBeforeAll(site);

interface Line {
	text: string;
	href: string;
	deleted: string[];
	inserted: string[];
	compare: boolean;
}

/** The history lines under a paragraph of a document page. */
function linesAt(symbol: string, anchor: string): Line[] {
	return page(documentPath(symbol))
		.root.querySelectorAll(`[id="${anchor}"] > .agreed-language .agreed-history > li`)
		.map((item: HTMLElement) => {
			const details = item.querySelector('details');
			const text = item.text.slice(0, item.text.length - (details?.text.length ?? 0));
			return {
				text: text.replace(/\s+/g, ' ').trim(),
				href: item.querySelector('a')?.getAttribute('href') ?? '',
				deleted: (details?.querySelectorAll('.agreed-diff del') ?? []).map((d) => d.text),
				inserted: (details?.querySelectorAll('.agreed-diff ins') ?? []).map((i) => i.text),
				compare: details !== null,
			};
		});
}

function lineTo(symbol: string, anchor: string, href: string): Line | undefined {
	return linesAt(symbol, anchor).find((line) => line.href === href);
}

const deleted = (words: string): string => `[deleted: ${words}]`;
const inserted = (words: string): string => `[inserted: ${words}]`;

describe('identical wording', () => {
	// seeds/003 line 8 and seeds/002: "Emphasizing the responsibility assumed by the United Nations …
	// General Assembly resolution 415 (V) of 1 December 1950," word for word.
	it('is said on A/RES/65/230 pp 1, linking the draft paragraph of 2007, with nothing to compare', () => {
		expect(lineTo('A/RES/65/230', 'pp1', '/E/RES/2007/17/#draft-pp1')).toEqual({
			text: 'Earlier: Same wording as E/RES/2007/17, draft resolution, preambular para. 1 (2007)',
			href: '/E/RES/2007/17/#draft-pp1',
			deleted: [],
			inserted: [],
			compare: false,
		});
	});

	it('is said the other way on the draft paragraph, linking the resolution of 2010', () => {
		expect(lineTo('E/RES/2007/17', 'draft-pp1', '/A/RES/65/230/#pp1')?.text).toBe(
			'Later: Same wording as A/RES/65/230, preambular para. 1 (2010)',
		);
	});
});

// [A/RES/64/180 anchor, draft anchor, words changed, words dropped since the draft, words added]
const pairs: [string, string, number, string[], string[]][] = [
	// "the relevant [United Nations programmes,] specialized agencies [and programmes] of the United
	// Nations system": 3 dropped, 2 added.
	['op13', 'draft-op9', 5, ['United Nations programmes'], ['and programmes']],
	// "report thereon [to the General Assembly,] through the Commission … Justice[, to the General
	// Assembly] at its [seventeenth → sixty-fifth] session": 4 + 4 + 1.
	[
		'op19',
		'draft-op13',
		9,
		['to the General Assembly', 'seventeenth'],
		['to the General Assembly', 'sixty-fifth'],
	],
	// "[Requests → Reiterates its request to]": 4; "the [resources] necessary [resources for → to
	// ensure]": 1 + 2; "in the [regional preparatory meetings for the] Twelfth Congress [and in the
	// Congress itself], in accordance": 5 + 5.
	[
		'op9',
		'draft-op11',
		17,
		[
			'Requests',
			'resources for',
			'regional preparatory meetings for the',
			'and in the Congress itself',
		],
		['Reiterates its request to', 'resources', 'to ensure'],
	],
	// "[Invites → Reiterates its invitation to]": 4; "Government[,] [or] government ministers": 1;
	// "[or attorneys-general to make statements on the theme] and [topics of the Twelfth Congress →
	// attorneys general]": 8 + 5; "and to participate [actively] in [interactive round tables → the
	// high-level segment]": 1 + 3.
	[
		'op11',
		'draft-op8',
		22,
		[
			'Invites',
			'or attorneys-general to make statements on the theme',
			'topics of the Twelfth Congress',
			'interactive round tables',
		],
		[
			'Reiterates its invitation to',
			'or',
			'attorneys general',
			'actively',
			'the high-level segment',
		],
	],
	// "Also [requests → takes note with appreciation of the discussion guide prepared by] the
	// Secretary-General[, to prepare], in cooperation with … network, [a discussion guide] for the
	// regional preparatory meetings for the Twelfth [United Nations] Congress, [for consideration and
	// approval by the Commission] on Crime Prevention and Criminal Justice[, and invites Member States
	// to be actively involved in that process]": 10 + 2 + 3 + 2 + 7 + 11.
	[
		'op2',
		'draft-op5',
		35,
		[
			'requests',
			'to prepare',
			'a discussion guide',
			'for consideration and approval by the Commission',
			'and invites Member States to be actively involved in that process',
		],
		['takes note with appreciation of the discussion guide prepared by', 'United Nations'],
	],
];

describe('close wording', () => {
	it.each(pairs)(
		'A/RES/64/180 %s says it is close to E/RES/2007/17 %s, with %i words changed, dropped and added as counted by hand',
		(anchor, draft, changed, dropped, added) => {
			const line = lineTo('A/RES/64/180', anchor, `/E/RES/2007/17/#${draft}`);
			expect(line?.text).toMatch(
				new RegExp(
					`^Earlier: Close to E/RES/2007/17, draft resolution, para\\. \\d+ \\(2007\\) — ${changed} words changed$`,
				),
			);
			expect(line?.deleted).toEqual(dropped.map(deleted));
			expect(line?.inserted).toEqual(added.map(inserted));
		},
	);

	it.each(pairs)(
		'E/RES/2007/17 says the other way that A/RES/64/180 %s repeats its %s, with the same words changed',
		(anchor, draft, changed, dropped, added) => {
			const line = lineTo('E/RES/2007/17', draft, `/A/RES/64/180/#${anchor}`);
			expect(line?.text).toBe(
				`Later: Close to A/RES/64/180, para. ${anchor.slice(2)} (2009) — ${changed} words changed`,
			);
			expect(line?.deleted).toEqual(dropped.map(deleted));
			expect(line?.inserted).toEqual(added.map(inserted));
		},
	);

	it('says in words which text the difference runs from, for readers who cannot see the marks', () => {
		const legend = page(documentPath('A/RES/64/180')).root.querySelector(
			'#op13 .agreed-legend',
		)?.text;
		expect(legend).toMatch(
			/^From E\/RES\/2007\/17, draft resolution, para\. 9 \(2007\) to this paragraph \(2009\): struck through, words dropped; underlined, words added\./,
		);
	});

	it('puts no agreed language under a list item, which is compared with its paragraph', () => {
		const root = page(documentPath('A/67/97')).root;
		expect(root.querySelector('#para9-1')).not.toBeNull();
		expect(root.querySelector('#para9-1 > .agreed-language')).toBeNull();
	});
});

describe('searching a paragraph’s opening words', () => {
	it('is one link from the paragraph, its first eight words quoted', () => {
		const link = page(documentPath('A/RES/64/180')).root.querySelector('#op13 .agreed-search');
		expect(decodeURIComponent(link?.getAttribute('href') ?? '')).toBe(
			'/search/?q="Encourages the relevant specialized agencies and programmes of"',
		);
	});
});

/** The entries of a changes page: kind, the paragraph, and the predecessor's paragraph it was. */
function changesOn(symbol: string): string[] {
	return page(changesPath(symbol))
		.root.querySelectorAll('.change')
		.map((change) => {
			const [own, other] = change
				.querySelectorAll('.change-head a')
				.map((link) => link.text.trim());
			const kind = change.querySelector('.change-kind')?.text;
			const moved = change.querySelector('.change-moved') === null ? '' : ', moved';
			return kind === 'Dropped'
				? `Dropped ${own}`
				: `${kind} ${own}${other === undefined ? '' : ` ← ${other}`}${moved}`;
		});
}

describe('/A/RES/64/180/changes/', () => {
	it('sets A/RES/64/180 against the draft E/RES/2007/17 recommended', () => {
		expect(page(changesPath('A/RES/64/180')).root.querySelector('h1')?.text).toBe(
			'What changed in A/RES/64/180 since E/RES/2007/17',
		);
	});

	// Read side by side: the paragraphs of seeds/000 and of the draft in seeds/002. The draft's
	// dropped paragraphs stand before the first paragraph that follows them in both texts.
	it('shows every paragraph kept, changed, added or dropped, in the resolution’s order', () => {
		const draft = 'E/RES/2007/17, draft resolution,';
		expect(changesOn('A/RES/64/180')).toEqual([
			`Changed preambular para. 1 ← ${draft} preambular para. 7, moved`,
			`Dropped ${draft} preambular para. 1`,
			`Dropped ${draft} preambular para. 2`,
			`Dropped ${draft} preambular para. 3`,
			`Dropped ${draft} preambular para. 4`,
			`Changed preambular para. 2 ← ${draft} preambular para. 5`,
			'Added preambular para. 3',
			'Added preambular para. 4',
			'Added preambular para. 5',
			'Added preambular para. 6',
			'Added preambular para. 7',
			`Dropped ${draft} preambular para. 6`,
			`Dropped ${draft} preambular para. 8`,
			'Added para. 1',
			`Dropped ${draft} para. 1`,
			`Dropped ${draft} para. 2`,
			`Dropped ${draft} para. 3`,
			`Dropped ${draft} para. 4`,
			`Changed para. 2 ← ${draft} para. 5`,
			'Added para. 3',
			'Added para. 4',
			'Added para. 5',
			'Added para. 6',
			'Added para. 7',
			'Added para. 8',
			`Changed para. 9 ← ${draft} para. 11, moved`,
			'Added para. 10',
			`Dropped ${draft} para. 6`,
			`Dropped ${draft} para. 7`,
			`Changed para. 11 ← ${draft} para. 8`,
			'Added para. 12',
			`Changed para. 13 ← ${draft} para. 9`,
			'Added para. 14',
			'Added para. 15',
			'Added para. 16',
			'Added para. 17',
			'Added para. 18',
			`Dropped ${draft} para. 10`,
			`Dropped ${draft} para. 12`,
			`Changed para. 19 ← ${draft} para. 13`,
		]);
	});

	it('counts them at the top', () => {
		expect(
			page(changesPath('A/RES/64/180'))
				.root.querySelectorAll('.changes-counts li')
				.map((item) => item.text),
		).toEqual([
			'7 paragraphs changed',
			'0 kept word for word',
			'19 added',
			'14 dropped',
			'2 moved out of their old order',
		]);
	});

	it('shows a changed paragraph’s words changed: op 13, five', () => {
		const head = page(changesPath('A/RES/64/180')).root.querySelector('#op13 .change-head')?.text;
		expect(head?.replace(/\s+/g, ' ')).toMatch(/— 5 words changed$/);
	});

	it('is linked from the document page, and from the predecessor’s', () => {
		const links = (symbol: string) =>
			page(documentPath(symbol))
				.root.querySelectorAll('.changes-links a')
				.map((link) => link.getAttribute('href'));
		expect(links('A/RES/64/180')).toEqual(['/A/RES/64/180/changes/']);
		expect(links('E/RES/2007/17')).toEqual(['/A/RES/64/180/changes/', '/A/RES/65/230/changes/']);
	});
});

describe('/A/RES/65/230/changes/', () => {
	it('keeps pp 1 word for word and changes pp 2 by "in this field", against the same draft', () => {
		const entries = changesOn('A/RES/65/230');
		expect(entries.slice(0, 2)).toEqual([
			'Kept preambular para. 1 ← E/RES/2007/17, draft resolution, preambular para. 1',
			'Changed preambular para. 2 ← E/RES/2007/17, draft resolution, preambular para. 2',
		]);
		const pp2 = page(changesPath('A/RES/65/230')).root.querySelector('#pp2');
		expect(pp2?.querySelectorAll('ins').map((word) => word.text)).toEqual([
			inserted('in this field'),
		]);
		expect(pp2?.querySelectorAll('del')).toEqual([]);
	});

	it('says that the annexed Salvador Declaration is not compared', () => {
		expect(
			page(changesPath('A/RES/65/230')).root.querySelector('.changes > p:not(.document-symbol)')
				?.text,
		).toMatch(/Its annex is not compared\.$/);
	});
});

describe('documents without a predecessor in the corpus', () => {
	it('have no changes page: the earliest, a report, and A/RES/64/179, which shares no paragraph', () => {
		for (const symbol of ['E/RES/2007/17', 'A/67/97', 'A/RES/64/179'])
			expect(fileForPath(site, changesPath(symbol)), symbol).toBeNull();
	});
});

describe('addressed to', () => {
	// seeds/000: the Secretary-General is asked in paras 7 ("encourages States, other entities
	// concerned and the Secretary-General"), 8 ("and to that end requests the Secretary-General"), 9,
	// 12, 14, 16 and 19.
	it('lists on the document page the paragraphs that ask the Secretary-General to act', () => {
		const item = page(documentPath('A/RES/64/180'))
			.root.querySelectorAll('.addressee-list li')
			.find((li) => li.getAttribute('data-addressee') === 'the Secretary-General');
		const [search, ...paragraphs] = item?.querySelectorAll('a') ?? [];
		expect(paragraphs.map((link) => link.getAttribute('href'))).toEqual([
			'#op7',
			'#op8',
			'#op9',
			'#op12',
			'#op14',
			'#op16',
			'#op19',
		]);
		expect(search?.getAttribute('href')).toBe('/search/?addressee=the+Secretary-General');
	});

	it('offers the filter only to a script, which reveals it', () => {
		expect(
			page(documentPath('A/RES/64/180'))
				.root.querySelector('.addressee-filter')
				?.hasAttribute('hidden'),
		).toBe(true);
	});
});

describe('document.json', () => {
	const json = (symbol: string): DocumentJson =>
		JSON.parse(
			readFileSync(join(site, fileForPath(site, documentJsonPath(symbol)) ?? ''), 'utf8'),
		) as DocumentJson;

	it('gives each paragraph its matches, earlier ones with their difference', () => {
		const op13 = json('A/RES/64/180').passages.find((passage) => passage.anchor === 'op13');
		const [earlier] = op13?.agreedLanguage?.earlier ?? [];
		expect(earlier?.citation).toBe('E/RES/2007/17, draft resolution, para. 9');
		expect(earlier?.wordsChanged).toBe(5);
		expect(op13?.agreedLanguage?.later).toEqual([]);
	});

	it('gives each operative paragraph whom it asks to act', () => {
		const op7 = json('A/RES/64/180').passages.find((passage) => passage.anchor === 'op7');
		expect(op7?.addressees?.map((addressee) => addressee.name)).toEqual([
			'donor countries',
			'States',
			'other relevant entities',
			'the Secretary-General',
		]);
	});

	it('names the predecessor and where the changes are', () => {
		expect(json('A/RES/64/180').changes).toMatchObject({
			predecessor: { symbol: 'E/RES/2007/17', reason: 'shared', shared: 5 },
			path: '/A/RES/64/180/changes/',
		});
		expect(json('A/RES/64/179').changes).toBeNull();
	});
});
