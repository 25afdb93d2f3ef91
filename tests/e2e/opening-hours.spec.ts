// Opening hours and places in a real build of the second region (tests/fixtures/toinen-alue,
// `npm run build:region`), whose fictional "Työnhaun tuki" has a place with structured hours and
// accessibility: the table is there without JavaScript, the "open now" line appears with
// JavaScript at a fixed clock in Finnish time, the places page lists places by municipality, and
// the map link is a plain link that asks nothing of the map service until it is followed.
// Runs under playwright.region.config.ts (the main region's content gives no structured hours).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { foreignRequests, recordRequests, sitemapPaths } from '../support/e2e/site.ts';

const SERVICE = '/palvelu/tyonhaun-tuki/';
const PLACES = '/paikat/';
const CAPTION = 'Aukioloajat: Työnhaun pisteen toimisto';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the week is a table of weekday and hours, with the coming exceptions listed', async ({ page }) => {
    await page.goto(SERVICE);
    const table = page.getByRole('table', { name: CAPTION });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['Päivä', 'Aika']);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(7);
    await expect(rows.locator('th')).toHaveText(['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai']);
    await expect(rows.locator('td')).toHaveText([
      '8.00–16.00',
      '8.00–16.00',
      '8.00–12.00, 13.00–16.00',
      '8.00–16.00',
      '8.00–14.00',
      'suljettu',
      'suljettu',
    ]);
    const exceptions = page.locator('.opening-hours__exceptions li');
    await expect(exceptions).toHaveText(['24.12.2099–26.12.2099: suljettu (Joulun pyhät)', '31.12.2099: 8.00–12.00']);
    await expect(page.getByText('Myös ajanvarauksella.')).toBeVisible();
    // The status needs JavaScript: without it the line stays hidden, nothing half-made is shown.
    await expect(page.locator('[data-opening-status]')).toBeHidden();
  });

  test('the places page lists the places by municipality', async ({ page }) => {
    await page.goto(PLACES);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paikat kunnittain');
    const municipalities = page.locator('section[data-municipality]');
    // Only municipalities with a place; Tähtelä has none in the fixture.
    await expect(municipalities.getByRole('heading', { level: 2 })).toHaveText(['Aurinkola', 'Kuutamo']);
    const aurinkola = page.locator('section[data-municipality="Aurinkola"]');
    await expect(aurinkola.getByRole('heading', { level: 3 })).toHaveText('Työnhaun pisteen toimisto');
    await expect(aurinkola.getByText('Aurinkotie 5, 12345 Aurinkola')).toBeVisible();
    await expect(aurinkola.getByRole('link', { name: 'Työnhaun tuki' })).toHaveAttribute('href', SERVICE);
    await expect(aurinkola.getByText('Porrasvapaa sisäänkäynti: on')).toBeVisible();
    await expect(aurinkola.getByText('Induktiosilmukka: ei ole')).toBeVisible();
    await expect(page.locator('section[data-municipality="Kuutamo"]').getByText('Pysäköinti: on')).toBeVisible();
  });

  test('the places page is linked from the services index and listed in the sitemap, in every language', async ({ page }) => {
    expect(sitemapPaths()).toEqual(expect.arrayContaining([PLACES, '/sv/paikat/', '/en/paikat/']));
    await page.goto('/palvelut/');
    await page.getByRole('link', { name: 'Paikat kunnittain' }).click();
    await expect(page).toHaveURL(PLACES);
    await page.goto('/en/paikat/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Places by municipality');
  });
});

test.describe('the "open now" line at a fixed clock, in Finnish time', () => {
  const cases = [
    // Tuesday 1.12.2026 9.00 in Helsinki (UTC+2).
    { at: '2026-12-01T07:00:00Z', path: SERVICE, line: 'Avoinna nyt, sulkeutuu klo 16.00' },
    // Wednesday 12.30: the lunch break between 8.00–12.00 and 13.00–16.00.
    { at: '2026-12-02T10:30:00Z', path: SERVICE, line: 'Suljettu, avautuu tänään klo 13.00' },
    // Friday 15.30: closed since 14.00, over the weekend.
    { at: '2026-12-04T13:30:00Z', path: SERVICE, line: 'Suljettu, avautuu ma klo 8.00' },
    // Tuesday 1.6.2027 8.30 summer time (UTC+3): at a fixed UTC+2 it would still be closed.
    { at: '2027-06-01T05:30:00Z', path: SERVICE, line: 'Avoinna nyt, sulkeutuu klo 16.00' },
    // Exception days: Wednesday 23.12.2099 at 16.30, before the closure 24.–26.12. (Thursday would
    // otherwise open "huomenna"); Thursday 31.12.2099 at 12.30, after the shorter day's 12.00.
    { at: '2099-12-23T14:30:00Z', path: SERVICE, line: 'Suljettu, avautuu ma klo 8.00' },
    { at: '2099-12-31T10:30:00Z', path: SERVICE, line: 'Suljettu, avautuu huomenna klo 8.00' },
    { at: '2026-12-04T13:30:00Z', path: `/sv${SERVICE}`, line: 'Stängt, öppnar mån kl. 8.00' },
    { at: '2026-12-01T07:00:00Z', path: `/en${SERVICE}`, line: 'Open now, closes at 16:00' },
  ];
  for (const { at, path, line } of cases) {
    test(`${path} at ${at}: "${line}"`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(at));
      await page.goto(path);
      await expect(page.locator('[data-opening-status]')).toHaveText(line);
      await expect(page.locator('[data-opening-status]')).toBeVisible();
    });
  }

  test('the service page with the line shown is axe clean', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T07:00:00Z'));
    await page.goto(SERVICE);
    await expect(page.locator('[data-opening-status]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('the places page is axe clean', async ({ page }) => {
  await page.goto(PLACES);
  await expectNoAxeViolations(page);
});

test('the map link is a plain link: no request to the map service until it is clicked', async ({ page, context, baseURL }) => {
  // The map service is answered locally: the test proves the click is the first request, offline.
  const mapRequests: string[] = [];
  await context.route('https://www.openstreetmap.org/**', (route) => {
    mapRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>kartta</title>' });
  });
  const requests = recordRequests(page);
  await page.goto(SERVICE, { waitUntil: 'networkidle' });
  const link = page.getByRole('link', { name: /^Näytä kartalla ?: Aurinkotie 5, Aurinkola$/ });
  await expect(link).toHaveAttribute('href', 'https://www.openstreetmap.org/search?query=Aurinkotie%205%2C%2012345%20Aurinkola');
  await expect(page.locator('iframe, img[src*="openstreetmap"], [data-map-link][target]')).toHaveCount(0);
  expect(foreignRequests(requests, new URL(baseURL ?? '').origin)).toEqual([]);
  expect(mapRequests).toEqual([]);

  await link.click();
  await expect(page).toHaveTitle('kartta');
  expect(mapRequests).toEqual(['https://www.openstreetmap.org/search?query=Aurinkotie%205%2C%2012345%20Aurinkola']);
});
