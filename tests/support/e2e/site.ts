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

/** Pages per test in a sitemap-wide sweep (see inGroups). */
const SWEEP_GROUP_SIZE = 40;

/**
 * A sweep's paths in consecutive groups of at most `size`, each with a title such as
 * "pages 41–80 of 351". A sweep that visits one page after another in a single test keeps one
 * worker busy for minutes while the others finish; as one test per group it spreads over all
 * workers, and a failure still names every problem of its group at once. No paths is an error:
 * the sweep would then define no test at all and pass unnoticed.
 */
export function inGroups(paths: readonly string[], size = SWEEP_GROUP_SIZE): { title: string; paths: string[] }[] {
  if (paths.length === 0) throw new Error('A sitemap-wide sweep got no pages: is the sitemap of the built site empty?');
  const groups: { title: string; paths: string[] }[] = [];
  for (let start = 0; start < paths.length; start += size) {
    const group = paths.slice(start, start + size);
    groups.push({ title: `pages ${start + 1}–${start + group.length} of ${paths.length}`, paths: group });
  }
  return groups;
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
