// The professionals' section on the built site: the referral finder with and without JavaScript,
// its address state, announced count, empty result and print handout; the service path; and the
// offline checklist and support plan, which must not make a single request while being filled.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { contentRecords, filtered, matching, showAll } from '../support/e2e/finder.ts';
import { recordRequests, sitemapPaths } from '../support/e2e/site.ts';

const FINDER = '/ammattilaisille/';
/** Chromium fetches the favicon on its own schedule; it carries nothing from the page. */
const pageRequests = (urls: readonly string[]) => urls.filter((url) => !url.endsWith('/favicon.svg'));
const rows = (page: Page) => page.locator('tr[data-record]');
const visibleRows = (page: Page) => page.locator('tr[data-record]:visible');
const status = (page: Page) => page.getByRole('status');
const filterForm = (page: Page) => page.locator('form[data-filter-form]');

/** Opens a collapsed filter group of the form and returns it. */
async function openGroup(page: Page, label: string) {
  const group = filterForm(page).locator('details', { has: page.locator('summary', { hasText: label }) });
  if (!(await group.getAttribute('open'))) await group.locator('summary').click();
  return group;
}

/** Service page addresses in the sitemap: the independent list of every published service. */
const servicePaths = () => sitemapPaths().filter((path) => /^\/palvelu\/[a-z0-9-]+\/$/.test(path));


/** Audiences and age limits of every row, read from the data the filters use. */
const rowFacts = (page: Page) =>
  rows(page).evaluateAll((items) =>
    items.map((row) => ({
      title: row.querySelector('th')?.textContent?.trim() ?? '',
      hidden: (row as HTMLElement).hidden,
      audiences: ((row as HTMLElement).dataset['audiences'] ?? '').split('|'),
      ageMin: Number((row as HTMLElement).dataset['ageMin'] ?? 0),
    })),
  );

