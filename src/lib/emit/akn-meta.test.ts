import { describe, expect, it } from 'vitest';
import { resolutionMeta } from '../../../tests/support/model-builders.ts';
import { aknWorkUri, frbrDate } from './akn-meta.ts';

describe('aknWorkUri', () => {
	it('names a resolution by its body, date and number, as AKN4UN does', () => {
		expect(aknWorkUri(resolutionMeta({ resolutionNumber: '64/180', date: '2009-12-18' }))).toBe(
			'/akn/un/statement/resolution/unga/2009-12-18/64-180',
		);
		expect(
			aknWorkUri(
				resolutionMeta({
					body: 'Economic and Social Council',
					resolutionNumber: '2007/17',
					date: '2007-07-26',
				}),
			),
		).toBe('/akn/un/statement/resolution/ecosoc/2007-07-26/2007-17');
	});

	it('names a report by its symbol, with the date as precise as the text gives it', () => {
		expect(
			aknWorkUri(
				resolutionMeta({
					symbol: 'A/67/97',
					body: 'Secretary-General',
					documentType: 'report',
					resolutionNumber: null,
					date: '2012',
				}),
			),
		).toBe('/akn/un/doc/report/unsg/2012/A-67-97');
	});
});

describe('frbrDate', () => {
	it('gives the day a resolution was adopted', () => {
		expect(frbrDate({ documentType: 'resolution', date: '2009-12-18' })).toEqual({
			date: '2009-12-18',
			name: 'adoption',
		});
	});

	it('gives a period’s last day for a text dated by its year or month, and says so', () => {
		expect(frbrDate({ documentType: 'report', date: '2012' })).toEqual({
			date: '2012-12-31',
			name: 'issuedNoLaterThan',
		});
		expect(frbrDate({ documentType: 'report', date: '2012-02' })).toEqual({
			date: '2012-02-29',
			name: 'issuedNoLaterThan',
		});
	});
});
