import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Paragraph, TextRun, UnDocument } from '../model.ts';
import { checkDocument } from './checks.ts';
import { ParseError } from './error.ts';
import { parseOdsText } from './ods/document.ts';

// A/RES/64/180 as the UN's ODS publishes it: a resolution with footnotes and 23 operative paragraphs.
const file = 'seeds/000_173b05c339677b1f.txt';
const text = readFileSync(file, 'utf8');

/** The seed parsed afresh, to be spoilt by one test. */
function parsed(): UnDocument {
	return structuredClone(parseOdsText(text, file).document);
}

function resolutionOf(document: UnDocument): UnDocument['parts'][number] {
	const [resolution] = document.parts;
	if (resolution === undefined) throw new Error('the seed has no resolution part');
	return resolution;
}

function firstRunOf(paragraph: Paragraph | undefined): TextRun {
	const run = paragraph?.content.find((inline) => inline.kind === 'text');
	if (run?.kind !== 'text') throw new Error('no text run');
	return run;
}

/** The seed's text with one run's words replaced, where the run stands. */
function textWithRun(run: TextRun, words: string): string {
	const lines = text.split('\n');
	const line = lines[run.at.line - 1] ?? '';
	const start = run.at.column - 1;
	lines[run.at.line - 1] = line.slice(0, start) + words + line.slice(start + run.text.length);
	return lines.join('\n');
}

function refusalOf(document: UnDocument, spoilt = text): ParseError {
	try {
		checkDocument(document, spoilt, file);
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
	throw new Error('the check let the document through');
}

describe('checkDocument', () => {
	it('lets the seed through as its parser reads it', () => {
		expect(() => checkDocument(parsed(), text, file)).not.toThrow();
	});

	it('refuses text the parser neither read nor set aside, at its line', () => {
		const document = parsed();
		const paragraph = resolutionOf(document).preamble[1];
		const run = firstRunOf(paragraph);
		if (paragraph !== undefined)
			paragraph.content = paragraph.content.filter((inline) => inline !== run);
		const error = refusalOf(document);
		expect([error.line, error.reason]).toEqual([
			run.at.line,
			expect.stringMatching(/words lost|neither read/),
		]);
	});

	it('refuses operative paragraphs that skip a number, at the paragraph', () => {
		const document = parsed();
		const fifth = resolutionOf(document).operative[4];
		if (fifth === undefined) throw new Error('no fifth operative paragraph');
		fifth.number = 6;
		const error = refusalOf(document);
		expect([error.line, error.reason]).toEqual([
			fifth.at.line,
			'operative paragraph 6 of the resolution follows paragraph 4',
		]);
	});

	it('refuses a preambular paragraph that opens with a printed paragraph number', () => {
		const document = parsed();
		const run = firstRunOf(resolutionOf(document).preamble[2]);
		const words = `1. ${run.text}`;
		const spoilt = textWithRun(run, words);
		run.text = words;
		const error = refusalOf(document, spoilt);
		expect([error.line, error.reason]).toEqual([
			run.at.line,
			expect.stringMatching(
				/^preambular paragraph 3 of the resolution opens with the paragraph number "1\."/,
			),
		]);
	});

	it('refuses a running head left inside a paragraph', () => {
		const document = parsed();
		const run = firstRunOf(resolutionOf(document).operative[2]);
		const words = `${run.text} A/RES/64/180 Twelfth United Nations Congress`;
		const spoilt = textWithRun(run, words);
		run.text = words;
		const error = refusalOf(document, spoilt);
		expect([error.line, error.reason]).toEqual([
			run.at.line,
			expect.stringMatching(/running head/),
		]);
	});

	it('refuses a page number left inside a paragraph, but not a cited resolution', () => {
		const document = parsed();
		const run = firstRunOf(resolutionOf(document).operative[2]);
		const cited = `${run.text} resolution 1/2 of the Council`;
		run.text = cited;
		expect(() =>
			checkDocument(
				document,
				textWithRun(firstRunOf(parsed().parts[0]?.operative[2]), cited),
				file,
			),
		).not.toThrow();
		const paged = `${cited} 3/7 Welcomes`;
		const spoilt = textWithRun(firstRunOf(parsed().parts[0]?.operative[2]), paged);
		run.text = paged;
		expect(refusalOf(document, spoilt).reason).toBe(
			'"3/7" inside a paragraph: a page number left in the text',
		);
	});

	it('refuses a paragraph number read as words of the paragraph before', () => {
		const document = parsed();
		const resolution = resolutionOf(document);
		const [, second] = resolution.operative;
		if (second === undefined) throw new Error('no second operative paragraph');
		// The label "2." becomes words of paragraph 1, as when a parser misses a paragraph's start.
		const first = resolution.operative[0];
		first?.content.push(
			{ kind: 'text', text: second.printedLabel ?? '', at: second.at },
			...second.content,
		);
		resolution.operative = resolution.operative.filter((paragraph) => paragraph !== second);
		resolution.operative.forEach((paragraph, index) => (paragraph.number = index + 1));
		const error = refusalOf(document);
		expect([error.line, error.reason]).toEqual([
			second.at.line,
			'the paragraph number "2." is read as words of a paragraph: the parser did not see the paragraph begin',
		]);
	});

	it('refuses a footnote that is never called, and a call that names no footnote', () => {
		const uncalled = parsed();
		const paragraphs = [...resolutionOf(uncalled).preamble, ...resolutionOf(uncalled).operative];
		const withCall = paragraphs.find((paragraph) =>
			paragraph.content.some((inline) => inline.kind === 'footnote-call'),
		);
		const call = withCall?.content.find((inline) => inline.kind === 'footnote-call');
		if (withCall === undefined || call?.kind !== 'footnote-call')
			throw new Error('no footnote call');
		// The call's digits become words, so nothing is lost: only the call is gone.
		withCall.content = withCall.content.map((inline) =>
			inline === call ? { kind: 'text', text: String(call.footnote), at: call.at } : inline,
		);
		const error = refusalOf(uncalled);
		expect(error.reason).toBe(`footnote ${call.footnote} is never called`);

		const unanswered = parsed();
		unanswered.footnotes = unanswered.footnotes.filter(
			(footnote) => footnote.number !== call.footnote,
		);
		unanswered.setAside.push(
			...(
				parsed().footnotes.find((footnote) => footnote.number === call.footnote)?.content ?? []
			).flatMap((inline) =>
				inline.kind === 'text'
					? [{ rule: 'markup' as const, what: 'test', text: inline.text, at: inline.at }]
					: [],
			),
			{
				rule: 'markup',
				what: 'test',
				text: String(call.footnote),
				at: parsed().footnotes.find((footnote) => footnote.number === call.footnote)?.at ?? {
					line: 1,
					column: 1,
				},
			},
		);
		expect(refusalOf(unanswered).reason).toBe(`footnote call ${call.footnote} names no footnote`);
	});
});
