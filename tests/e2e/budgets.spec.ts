// Page-weight budgets (README "Budgets and benchmarks") on the built site: every page's HTML plus
// its CSS ≤ 30 KB gzip, content pages load at most 10 KB gzip of enhancement JavaScript, Pagefind loads only on search,
// and fonts are the system's. Checked from the files and, for JavaScript, in the browser as well.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { BUDGETS, formatKb, isSearchPage, measureSite, type PageWeight } from '../../cli/budgets/page-weight.ts';
import { inGroups, sitemapPaths } from '../support/e2e/site.ts';

const DIST = process.env.TT_OUT_DIR ?? 'dist';

let pages: PageWeight[] = [];

test.beforeAll(() => {
  if (!existsSync(DIST)) throw new Error(`${DIST}/ is missing: run npm run build before the end-to-end tests.`);
  pages = measureSite(DIST);
});

test('the built site has pages to measure', () => {
  // Guards the other tests against passing over an empty or misread dist/.
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/haku/', '/404.html']));
  const home = pages.find((page) => page.path === '/');
  expect(home?.stylesheets.length).toBeGreaterThan(0);
  expect(home?.cssGzip).toBeGreaterThan(500);
});

test(`every page's HTML plus its CSS is at most ${formatKb(BUDGETS.htmlAndCss)} gzip`, () => {
  const over = pages
    .filter((page) => page.htmlGzip + page.cssGzip > BUDGETS.htmlAndCss)
    .map((page) => `${page.path}: HTML ${formatKb(page.htmlGzip)} + CSS ${formatKb(page.cssGzip)}`);
  expect(over).toEqual([]);
});

test(`content pages load at most ${formatKb(BUDGETS.contentJs)} gzip of JavaScript`, () => {
  const over = pages
    .filter((page) => !isSearchPage(page.path) && page.jsGzip > BUDGETS.contentJs)
    .map((page) => `${page.path}: ${formatKb(page.jsGzip)} (${page.scripts.join(', ')})`);
  expect(over).toEqual([]);
});

test('only the search page loads Pagefind', () => {
  expect(pages.filter((page) => page.loadsPagefind && !isSearchPage(page.path)).map((page) => page.path)).toEqual([]);
  // The search page itself does, or the test above could never fail.
  expect(pages.find((page) => page.path === '/haku/')?.loadsPagefind).toBe(true);
});

test('fonts are the system fonts: no @font-face and no font files', () => {
  const stylesheets = [...new Set(pages.flatMap((page) => page.stylesheets))].filter((href) => href.startsWith('/_astro/'));
  expect(stylesheets.length).toBeGreaterThan(0);
  const withFontFace = stylesheets.filter((href) => /@font-face/i.test(readFileSync(join(DIST, href), 'utf8')));
  expect(withFontFace).toEqual([]);
});

for (const group of inGroups(sitemapPaths().filter((candidate) => !isSearchPage(candidate)))) {
  test(`in the browser, content pages fetch no more JavaScript than the budget and nothing from Pagefind (${group.title})`, async ({ page }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    for (const path of group.paths) {
      const scripts: Promise<number>[] = [];
      const pagefind: string[] = [];
      const onResponse = (response: import('@playwright/test').Response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/pagefind/')) pagefind.push(url.pathname);
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length, () => 0));
      };
      page.on('response', onResponse);
      await page.goto(path, { waitUntil: 'networkidle' });
      page.off('response', onResponse);
      const jsGzip = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
      if (jsGzip > BUDGETS.contentJs) problems.push(`${path}: ${formatKb(jsGzip)} of JavaScript`);
      if (pagefind.length > 0) problems.push(`${path}: loads ${pagefind.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
}

test('in the browser, the search page does load Pagefind (so the check above can fail)', async ({ page }) => {
  const pagefind = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/pagefind/'));
  await page.goto('/haku/?q=palvelu');
  await expect(pagefind).resolves.toBeTruthy();
});
