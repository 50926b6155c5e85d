import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences } from './find.ts';
import type { NamedBefore, Reference } from './types.ts';

const assembly = 'General Assembly';
const council = 'Economic and Social Council';

/** The symbols found, in order; a reference without one as its kind. */
function symbols(
	text: string,
	speaker: 'General Assembly' | 'Economic and Social Council' = assembly,
): string[] {
	return findReferences(text, speaker).map(({ reference }) =>
		reference.kind === 'document' ? reference.symbol : reference.kind,
	);
}

function only(
	text: string,
	speaker: 'General Assembly' | 'Economic and Social Council' = assembly,
	before?: NamedBefore,
): { text: string; reference: Reference } {
	const found = findReferences(text, speaker, before);
	expect(found).toHaveLength(1);
	const [first] = found;
	if (first === undefined) throw new Error('no reference');
	return first;
}

const whole = { kind: 'whole' } as const;

describe('findReferences: document symbols', () => {
	it('finds symbols of every shape and leaves a sentence’s full stop out', () => {
		const text =
			'A/64/123. E/CN.15/2007/6; A/CONF.213/RPM.1/1, (E/2009/30) A/CONF.203/18 E/CN.15/2010/20 A/RES/65/230.';
		expect(findReferences(text, assembly).map((found) => found.text)).toEqual([
			'A/64/123',
			'E/CN.15/2007/6',
			'A/CONF.213/RPM.1/1',
			'E/2009/30',
			'A/CONF.203/18',
			'E/CN.15/2010/20',
			'A/RES/65/230',
		]);
	});
	it('links a range of meeting records to the first', () => {
		expect(only('120th meetings (A/62/PV.117-120), and corrigendum').reference).toEqual({
			kind: 'document',
			symbol: 'A/62/PV.117',
			place: whole,
			instrument: null,
		});
	});
	it('reads a corrigendum after a symbol as its own document', () => {
		const found = findReferences(
			'[on the report of the Third Committee (A/64/440 and Corr.1)]',
			assembly,
		);
		expect(found.map((reference) => reference.text)).toEqual(['A/64/440', 'Corr.1']);
		expect(symbols('(A/64/440 and Corr.1)')).toEqual(['A/64/440', 'A/64/440/Corr.1']);
	});
	it('reads a paragraph after a symbol', () => {
		expect(only('listed in A/67/458, para. 3 (b).').reference).toEqual({
			kind: 'document',
			symbol: 'A/67/458',
			place: { kind: 'paragraph', annex: null, paragraph: { number: 3, items: ['b'] } },
			instrument: null,
		});
	});
	it('does not take words joined by a stroke for a symbol', () => {
		expect(
			findReferences('the joint Council of Europe/United Nations study on HIV/AIDS', assembly),
		).toEqual([]);
	});
});

describe('findReferences: annexes', () => {
	it('reads ", annex" after a number', () => {
		const found = only('Resolution 60/177, annex.');
		expect(found.text).toBe('Resolution 60/177, annex');
		expect(found.reference).toEqual({
			kind: 'document',
			symbol: 'A/RES/60/177',
			place: { kind: 'annex', annex: 1 },
			instrument: null,
		});
	});
	it('reads "annex to resolution"', () => {
		expect(only('the annex to resolution 55/25').reference).toEqual({
			kind: 'document',
			symbol: 'A/RES/55/25',
			place: { kind: 'annex', annex: 1 },
			instrument: null,
		});
		expect(only('annex II to General Assembly resolution 55/25').reference).toMatchObject({
			place: { kind: 'annex', annex: 2 },
		});
	});
	it('reads a named instrument as the annex that carries it, its full title as one span', () => {
		const text =
			'the implementation of the Bangkok Declaration on Synergies and Responses: Strategic Alliances in Crime Prevention and Criminal Justice, with';
		const found = only(text);
		expect(found.text).toBe(
			'Bangkok Declaration on Synergies and Responses: Strategic Alliances in Crime Prevention and Criminal Justice',
		);
		expect(found.reference).toEqual({
			kind: 'document',
			symbol: 'A/RES/60/177',
			place: { kind: 'annex', annex: 1 },
			instrument: 'Bangkok Declaration',
		});
	});
	it('does not take the Vienna Declaration and Programme of Action for the Vienna Declaration on Crime and Justice', () => {
		expect(findReferences('the Vienna Declaration and Programme of Action', assembly)).toEqual([]);
		expect(
			symbols(
				'the Vienna Declaration on Crime and Justice: Meeting the Challenges of the Twenty-first Century',
			),
		).toEqual(['A/RES/55/59']);
	});
});

