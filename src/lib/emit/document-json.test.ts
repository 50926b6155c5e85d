import { describe, expect, it } from 'vitest';
import { documentJson } from './document-json.ts';
import {
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';

describe('documentJson', () => {
	it('keeps the model and lists each passage with its anchor and both forms of its citation', () => {
		const document = resolutionDocument([
			resolutionPart(
				[paragraph('preambular', 1, [run('Recalling its resolution 46/152,')], 'Recalling')],
				[paragraph('operative', 1, [run('Requests the Secretary-General to report.')], 'Requests')],
			),
		]);
		const json = documentJson(document);
		expect(json.meta).toEqual(document.meta);
		expect(json.parts).toEqual(document.parts);
		const operative = json.passages.find((passage) => passage.anchor === 'op1');
		expect(json.passages.map((passage) => passage.anchor)).toEqual(['pp1', 'op1']);
		expect(operative?.citation).toBe('A/RES/99/1, para. 1');
		expect(operative?.fullCitation).toBe(
			'General Assembly resolution 99/1 of 18 December 2009, para. 1',
		);
		expect(operative?.permalink).toBe('/A/RES/99/1/#op1');
	});
});
