import { describe, expect, it } from 'vitest';
import { missingPublicAddressWarning, publicSiteFrom } from './public-address.ts';

describe('publicSiteFrom', () => {
	it('gives no public address when SITE_URL is unset or empty, never a development host', () => {
		expect(publicSiteFrom(undefined)).toBeNull();
		expect(publicSiteFrom('')).toBeNull();
		expect(publicSiteFrom('  ')).toBeNull();
	});

	it('takes the origin SITE_URL names, with or without its trailing slash', () => {
		expect(publicSiteFrom('https://example.org')?.href).toBe('https://example.org/');
		expect(publicSiteFrom('https://example.org/')?.href).toBe('https://example.org/');
	});

	it('refuses what is not an http(s) origin, naming the value', () => {
		expect(() => publicSiteFrom('example.org')).toThrow('"example.org"');
		expect(() => publicSiteFrom('ftp://example.org')).toThrow('http(s)');
		expect(() => publicSiteFrom('https://example.org/site/')).toThrow("the site's origin");
	});
});

describe('missingPublicAddressWarning', () => {
	it('says how to give the public address', () => {
		expect(missingPublicAddressWarning).toContain('SITE_URL=https://example.org npm run build');
	});
});
