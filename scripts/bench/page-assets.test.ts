import { describe, expect, it } from 'vitest';
import { linkedAssetsOf } from './page-assets.ts';

describe('linkedAssetsOf', () => {
	it('lists linked stylesheets, external scripts and preloaded modules once each', () => {
		const html = [
			'<link rel="stylesheet" href="/_astro/page.css">',
			'<script type="module" src="/_astro/page.js"></script>',
			'<link rel="modulepreload" href="/_astro/chunk.js">',
			'<script type="module" src="/_astro/page.js"></script>',
		].join('');
		expect(linkedAssetsOf(html)).toEqual([
			'/_astro/page.css',
			'/_astro/page.js',
			'/_astro/chunk.js',
		]);
	});

	it('leaves out inline scripts, feeds, canonical links and other sites', () => {
		const html = [
			'<script type="module">import "/x.js";</script>',
			'<link rel="alternate" href="/feed.xml">',
			'<link rel="canonical" href="https://example.org/A/">',
			'<script src="https://cdn.example/x.js"></script>',
			'<link rel="stylesheet" href="//cdn.example/y.css">',
		].join('');
		expect(linkedAssetsOf(html)).toEqual([]);
	});
});
