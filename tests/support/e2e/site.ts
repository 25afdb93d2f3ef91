// Helpers shared by the end-to-end tests: the built site's URLs from its sitemap, and a check
// that a page only talks to its own origin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const DIST = process.env.TT_OUT_DIR ?? 'dist';

/** Every page path listed in the built sitemap(s), e.g. "/palvelu/omaolo/". */
export function sitemapPaths(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST}/ is missing: run npm run build before the end-to-end tests.`);
  const files = readdirSync(DIST).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('No sitemap-N.xml in dist/: is @astrojs/sitemap configured?');
  const paths = files.flatMap((file) => [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname));
  return [...new Set(paths)].sort();
}

/** Records every request the page makes; call before navigating. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Requests that left the page's origin (data: and blob: stay in the page). */
export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}
