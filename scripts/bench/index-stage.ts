/**
 * The search-index stage of `scripts/build.ts` on its own, so `npm run bench` can time it apart from
 * Astro: `node scripts/bench/index-stage.ts SITE CONTENT` re-indexes an already built site from the models it was built from.
 */
import { writeSearchIndex } from '../search-index.ts';

const [site, content] = process.argv.slice(2);
if (site === undefined || content === undefined)
	throw new Error('usage: node scripts/bench/index-stage.ts SITE CONTENT');
const report = await writeSearchIndex(site, content);
console.log(`search index: ${report.records} records, one per document`);
