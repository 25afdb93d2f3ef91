// Second step of `npm run build`: builds the Pagefind search index of the built site, one language
// at a time, after `astro build` has exited and freed its memory (see src/build/site-index.ts).
//
//   node cli/index-search.ts            indexes dist/ (or TT_OUT_DIR, like astro.config.mjs)
//   node cli/index-search.ts <folder>   indexes another built site
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../src/build/site-index.ts';

const site = resolve(process.argv[2] ?? process.env['TT_OUT_DIR'] ?? 'dist');
if (!existsSync(site)) {
  console.error(`Pagefind: kansiota ${site} ei ole. Rakenna sivusto ensin: npm run build.`);
  process.exit(1);
}

const started = performance.now();
try {
  const { pagesByLanguage, skipped } = await indexSite(site);
  const total = Object.values(pagesByLanguage).reduce((sum, count) => sum + count, 0);
  const perLanguage = Object.entries(pagesByLanguage)
    .map(([lang, count]) => `${lang} ${count}`)
    .join(', ');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Pagefind: ${total} sivua indeksoitu (${perLanguage}); ${skipped} sivua ilman hakualuetta ohitettu; ${seconds} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
