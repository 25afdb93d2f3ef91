// When things go wrong the site still helps: every page works with JavaScript off, a search index
// that fails to load leaves a helpful message instead of an empty box, and the 404 page leads on.
import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/ui/en.ts';
import { fi } from '../../src/i18n/ui/fi.ts';
import { sv } from '../../src/i18n/ui/sv.ts';
import { inGroups, sitemapPaths } from '../support/e2e/site.ts';

/** The interface strings of the language a path is in (/sv/…, /en/…, otherwise Finnish). */
const stringsFor = (path: string) => (path.startsWith('/sv/') ? sv : path.startsWith('/en/') ? en : fi);

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const group of inGroups(sitemapPaths())) {
    test(`every page of the sitemap renders its content, navigation and search form (${group.title})`, async ({ page }) => {
      test.setTimeout(300_000);
      const problems: string[] = [];
      for (const path of group.paths) {
        const t = stringsFor(path);
        const response = await page.goto(path);
        if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
        const heading = page.getByRole('heading', { level: 1 });
        if ((await heading.count()) !== 1 || !(await heading.isVisible())) problems.push(`${path}: no single visible h1`);
        const mainText = (await page.locator('main').innerText()).trim();
        if (mainText.length < 40) problems.push(`${path}: main has almost no text (${mainText.length} characters)`);
        if (!(await page.getByRole('navigation', { name: t['nav.label'] }).isVisible())) problems.push(`${path}: main navigation hidden`);
        if (!(await page.getByRole('searchbox', { name: t['search.label'] }).first().isVisible())) problems.push(`${path}: header search missing`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('the search page explains that search needs JavaScript and offers browsing', async ({ page }) => {
    await page.goto('/haku/?q=velat');
    await expect(page.getByText(fi['search.noscript'])).toBeVisible();
    await page.getByRole('link', { name: fi['search.noResults.browse'] }).click();
    await expect(page).toHaveURL(/\/palvelut\/$/);
  });

  test('the 404 page works without JavaScript, search form included', async ({ page }) => {
    await page.goto('/tata-sivua-ei-ole/');
    await page.getByRole('main').getByRole('searchbox', { name: fi['search.label'] }).fill('mieli');
    await page.getByRole('main').getByRole('button', { name: fi['search.submit'], exact: true }).click();
    await expect(page).toHaveURL(/\/haku\/\?q=mieli$/);
  });
});

test('a search index that fails to load shows a helpful message, not an empty box', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort('failed'));
  await page.goto('/haku/?q=omaolo');
  const alert = page.locator('#search').getByRole('alert');
  await expect(alert).toHaveText(fi['search.loadError']);
  // The way on is still there, and the no-JavaScript notice has gone (it would now be wrong).
  await expect(page.getByRole('link', { name: fi['search.noResults.browse'] })).toBeAttached();
  await expect(page.getByText(fi['search.noscript'])).toHaveCount(0);
});

test('a search engine or index that fails after the search box loaded shows the same helpful message', async ({ page }) => {
  // The Component UI loads; Pagefind's engine, WebAssembly and index files do not.
  await page.route(/\/pagefind\/(?!pagefind-component-ui\.)/, (route) => route.abort('failed'));
  await page.goto('/haku/?q=omaolo');
  await expect(page.locator('#search').getByRole('alert')).toHaveText(fi['search.loadError']);
  await expect(page.locator('#search')).not.toContainText('Pagefind');
  await expect(page.getByRole('link', { name: fi['search.noResults.browse'] })).toBeVisible();
});

test('with the search index reachable, the same page shows results and no error (control)', async ({ page }) => {
  await page.goto('/haku/?q=omaolo');
  await expect(page.locator('pagefind-results').getByRole('link').first()).toBeVisible();
  await expect(page.locator('#search').getByRole('alert')).toHaveCount(0);
});

test('the 404 page says the page is missing and leads on to search, services and home', async ({ page }) => {
  const response = await page.goto('/palvelu/ei-tallaista-palvelua/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fi['notFound.title']);
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  for (const name of [fi['notFound.services'], fi['notFound.home']]) {
    const href = await page.getByRole('main').getByRole('link', { name }).getAttribute('href');
    expect(href, name).toBeTruthy();
    const target = await page.request.get(href ?? '');
    expect(target.status(), `${name} → ${href}`).toBe(200);
  }
});