describe('findReferences: treaties', () => {
	const convention = (work: string, provision: string | null = null): Reference => ({
		kind: 'unsymbolled',
		work,
		provision,
		act: null,
	});
	const untoc = 'United Nations Convention against Transnational Organized Crime';
	const uncac = 'United Nations Convention against Corruption';

	it('reads a treaty named in full, each time it is named', () => {
		const found = findReferences(
			`the ratification of the ${untoc} and the Protocols thereto, the ${uncac}3 and all the international conventions`,
			assembly,
		);
		expect(found.map(({ text, reference }) => [text, reference])).toEqual([
			[untoc, convention(untoc)],
			[uncac, convention(uncac)],
		]);
	});
	it('reads a name broken across lines', () => {
		expect(
			only('parties to the United Nations Convention against\nCorruption to').reference,
		).toEqual(convention(uncac));
	});
	it('reads the Convention a Protocol supplements in the Protocol’s name', () => {
		expect(
			only(
				`consistent with the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the ${untoc}.`,
			).reference,
		).toEqual(convention(untoc));
	});
	it('reads "the Convention" as the only convention the passage named before it', () => {
		const found = findReferences(
			`the tenth anniversary of the ${untoc}, and mindful of the need to ensure full implementation of the Convention and the Protocols thereto,`,
			assembly,
		);
		expect(found.map(({ text, reference }) => [text, reference])).toEqual([
			[untoc, convention(untoc)],
			['Convention', convention(untoc)],
		]);
	});
	it('reads "the Convention" after a footnote call by what the passage named before the call', () => {
		expect(
			only('to the Convention, in particular', assembly, { passage: [uncac], document: [] })
				.reference,
		).toEqual(convention(uncac));
	});
	it('reads "the Convention" in a passage that names none as the only one the document named', () => {
		expect(
			only('to promote ratification of the Convention;', assembly, {
				passage: [],
				document: [untoc],
			}).reference,
		).toEqual(convention(untoc));
	});
	it('does not guess which of two conventions named "the Convention" means', () => {
		const text = `the ${untoc} and the ${uncac}, and the implementation of the Convention;`;
		expect(findReferences(text, assembly).map((found) => found.text)).toEqual([untoc, uncac]);
		expect(
			findReferences('the implementation of the Convention;', assembly, {
				passage: [],
				document: [untoc, uncac],
			}),
		).toEqual([]);
	});
	it('does not read "the Convention" where nothing says which it is', () => {
		expect(findReferences('the implementation of the Convention;', assembly)).toEqual([]);
		expect(findReferences('article 8 of the Convention', assembly)).toEqual([]);
	});
	it('does not read the first word of another convention’s name, or "the Conventions"', () => {
		const before = { passage: [untoc], document: [] };
		expect(
			findReferences('the Convention against Torture and the Conventions', assembly, before),
		).toEqual([]);
		expect(
			findReferences('in the Convention on the Rights of the Child', assembly, before).map(
				(found) => found.text,
			),
		).toEqual(['Convention on the Rights of the Child']);
	});
	it('reads an article of "the Convention" as an article of the convention meant', () => {
		expect(
			only('article 8 of the Convention in order', assembly, { passage: [uncac], document: [] })
				.reference,
		).toEqual(convention(uncac, 'article 8'));
	});
});

