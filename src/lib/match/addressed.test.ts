import { describe, expect, it } from 'vitest';
import { anchorFor } from '../contract.ts';
import {
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';
import { addressedParagraphsOf, paragraphsByAddressee } from './addressed.ts';

const document = resolutionDocument([
	resolutionPart(
		[paragraph('preambular', 1, [run('Requesting the Secretary-General to act,')], 'Requesting')],
		[
			paragraph('operative', 1, [run('Requests the expert group to report;')], 'Requests'),
			paragraph('operative', 2, [run('Decides to remain seized of the matter;')], 'Decides'),
			paragraph(
				'operative',
				3,
				[run('Invites Member States and other donors to help;')],
				'Invites',
			),
			paragraph('operative', 4, [run('Requests the Secretary-General to report;')], 'Requests'),
			paragraph('operative', 5, [run('Urges Member States to act.')], 'Urges'),
		],
	),
]);

describe('addressedParagraphsOf', () => {
	it('lists every operative paragraph, one that asks no one with none', () => {
		const paragraphs = addressedParagraphsOf(document);
		expect(paragraphs.map((p) => anchorFor(p.address))).toEqual([
			'op1',
			'op2',
			'op3',
			'op4',
			'op5',
		]);
		expect(paragraphs[1]?.addressees).toEqual([]);
	});

	it('reads a document once, however often its page and its document.json ask', () => {
		expect(addressedParagraphsOf(document)).toBe(addressedParagraphsOf(document));
		expect(addressedParagraphsOf(structuredClone(document))).not.toBe(
			addressedParagraphsOf(document),
		);
	});
});

describe('paragraphsByAddressee', () => {
	it('gives each addressee its paragraphs, the controlled list’s order first, then the unlisted', () => {
		const entries = paragraphsByAddressee(addressedParagraphsOf(document)).map((entry) => [
			entry.addressee.name,
			entry.paragraphs.map(anchorFor),
		]);
		expect(entries).toEqual([
			['the Secretary-General', ['op4']],
			['Member States', ['op3', 'op5']],
			['other donors', ['op3']],
			['the expert group', ['op1']],
		]);
	});
});
