// The second region (tests/fixtures/toinen-alue) built on its own: no page, feed or data file names
// the main region — its ids, places or organisations — so another county can adopt the site with
// nothing but its content folder. Reads the output folder from disk; runs under
// playwright.region.config.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findRegionTerms, regionTerms } from '../../support/region-terms.ts';
import { sitemapPaths } from '../../support/e2e/site.ts';

const DIST = process.env.TT_OUT_DIR ?? 'dist';
const MAIN_REGION = regionTerms('content');
const OWN_REGION = regionTerms('tests/fixtures/toinen-alue');

function textFiles(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST}/ is missing: run npm run build:region first.`);
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|xml|json|csv|txt|jsonld)$/.test(file) && !file.startsWith('pagefind'))
    .sort();
}

test('the build is the second region: its own name and places are on its pages', () => {
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(findRegionTerms(home, OWN_REGION)).toEqual(expect.arrayContaining(['Koealue']));
  expect(sitemapPaths().length).toBeGreaterThan(20);
});

test('no page, feed or data file mentions the main region, its places or its ids', () => {
  const files = textFiles();
  expect(files.length).toBeGreaterThan(20);
  const leaks = files.flatMap((file) => findRegionTerms(readFileSync(join(DIST, file), 'utf8'), MAIN_REGION).map((term) => `${file}: ${term}`));
  expect(leaks).toEqual([]);
});

test('a region without news, FAQ, service paths or operating models has no such pages and no links to them', () => {
  for (const path of ['ajankohtaista/index.html', 'ukk/index.html', 'ammattilaisille/palvelupolku/index.html', 'ammattilaisille/toimintamallit/index.html']) {
    expect(existsSync(join(DIST, path)), path).toBe(false);
  }
  const pages = textFiles().filter((file) => file.endsWith('.html'));
  const links = pages.filter((file) =>
    // The news feed itself stays (an empty RSS file is valid open data); only pages are meant here.
    /href="(?:\/(?:sv|en))?\/(?:ajankohtaista|ukk|ammattilaisille\/palvelupolku|ammattilaisille\/toimintamallit)\/(?!rss\.xml)/.test(
      readFileSync(join(DIST, file), 'utf8'),
    ),
  );
  expect(links).toEqual([]);
});

test('pages that feature services say nothing of them when the region features none', async ({ page }) => {
  await page.goto('/haku/');
  await expect(page.locator('#no-results-help li')).toHaveCount(2);
  await page.goto('/ammattilaisille/tunnista-tuen-tarve/');
  await expect(page.locator('#next-title')).toBeVisible();
  await expect(page.locator('section:has(#next-title) a[href^="/palvelu/"]')).toHaveCount(0);
  await page.goto('/ammattilaisille/tyokyvyn-tuen-suunnitelma/');
  await expect(page.locator('main a[href^="/ammattilaisille/toimintamallit/"]')).toHaveCount(0);
});
