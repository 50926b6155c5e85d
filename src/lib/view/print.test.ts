import { describe, expect, it } from 'vitest';
import { referencesOutOfSite } from './print.ts';

describe('referencesOutOfSite', () => {
	it('lists the cited documents that are not on the site, with their official records, once each', () => {
		expect(
			referencesOutOfSite(
				['A/RES/46/152', 'A/RES/64/180', 'E/RES/155(VII)', 'A/RES/46/152'],
				new Set(['A/RES/64/180']),
			),
		).toEqual([
			{ symbol: 'A/RES/46/152', url: 'https://undocs.org/A/RES/46/152' },
			{ symbol: 'E/RES/155 (VII)', url: 'https://undocs.org/E/RES/155(VII)' },
		]);
	});
	it('prints each symbol as the UN does, and links the compact form undocs.org takes', () => {
		expect(referencesOutOfSite(['A/RES/57/270B'], new Set())).toEqual([
			{ symbol: 'A/RES/57/270 B', url: 'https://undocs.org/A/RES/57/270B' },
		]);
	});
});
