// Paged lists. The referral finder when the region has more services than one page holds: filters chosen on any
// page show the matches of every page (fetched from the row files), more on request, and clearing
// them brings the page's own rows back. Runs on the real content (when it fills two pages) and on
// the generated 1,000-service build (playwright.large.config.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { CONTENT_DIR, contentRecords, filtered, matching } from '../support/e2e/finder.ts';
import { recordRequests } from '../support/e2e/site.ts';

const rows = (page: Page) => page.locator('tr[data-record]');
const visibleRows = (page: Page) => page.locator('tr[data-record]:visible');
const status = (page: Page) => page.getByRole('status');
const pageRequests = (urls: readonly string[]) => urls.filter((url) => !url.endsWith('/favicon.svg'));
async function openGroup(page: Page, label: string) {
  const group = page.locator('form[data-filter-form] details', { has: page.locator('summary', { hasText: label }) });
  if (!(await group.getAttribute('open'))) await group.locator('summary').click();
  return group;
}

test.describe('referral finder at more than one page', () => {
  const total = contentRecords().length;
  test.skip(total <= PAGE_SIZE, `all ${total} services fit on one page`);

  test('a filter chosen on a later page shows the matches of every page, then the next ones on request', async ({ page }) => {
    const municipalities = (parse(readFileSync(join(CONTENT_DIR, 'site.yaml'), 'utf8')) as { municipalities: string[] })
      .municipalities;
    const wide = municipalities.map((name) => ({ name, count: matching('kunta', name).length })).find((entry) => entry.count > PAGE_SIZE);
    test.skip(!wide, `no municipality has more than ${PAGE_SIZE} services`);
    const requests = recordRequests(page);
    await page.goto('/ammattilaisille/sivu/2/');
    await expect(page.getByRole('navigation', { name: 'Sivut' }).getByRole('link', { name: 'Sivu 2', exact: true })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('combobox', { name: 'Kunta' }).selectOption(wide?.name ?? '');
    await filtered(page);
    await expect(status(page)).toHaveText(`Rajauksia vastaa ${wide?.count} palvelua ${total} palvelusta. Näytetään palvelut 1–${PAGE_SIZE}.`);
    await expect(visibleRows(page)).toHaveCount(PAGE_SIZE);
    // The page links page the unfiltered list, so they step aside while a filter is on.
    await expect(page.getByRole('navigation', { name: 'Sivut' })).toBeHidden();
    // Rows come from the row files of the pages that hold them, and the records from their file.
    expect(pageRequests(requests).some((url) => url.includes('/ammattilaisille/tiedot/rajaukset.json'))).toBe(true);
    expect(pageRequests(requests).some((url) => /\/ammattilaisille\/rivit\/\d+\/$/.test(url))).toBe(true);

    const more = page.getByRole('button', { name: /^Näytä seuraavat \d+ palvelua$/ });
    await more.click();
    await expect(visibleRows(page)).toHaveCount(Math.min(2 * PAGE_SIZE, wide?.count ?? 0));
    // The first newly shown service has the focus, so a keyboard user carries on from there.
    await expect(visibleRows(page).nth(PAGE_SIZE).locator('th a')).toBeFocused();
    const shownIds = await visibleRows(page).evaluateAll((items) => items.map((row) => (row as HTMLElement).dataset['service']));
    expect(new Set(shownIds).size).toBe(shownIds.length);
    // Every shown service matches (which ones come first is the finder's order: area, then title).
    const wanted = new Set(matching('kunta', wide?.name ?? '').map((record) => record.id));
    expect(shownIds.filter((id) => !wanted.has(id ?? ''))).toEqual([]);
  });

  test('clearing the filters brings back the page’s own rows and its page links', async ({ page }) => {
    await page.goto('/ammattilaisille/sivu/2/');
    const own = await rows(page).evaluateAll((items) => items.map((row) => (row as HTMLElement).dataset['service']));
    await (await openGroup(page, 'Kohderyhmä')).getByRole('checkbox', { name: 'Nuoret (alle 30 v.)' }).check();
    await filtered(page);
    await page.getByRole('button', { name: 'Poista rajaus Kohderyhmä: Nuoret (alle 30 v.)' }).click();
    await expect(status(page)).toHaveText(`Näytetään kaikki ${total} palvelua.`);
    expect(await visibleRows(page).evaluateAll((items) => items.map((row) => (row as HTMLElement).dataset['service']))).toEqual(own);
    await expect(page.getByRole('navigation', { name: 'Sivut' })).toBeVisible();
  });
});


test.describe('paged lists without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  /** Card links of every page of a list, following rel="next" from its first page. */
  async function allPages(page: Page, first: string): Promise<{ links: string[]; pages: number }> {
    const links: string[] = [];
    let pages = 0;
    for (let next: string | null = first; next; pages += 1) {
      await page.goto(next);
      if (pages > 0) await expect(page.locator('head link[rel="prev"]')).toHaveCount(1);
      links.push(...(await page.locator('main .card-list a[href*="/palvelu/"]').evaluateAll((items) => items.map((item) => item.getAttribute('href') ?? ''))));
      const nextLink = page.locator('head link[rel="next"]');
      next = (await nextLink.count()) > 0 ? await nextLink.getAttribute('href') : null;
    }
    return { links, pages };
  }

  test('the largest life area lists each of its services once over its pages, with "Sivu n / N"', async ({ page }) => {
    const records = contentRecords();
    const areas = [...new Set(records.flatMap((record) => record.areas))];
    const [area, count] = areas.map((id) => [id, records.filter((record) => record.areas.includes(id)).length] as const).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const { links, pages } = await allPages(page, `/palvelut/${area}/`);
    expect(new Set(links).size).toBe(count);
    expect(links).toHaveLength(count);
    expect(pages).toBe(Math.max(1, Math.ceil(count / PAGE_SIZE)));
    if (pages > 1) {
      await page.goto(`/palvelut/${area}/sivu/2/`);
      await expect(page.getByRole('navigation', { name: 'Sivut' })).toContainText(`Sivu 2 / ${pages}`);
      await expect(page.getByRole('navigation', { name: 'Sivut' }).getByRole('link', { name: 'Sivu 2', exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(page).toHaveTitle(new RegExp(`sivu 2 / ${pages}`));
    }
  });
});