describe('findReferences: paragraphs', () => {
	const paragraph = (number: number, items: string[] = []) => ({ number, items });
	it('reads "paragraph 20 above" as the citing document’s own paragraph', () => {
		const found = only(
			'the special one-day high-level meeting of the General Assembly referred to in paragraph 20 above;',
		);
		expect(found.text).toBe('paragraph 20 above');
		expect(found.reference).toEqual({ kind: 'same-document', paragraph: paragraph(20) });
	});
	it('reads two paragraphs above as two references', () => {
		const found = findReferences(
			'expert groups established pursuant to paragraphs 9 and 10 above to report',
			assembly,
		);
		expect(found.map((reference) => [reference.text, reference.reference])).toEqual([
			['paragraphs 9', { kind: 'same-document', paragraph: paragraph(9) }],
			['10', { kind: 'same-document', paragraph: paragraph(10) }],
		]);
	});
	it('reads a sub-paragraph', () => {
		expect(only('as requested in paragraph 3 (b) above').reference).toEqual({
			kind: 'same-document',
			paragraph: paragraph(3, ['b']),
		});
		expect(only('paragraph 5 (a) (ii) of the present resolution').reference).toEqual({
			kind: 'same-document',
			paragraph: paragraph(5, ['a', 'ii']),
		});
	});
	it('reads a paragraph of a named instrument as that paragraph of its annex', () => {
		const found = only(
			'to establish, in line with paragraph 42 of the Salvador Declaration, an open-ended',
		);
		expect(found.text).toBe('paragraph 42 of the Salvador Declaration');
		expect(found.reference).toEqual({
			kind: 'document',
			symbol: 'A/RES/65/230',
			place: { kind: 'paragraph', annex: 1, paragraph: paragraph(42) },
			instrument: 'Salvador Declaration',
		});
	});
	it('reads a paragraph of a resolution as one reference', () => {
		const found = only(
			'as well as paragraph 9 of General Assembly resolution 55/25 of 15 November 2000',
		);
		expect(found.text).toBe('paragraph 9 of General Assembly resolution 55/25');
		expect(found.reference).toEqual({
			kind: 'document',
			symbol: 'A/RES/55/25',
			place: { kind: 'paragraph', annex: null, paragraph: paragraph(9) },
			instrument: null,
		});
	});
	it('links each paragraph of a list and the instrument they belong to', () => {
		const text =
			'pursuant to paragraphs 29 and 30 of the statement of principles and programme of action of the United Nations Crime Prevention and Criminal Justice Programme,';
		const found = findReferences(text, assembly);
		expect(found.map((reference) => reference.text)).toEqual([
			'paragraphs 29',
			'30',
			'statement of principles and programme of action of the United Nations Crime Prevention and Criminal Justice Programme',
		]);
		expect(found[1]?.reference).toMatchObject({
			symbol: 'A/RES/46/152',
			place: { kind: 'paragraph', annex: 1, paragraph: paragraph(30) },
		});
	});
	it('leaves a paragraph that names no document alone', () => {
		expect(findReferences('in paragraph 3 thereof', assembly)).toEqual([]);
	});
});

describe('findReferences: what is not a reference', () => {
	it.each([
		['a year', 'Recalling that 2010 marks the tenth anniversary'],
		['a date', 'adopted on 18 December 2008,'],
		['a period', 'the strategy for the period 2008-2011 for the Office'],
		['quantities', 'Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.'],
		[
			'footnote calls glued to words',
			'Criminal Justice Programme,1 should be held, Twelfth Congress2 and',
		],
		['an ordinal meeting', '117th to 120th meetings'],
	])('ignores %s', (_what, text) => {
		expect(findReferences(text, assembly)).toEqual([]);
	});
});

describe('findReferences: spans', () => {
	const fragments = [
		'resolution ',
		'resolutions ',
		'decision ',
		'paragraph ',
		'paragraphs ',
		'para. ',
		'article ',
		'annex',
		' to ',
		' of the ',
		'General Assembly ',
		'Economic and Social Council ',
		'Commission on Crime ',
		'its ',
		'63/193',
		'2008/24',
		'57/270 B',
		'415 (V)',
		'155 C (VII)',
		'(b)',
		' above',
		', annex',
		' and ',
		', ',
		'18 December 2008',
		'A/64/440',
		' and Corr.1',
		'E/CN.15/2007/6',
		'A/62/PV.117-120',
		'Salvador Declaration',
		'Convention',
		' ',
		'\n',
		'.',
		'/',
		'1',
		'42',
	];
	const textLike = fc
		.array(fc.constantFrom(...fragments), { maxLength: 40 })
		.map((parts) => parts.join(''));
	const speakers = fc.constantFrom<'General Assembly' | 'Economic and Social Council'>(
		assembly,
		council,
	);

	it('are in bounds, sorted, disjoint and exactly the text they claim', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 200 }),
					fc.string({ unit: 'grapheme', maxLength: 200 }),
					textLike,
				),
				speakers,
				(text, speaker) => {
					let position = 0;
					for (const found of findReferences(text, speaker)) {
						expect(found.start).toBeGreaterThanOrEqual(position);
						expect(found.end).toBeGreaterThan(found.start);
						expect(found.end).toBeLessThanOrEqual(text.length);
						expect(text.slice(found.start, found.end)).toBe(found.text);
						position = found.end;
					}
				},
			),
			{ numRuns: 2000 },
		);
	});
});
