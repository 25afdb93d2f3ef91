// @ts-check
// Astro configuration for Työllisyystalo. The region (site URL, content) comes from the content folder.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './src/content-dir.ts';
import cmsAssets from './src/build/cms-assets.ts';
import contentGuard from './src/build/content-guard.ts';
import staleContentCache from './src/build/stale-content-cache.ts';
import { DEFAULT_LOCALE, PUBLISHED_LOCALES } from './src/i18n/locales.ts';
import { sitemapAlternates } from './src/lib/sitemap-alternates.ts';

const content = contentDir();
const site = siteUrl();
// hreflang links between the language versions of each page, built in one pass (the integration's
// `i18n` option compares every page with every other: 20 s at 76,000 pages).
const alternates = sitemapAlternates(site, PUBLISHED_LOCALES, DEFAULT_LOCALE);

/** The published address from site.yaml; the content guard reports a missing or invalid one. */
function siteUrl() {
  try {
    const settings = parse(readFileSync(join(content, 'site.yaml'), 'utf8'));
    return new URL(settings.siteUrl).href;
  } catch {
    return 'https://example.invalid/';
  }
}

export default defineConfig({
  site,
  // TT_OUT_DIR / TT_CACHE_DIR let parallel builds (benchmarks, fixtures) avoid each other.
  outDir: process.env.TT_OUT_DIR ?? './dist',
  cacheDir: process.env.TT_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Lossless whitespace removal instead of Astro 7's JSX rules, which drop the space between
  // words and inline elements written on separate lines ("Tiedot tarkistettu <time>").
  compressHTML: true,
  // Four pages at a time: with one, the build waits for every page's file write and CSP digest
  // before it renders the next (a fifth of a large build was idle). 1,000 services, A/B on this
  // machine: 47.2 / 45.7 s with one, 39.4 / 41.2 s with four (BENCHMARKS.md, "Per-page overhead").
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Never inline scripts or assets: every script is then a same-origin file, so public/_headers can
  // carry the same CSP as the <meta> one without per-build hashes.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Shiki highlights with inline styles, which the CSP forbids; content has no code blocks anyway.
  markdown: { syntaxHighlight: false },
  // Locales come from src/i18n/locales.ts, shared with routing and the language switcher. Pages
  // live under src/pages/[...lang]/, so Finnish stays unprefixed and sv/en are mirrors.
  i18n: {
    locales: [...PUBLISHED_LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    staleContentCache(),
    contentGuard({ contentDir: content }),
    mdx({ syntaxHighlight: false }),
    // The form editor at /admin/ (Decap CMS); its pages are left out of the sitemap below.
    cmsAssets(),
    sitemap({
      // Single-filter views of the referral finder are noindex: filtered copies, not content. Its
      // row files are data for the finder module, not pages. The owners' review packets and the
      // per-service change histories are noindex working pages; each chosen-list address is
      // someone's list, no content (tests/e2e/chosen-list.spec.ts checks it).
      filter: (page) => {
        const kept =
          !page.includes('/ammattilaisille/rajaus/') &&
          !page.includes('/ammattilaisille/rivit/') &&
          !page.includes('/ammattilaisille/tarkistus/') &&
          !page.includes('/ammattilaisille/lista/') &&
          !page.includes('/admin/') &&
          !/\/palvelu\/[^/]+\/historia\/$/.test(page);
        if (kept) alternates.keep(page);
        return kept;
      },
      serialize: (item) => {
        const links = alternates.linksOf(item.url);
        return links ? { ...item, links } : item;
      },
    }),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // data: for the icons Pagefind's Component UI stylesheet draws as inline SVG on /haku/ (an
        // image cannot run script); without it the search page logs CSP errors. Keep public/_headers in step.
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
