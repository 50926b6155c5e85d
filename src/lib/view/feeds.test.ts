import { describe, expect, it } from 'vitest';
import { atomFeed, atomUpdated, sitemapXml, xmlText } from './feeds.ts';
import { resolutionMeta } from '../../../tests/support/model-builders.ts';

describe('xmlText', () => {
	it('escapes what would end text or an attribute', () => {
		expect(xmlText(`a<b>&"c'`)).toBe('a&#60;b&#62;&#38;&#34;c&#39;');
	});
});

describe('sitemapXml', () => {
	it('lists each address once, escaped', () => {
		const xml = sitemapXml(['https://x.org/A/RES/1/', 'https://x.org/?q=a&b']);
		expect(xml.match(/<loc>/g)).toHaveLength(2);
		expect(xml).toContain('<loc>https://x.org/?q=a&#38;b</loc>');
	});
});

describe('atomUpdated', () => {
	it('gives a day as itself, and a year or a month as its last moment, never its first day', () => {
		expect(atomUpdated('2009-12-18')).toBe('2009-12-18T00:00:00Z');
		expect(atomUpdated('2012')).toBe('2012-12-31T23:59:59Z');
		expect(atomUpdated('2012-02')).toBe('2012-02-29T23:59:59Z');
		expect(atomUpdated('2010-04')).toBe('2010-04-30T23:59:59Z');
	});
});

describe('atomFeed', () => {
	it('puts the newest document first and dates the feed by it', () => {
		const feed = atomFeed(
			[
				resolutionMeta({ symbol: 'A/RES/1/1', date: '2007-07-26' }),
				resolutionMeta({ symbol: 'A/RES/2/2', date: '2010-12-21' }),
			],
			'https://x.org',
			'/feed.xml',
		);
		expect(feed.indexOf('A/RES/2/2')).toBeLessThan(feed.indexOf('A/RES/1/1'));
		expect(feed).toContain('<updated>2010-12-21T00:00:00Z</updated>');
		expect(feed).toContain('<id>https://x.org/A/RES/2/2/</id>');
	});

	it('gives the feed and every entry the elements Atom requires, and names the feed itself', () => {
		const feed = atomFeed(
			[resolutionMeta({ symbol: 'A/RES/1/1', title: 'Crime & justice' })],
			'https://x.org',
			'/feed.xml',
		);
		const entry = feed.slice(feed.indexOf('<entry>'), feed.indexOf('</entry>'));
		for (const element of ['<title>', '<id>', '<updated>', '<author>'])
			expect(entry).toContain(element);
		expect(entry).toContain('<title>A/RES/1/1: Crime &#38; justice</title>');
		expect(entry).toContain(
			'<link rel="alternate" type="text/html" href="https://x.org/A/RES/1/1/"/>',
		);
		expect(feed).toContain(
			'<link rel="self" type="application/atom+xml" href="https://x.org/feed.xml"/>',
		);
	});

	it("states a document's date at the precision the text gives it, and publishes only a known day", () => {
		const feed = atomFeed(
			[
				resolutionMeta({
					symbol: 'A/67/97',
					date: '2012',
					body: 'Secretary-General',
					documentType: 'report',
				}),
				resolutionMeta({ symbol: 'A/RES/2/2', date: '2010-12-21' }),
			],
			'https://x.org',
			'/feed.xml',
		);
		const entryOf = (symbol: string) => {
			const start = feed.indexOf(`<title>${symbol}`);
			return feed.slice(start, feed.indexOf('</entry>', start));
		};
		expect(entryOf('A/67/97')).toContain('<dc:date>2012</dc:date>');
		expect(entryOf('A/67/97')).not.toContain('<published>');
		expect(entryOf('A/67/97')).not.toContain('2012-01-01');
		expect(entryOf('A/RES/2/2')).toContain('<published>2010-12-21T00:00:00Z</published>');
		expect(entryOf('A/RES/2/2')).toContain('<dc:date>2010-12-21</dc:date>');
		expect(feed).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
	});
});