test.describe('referral finder with JavaScript', () => {
  test('choosing the youth audience shows Ohjaamo and only services meant for young people, from every page', async ({ page }) => {
    await page.goto(FINDER);
    const group = await openGroup(page, 'Kohderyhmä');
    await group.getByRole('checkbox', { name: 'Nuoret (alle 30 v.)' }).check();
    await filtered(page);
    const expected = matching('kohderyhma', 'nuoret');
    expect(expected.length).toBeLessThan(contentRecords().length);
    await expect(visibleRows(page)).toHaveCount(Math.min(PAGE_SIZE, expected.length));
    await showAll(page);
    await expect(visibleRows(page)).toHaveCount(expected.length);
    await expect(page.getByRole('row', { name: /Ohjaamo/ })).toBeVisible();
    for (const row of await rowFacts(page).then((facts) => facts.filter((fact) => !fact.hidden))) {
      const forYouth = row.audiences.includes('nuoret') || (row.audiences.includes('tyoikaiset') && row.ageMin < 30);
      expect(forYouth, `${row.title}: ${row.audiences.join(', ')}`).toBe(true);
    }
    // The print handout holds exactly the shown services, and empty area groups disappear.
    await expect(page.locator('[data-handout] li[data-service]')).toHaveCount(await visibleRows(page).count());
    for (const group of await page.locator('tbody[data-group]').all()) {
      expect(await group.isVisible()).toBe((await group.locator('tr[data-record]:visible').count()) > 0);
    }
  });

  test('the address reflects the filters and a reload restores them', async ({ page }) => {
    await page.goto(FINDER);
    await (await openGroup(page, 'Kohderyhmä')).getByRole('checkbox', { name: 'Nuoret (alle 30 v.)' }).check();
    await page.getByRole('combobox', { name: 'Kunta' }).selectOption('Imatra');
    await expect(page).toHaveURL(/\/ammattilaisille\/\?kohderyhma=nuoret&kunta=Imatra$/);
    await filtered(page);
    const before = { count: await status(page).textContent(), titles: await visibleRows(page).locator('th').allTextContents() };

    await page.reload();
    await expect(filterForm(page).getByRole('checkbox', { name: 'Nuoret (alle 30 v.)' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Kunta' })).toHaveValue('Imatra');
    await expect(status(page)).toHaveText(before.count ?? '');
    await expect(visibleRows(page)).toHaveCount(before.titles.length);
    expect(await visibleRows(page).locator('th').allTextContents()).toEqual(before.titles);
    await expect(page.getByRole('button', { name: 'Poista rajaus Kohderyhmä: Nuoret (alle 30 v.)' })).toBeVisible();
  });

  test('"Näytä palvelut" takes the reader to the results without reloading the page', async ({ page }) => {
    await page.goto(FINDER);
    await (await openGroup(page, 'Kohderyhmä')).getByRole('checkbox', { name: 'Nuoret (alle 30 v.)' }).check();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.getByRole('button', { name: 'Näytä palvelut' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Palvelut' })).toBeFocused();
    expect(navigations).toEqual([]);
    await expect(page).toHaveURL(/\/ammattilaisille\/\?kohderyhma=nuoret$/);
  });

  test('a shared address with unknown values shows only the known filters', async ({ page }) => {
    await page.goto(`${FINDER}?kohderyhma=nuoret&kohderyhma=marsilaiset&x=1`);
    await expect(page).toHaveURL(/\/ammattilaisille\/\?kohderyhma=nuoret$/);
    await expect(filterForm(page).getByRole('checkbox', { name: 'Nuoret (alle 30 v.)' })).toBeChecked();
  });

  test('the result count is announced in a live region', async ({ page }) => {
    await page.goto(FINDER);
    const live = status(page);
    const total = contentRecords().length;
    await expect(live).toHaveText(`Näytetään kaikki ${total} palvelua.`);
    await (await openGroup(page, 'Miten palveluun pääsee')).getByRole('checkbox', { name: 'Asiakas voi ottaa yhteyttä itse' }).check();
    const shown = matching('reitti', 'itse').length;
    expect(shown).toBeGreaterThan(0);
    await expect(live).toHaveText(
      new RegExp(`^${shown === 1 ? `Rajauksia vastaa 1 palvelu ${total} palvelusta\\.` : `Rajauksia vastaa ${shown} palvelua ${total} palvelusta\\.`}`),
    );
    await expect(visibleRows(page)).toHaveCount(Math.min(PAGE_SIZE, shown));
  });

  test('an empty result offers a way out: clear the filters or the region’s start-here services', async ({ page }) => {
    await page.goto(FINDER);
    // Find a life area and a provider type that no service shares, from the content.
    const facts = contentRecords();
    const areas = [...new Set(facts.flatMap((fact) => fact.areas))];
    const types = [...new Set(facts.map((fact) => fact.providerType))];
    const pair = areas
      .flatMap((area) => types.map((type) => ({ area, type })))
      .find(({ area, type }) => !facts.some((fact) => fact.providerType === type && fact.areas.includes(area)));
    test.skip(!pair, 'every life area has a service of every provider type');
    await page.goto(`${FINDER}?alue=${pair?.area}&toimija=${pair?.type}`);

    await expect(status(page)).toHaveText('Yksikään palvelu ei vastaa rajauksia.');
    await expect(visibleRows(page)).toHaveCount(0);
    const empty = page.locator('[data-empty]');
    // The region's start-here services (site.yaml startHere), in their order.
    const startHere = (parse(readFileSync('content/site.yaml', 'utf8')) as { startHere?: string[] }).startHere ?? [];
    expect(startHere.length).toBeGreaterThan(0);
    expect(await empty.locator('a[href^="/palvelu/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      startHere.map((id) => `/palvelu/${id}/`),
    );
    await empty.getByRole('button', { name: 'Tyhjennä rajaukset' }).click();
    await expect(page).toHaveURL(/\/ammattilaisille\/$/);
    await expect(visibleRows(page)).toHaveCount(await rows(page).count());
    await expect(empty).toBeHidden();
  });

  test('removing a chosen filter widens the list again', async ({ page }) => {
    await page.goto(`${FINDER}?kohderyhma=nuoret`);
    await filtered(page);
    await showAll(page);
    const youth = await visibleRows(page).count();
    await page.getByRole('button', { name: 'Poista rajaus Kohderyhmä: Nuoret (alle 30 v.)' }).click();
    await expect(page).toHaveURL(/\/ammattilaisille\/$/);
    await expect(visibleRows(page)).toHaveCount(await rows(page).count());
    expect(youth).toBe(matching('kohderyhma', 'nuoret').length);
    expect(youth).toBeLessThan(contentRecords().length);
  });

  test('print media shows the client handout of the current selection only', async ({ page }) => {
    await page.goto(`${FINDER}?kohderyhma=nuoret`);
    await filtered(page);
    await showAll(page);
    const shownTitles = await visibleRows(page).locator('th').allTextContents();
    const handout = page.locator('[data-handout]');
    await expect(handout).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(handout).toBeVisible();
    await expect(handout.getByRole('heading', { name: 'Palveluja, joista voi olla sinulle apua' })).toBeVisible();
    await expect(handout).toContainText('Rajaus: Kohderyhmä: Nuoret (alle 30 v.).');
    const items = handout.locator('li[data-service]:visible');
    expect((await items.locator('.handout__name').allTextContents()).map((title) => title.trim())).toEqual(
      shownTitles.map((title) => title.trim()),
    );
    await expect(items.filter({ hasText: 'Ohjaamo' })).toContainText('Yhteystiedot:');
    await expect(page.locator('table.referral-table')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Rajaa palveluja' })).toBeHidden();
  });
});

test.describe('referral finder without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every service over its pages, grouped by life area, with filters and pages as links', async ({ page }) => {
    await page.goto(FINDER);
    const hrefs: string[] = [];
    // Follow rel="next" to the last page; every service appears on exactly one page.
    for (let next: string | null = FINDER; next; ) {
      await page.goto(next);
      const onPage = await rows(page)
        .locator('th a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(onPage.length).toBeLessThanOrEqual(PAGE_SIZE);
      await expect(visibleRows(page)).toHaveCount(onPage.length);
      hrefs.push(...onPage);
      const nextLink = page.locator('head link[rel="next"]');
      next = (await nextLink.count()) > 0 ? await nextLink.getAttribute('href') : null;
    }
    expect([...hrefs].sort()).toEqual(servicePaths());
    await page.goto(FINDER);
    expect(await page.locator('tbody[data-group] th[scope="rowgroup"]').count()).toBeGreaterThan(1);
    await expect(filterForm(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Tulosta asiakkaalle' })).toBeHidden();
    const links = page.getByRole('navigation', { name: 'Rajaukset linkkeinä' });
    await expect(links).toBeVisible();
    expect(await links.locator('a').count()).toBeGreaterThan(10);
  });

  test('the youth link opens a page with Ohjaamo and without services for other groups', async ({ page }) => {
    await page.goto(FINDER);
    const total = contentRecords().length;
    const links = page.getByRole('navigation', { name: 'Rajaukset linkkeinä' });
    await links.locator('summary', { hasText: 'Kohderyhmä' }).click();
    await links.getByRole('link', { name: 'Nuoret (alle 30 v.)' }).click();

    await expect(page).toHaveURL(/\/ammattilaisille\/rajaus\/kohderyhma\/nuoret\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Palveluhaku – Kohderyhmä: Nuoret (alle 30 v.)');
    // The view is paged too: Ohjaamo is on one of its pages.
    const titles: string[] = [];
    for (let next: string | null = page.url(); next; ) {
      await page.goto(next);
      titles.push(...(await rows(page).locator('th').allTextContents()));
      const nextLink = page.locator('head link[rel="next"]');
      next = (await nextLink.count()) > 0 ? await nextLink.getAttribute('href') : null;
    }
    expect(titles.some((title) => /Ohjaamo/.test(title))).toBe(true);
    expect(titles.length).toBe(matching('kohderyhma', 'nuoret').length);
    expect(titles.length).toBeLessThan(total);
    await page.goto('/ammattilaisille/rajaus/kohderyhma/nuoret/');
    await expect(page.getByRole('link', { name: 'Nuoret (alle 30 v.)' })).toHaveAttribute('aria-current', 'page');
    for (const row of await rowFacts(page))
      expect(row.audiences.includes('nuoret') || row.audiences.includes('tyoikaiset'), row.title).toBe(true);
  });
});

test('the service path shows three ways in, the steps in order and three ways out', async ({ page }) => {
  await page.goto('/ammattilaisille/palvelupolku/');
  const flow = page.locator('ol.path-flow');
  await expect(flow.locator(':scope > li')).not.toHaveCount(0);
  await expect(flow.getByRole('heading', { name: '1. Palveluun pääsee 3 tavalla' })).toBeVisible();
  await expect(flow.locator(':scope > li').first().locator('.path-options > li')).toHaveCount(3);
  await expect(
    flow
      .locator(':scope > li')
      .last()
      .getByRole('heading', { name: /Palvelu päättyy 3 tavalla$/ }),
  ).toBeVisible();
  await expect(flow.locator(':scope > li').last().locator('.path-options > li')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'Kuka tekee mitä' })).toBeVisible();
});

test('on Swedish pages the Finnish-only path and model text is marked lang="fi" under a notice', async ({ page }) => {
  test.skip(!sitemapPaths().includes('/sv/ammattilaisille/palvelupolku/'), 'Swedish is not published');
  await page.goto('/sv/ammattilaisille/palvelupolku/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('Denna sida finns ännu inte på svenska')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fi');
  await expect(page.locator('.path-body')).toHaveAttribute('lang', 'fi');
  await expect(page.locator('ol.path-flow > li').nth(1).locator('p').first()).toHaveAttribute('lang', 'fi');

  await page.goto('/sv/ammattilaisille/toimintamallit/kymenlaakso/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fi');
  await expect(page.locator('.model-body')).toHaveAttribute('lang', 'fi');
  // Interface labels stay Swedish (not marked Finnish).
  await expect(page.locator('dl.facts dt').first()).not.toHaveAttribute('lang', 'fi');
});

test('each operating model has its own page', async ({ page }) => {
  await page.goto('/ammattilaisille/toimintamallit/');
  const links = page.locator('main .card h2 a');
  const titles = await links.allTextContents();
  expect(titles.join(' ')).toMatch(/Kymenlaakso/);
  for (const place of ['Kymenlaakso', 'Espoo', 'Iisalmi', 'Etelä-Karjala'])
    expect(
      titles.some((title) => title.includes(place)),
      place,
    ).toBe(true);
  await links.filter({ hasText: 'Kymenlaakso' }).click();
  await expect(page.getByRole('heading', { name: 'Asiakkuuden viisi vaihetta' })).toBeVisible();
  await expect(page.locator('ol.model-steps > li')).toHaveCount(5);
});

/** Fills every field of the page's offline worksheet and presses Enter in each text field. */
async function fillEverything(page: Page) {
  const form = page.locator('[data-worksheet]');
  for (const field of await form.locator('textarea').all()) await field.fill('Asiakas kertoo tilanteestaan.');
  for (const field of await form.locator('input[type="text"]').all()) {
    await field.fill('Työkykykoordinaattori');
    await field.press('Enter');
  }
  for (const field of await form.locator('input[type="date"]').all()) await field.fill('2026-12-01');
  for (const box of await form.locator('input[type="checkbox"]').all()) await box.check();
  const radios = form.locator('input[type="radio"]');
  if ((await radios.count()) > 0) {
    await radios.nth(6).check();
    await radios.nth(6).press('Enter');
  }
  await form.locator('textarea').first().press('Enter');
}

for (const path of ['/ammattilaisille/tyokyvyn-tuen-suunnitelma/', '/ammattilaisille/tunnista-tuen-tarve/']) {
  test(`filling the form on ${path} sends nothing and stores nothing`, async ({ page, context }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { name: 'Tiedot pysyvät vain tällä laitteella' })).toBeVisible();
    const requests = recordRequests(page);
    page.on('dialog', (dialog) => void dialog.dismiss());

    await fillEverything(page);
    await page.getByRole('button', { name: 'Tyhjennä lomake' }).click(); // dismissed: nothing is cleared
    await expect(page.locator('[data-worksheet] textarea').first()).toHaveValue(/^Asiakas kertoo tilanteestaan\./);
    // A worksheet, not a form: nothing in the main content can be submitted.
    await expect(page.locator('main form')).toHaveCount(0);

    expect(pageRequests(requests)).toEqual([]);
    expect(page.url()).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('clearing the checklist after confirming empties every field', async ({ page }) => {
  await page.goto('/ammattilaisille/tunnista-tuen-tarve/');
  await fillEverything(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Tyhjennä lomake' }).click();
  const sheet = page.locator('[data-worksheet]');
  await expect(sheet.locator('textarea').first()).toHaveValue('');
  await expect(sheet.locator('input:checked')).toHaveCount(0);
});

test('the support plan cannot be submitted even without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ammattilaisille/tyokyvyn-tuen-suunnitelma/', { waitUntil: 'networkidle' });
  const requests = recordRequests(page);
  await fillEverything(page);
  expect(pageRequests(requests)).toEqual([]);
  expect(page.url()).not.toContain('?');
  await context.close();
});

test('the support plan prints with its content and signature lines', async ({ page }) => {
  await page.goto('/ammattilaisille/tyokyvyn-tuen-suunnitelma/');
  await page.getByLabel('Päätavoite').fill('Työkokeiluun keväällä');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Päätavoite')).toHaveValue('Työkokeiluun keväällä');
  await expect(page.getByRole('heading', { name: 'Allekirjoitukset' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tiedot pysyvät vain tällä laitteella' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Ammattilaisen työkalut' })).toBeHidden();
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  for (const path of [
    '/ammattilaisille/',
    '/ammattilaisille/rajaus/kohderyhma/nuoret/',
    '/ammattilaisille/palvelupolku/',
    '/ammattilaisille/toimintamallit/espoo/',
    '/ammattilaisille/tunnista-tuen-tarve/',
    '/ammattilaisille/tyokyvyn-tuen-suunnitelma/',
    '/oma-apu/',
  ]) {
    test(`${path} reflows without sideways scrolling of the page`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test.describe('accessibility of the professionals section', () => {
  const paths = [
    '/ammattilaisille/',
    // Single-filter pages share one template; one of each kind of value is enough here.
    '/ammattilaisille/rajaus/kohderyhma/nuoret/',
    '/ammattilaisille/rajaus/kunta/luumaki/',
    '/ammattilaisille/rajaus/reitti/itse/',
    '/ammattilaisille/palvelupolku/',
    '/ammattilaisille/toimintamallit/',
    '/ammattilaisille/tunnista-tuen-tarve/',
    '/ammattilaisille/tyokyvyn-tuen-suunnitelma/',
    '/oma-apu/',
  ];
  const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = (violations: Awaited<ReturnType<typeof axe>>['violations']) =>
    violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);

  for (const path of [
    ...paths,
    ...sitemapPaths().filter(
      (candidate) => candidate.startsWith('/ammattilaisille/toimintamallit/') && candidate !== '/ammattilaisille/toimintamallit/',
    ),
  ]) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(summary((await axe(page)).violations)).toEqual([]);
    });
  }

  test('axe finds no violations in the filtered finder with open filters, chips and an empty result', async ({ page }) => {
    await page.goto(`${FINDER}?kohderyhma=nuoret`);
    await openGroup(page, 'Elämänalue');
    expect(summary((await axe(page)).violations)).toEqual([]);
    await page.getByRole('combobox', { name: 'Kunta' }).selectOption({ index: 1 });
    await (await openGroup(page, 'Hinta')).getByRole('checkbox').last().check();
    expect(summary((await axe(page)).violations)).toEqual([]);
  });
});
