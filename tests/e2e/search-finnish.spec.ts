// Finnish search through the real UI on the built site: colloquial words, inflected forms and
// compound parts find the right service in the first five results; filters narrow the results;
// the no-results help shows only when nothing is found; the search page passes axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.locator('pagefind-results li.pf-result');

/** Titles of the first five results once they have loaded. */
async function topTitles(page: Page, query: string): Promise<string[]> {
  await page.goto(`/haku/?q=${encodeURIComponent(query)}`);
  await expect(results(page).first().locator('a.pf-result-link')).toBeVisible();
  return results(page).locator('a.pf-result-link').evaluateAll((links) => links.slice(0, 5).map((link) => link.textContent?.trim() ?? ''));
}

/** The number in "12 tulosta haulle …". */
async function resultCount(page: Page): Promise<number> {
  const summary = page.locator('pagefind-summary');
  await expect(summary).toHaveText(/\d+ tulos/);
  return Number(/(\d+) tulos/.exec((await summary.textContent()) ?? '')?.[1]);
}

for (const { kind, query, title } of [
  { kind: 'colloquial word', query: 'työkkäri', title: /^Työllisyyspalvelut/ },
  { kind: 'colloquial word', query: 'sossu', title: /sosiaalityö/i },
  { kind: 'inflected form with consonant gradation', query: 'työkyvyn arviointi', title: /toimintakyvyn arviointi/i },
  { kind: 'inflected form', query: 'velkojen', title: /velkaneuvonta/i },
  { kind: 'compound part', query: 'koordinaattori', title: /^Työkykykoordinaattori/ },
  { kind: 'compound part', query: 'kuntosali', title: /liikunta/i },
  { kind: 'misspelling', query: 'tyokkari', title: /^Työllisyyspalvelut/ },
  // Place names are indexed in the nominative and genitive only; the locative comes from stemming.
  { kind: 'topic with a place in the locative case', query: 'kuntosali lappeenrannassa', title: /^Lappeenrannan liikunta/ },
  { kind: 'topic with a place in the adessive case', query: 'kuntosali imatralla', title: /^Imatran liikunta/ },
]) {
  test(`a ${kind} ("${query}") finds the service in the first five results`, async ({ page }) => {
    const titles = await topTitles(page, query);
    expect(titles.some((candidate) => title.test(candidate)), `top five: ${titles.join(' | ')}`).toBe(true);
  });
}

test('a result card shows the title, summary, life area and provider of the service', async ({ page }) => {
  await topTitles(page, 'koordinaattori');
  const card = results(page).filter({ has: page.getByRole('link', { name: /^Työkykykoordinaattori/ }) }).first();
  await expect(card.locator('.search-result__summary')).not.toBeEmpty();
  await expect(card).toContainText('Elämänalue: Työ ja tulevaisuus');
  await expect(card).toContainText(/Järjestäjä: \S+/);
});

test('the enrichment terms are searchable but not shown on the service page', async ({ page }) => {
  await page.goto('/haku/?q=työkkäri');
  const link = results(page).getByRole('link', { name: /^Työllisyyspalvelut/ }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator('h1')).toHaveText(/^Työllisyyspalvelut/);
  // The terms live in an attribute of an empty hidden element: nothing to see or to read out.
  const hidden = page.locator('[data-pagefind-meta^="terms:"]');
  await expect(hidden).toHaveCount(1);
  await expect(hidden).toBeHidden();
  await expect(hidden).toHaveText('');
  const terms = ((await hidden.getAttribute('data-pagefind-meta')) ?? '').replace(/^terms:/, '');
  expect(terms.split(' ').length).toBeGreaterThan(20);
  expect(await page.locator('main').innerText()).not.toContain(terms.split(' ').slice(0, 6).join(' '));
});

test('the Finnish terms go only to the Finnish index; Swedish and English pages keep their filters', async ({ page }) => {
  for (const path of ['/sv/palvelu/tyollisyyspalvelut/', '/en/palvelu/tyollisyyspalvelut/', '/sv/palvelu/ruokakurssit/']) {
    await page.goto(path);
    await expect(page.locator('[data-pagefind-meta^="terms:"]'), path).toHaveCount(0);
    await expect(page.locator('[data-pagefind-meta^="keywords:"]'), path).toHaveCount(0);
    expect(await page.locator('[data-pagefind-filter]').count(), path).toBeGreaterThan(0);
  }
});

test('filters narrow the results', async ({ page }) => {
  await page.goto('/haku/?q=kuntoutus');
  const before = await resultCount(page);
  await page.locator('pagefind-filter-pane summary', { hasText: 'Yhteydenotto' }).click();
  await page.getByRole('checkbox', { name: /Voit ottaa yhteyttä itse/ }).check();
  await expect.poll(() => resultCount(page)).toBeLessThan(before);
  expect(await resultCount(page)).toBeGreaterThan(0);

  await page.locator('pagefind-filter-pane summary', { hasText: 'Kunta' }).click();
  await expect(page.getByRole('checkbox', { name: /Imatra/ })).toBeVisible();
});

test('the no-results help shows only when a search finds nothing', async ({ page }) => {
  await page.goto('/haku/?q=qwxzvbnm');
  await expect(page.locator('pagefind-summary')).toContainText('Ei tuloksia');
  await expect(page.getByRole('heading', { name: 'Etkö löytänyt etsimääsi?' })).toBeVisible();
  await expect(page.getByRole('link', { name: /seitsemän elämänalueen mukaan/ })).toBeVisible();

  await page.getByRole('searchbox').last().fill('velat');
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Etkö löytänyt etsimääsi?' })).toBeHidden();
});

test('the header search is a plain GET form to /haku/ from a service page', async ({ page }) => {
  await page.goto('/palvelut/');
  await page.locator('main a[href^="/palvelu/"]').first().click();
  await expect(page).toHaveURL(/\/palvelu\/[^/]+\/$/);
  const form = page.locator('header form');
  await expect(form).toHaveAttribute('method', /get/i);
  await expect(form).toHaveAttribute('action', /\/haku\/$/);
  await page.getByRole('searchbox', { name: 'Hae palveluja' }).fill('koordinaattori');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/\/haku\/\?q=koordinaattori$/);
  await expect(results(page).getByRole('link', { name: /^Työkykykoordinaattori/ }).first()).toBeVisible();
});

test('the search page with results and filters has no axe violations', async ({ page }) => {
  await topTitles(page, 'velat');
  await page.locator('pagefind-filter-pane summary', { hasText: 'Kohderyhmä' }).click();
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
