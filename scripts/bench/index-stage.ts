/**
 * The search-index stage of `scripts/build.ts` on its own, so `npm run bench` can time it apart from
 * Astro: `node scripts/bench/index-stage.ts SITE` re-indexes an already built site.
 */
import { writeSearchIndex } from '../search-index.ts';

const site = process.argv[2];
if (site === undefined) throw new Error('usage: node scripts/bench/index-stage.ts SITE');
const report = await writeSearchIndex(site);
console.log(`search index: ${report.records} records from ${report.documents} documents`);
