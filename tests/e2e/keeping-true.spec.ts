// Keeping it true, on the built site: an owner's review packet (facts, both prefilled answers, the
// Markdown copy), a service's change history and the change feeds, and the coverage map whose
// numbers land on the referral finder showing the same count. axe on every new kind of page (the
// packets and histories are noindex, so the sitemap-wide axe spec does not reach them).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const axe = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
};

test.describe('review packets', () => {
  test('the index lists every owner once; a packet lists exactly that owner’s services with both answers', async ({ page }) => {
    await page.goto('/ammattilaisille/tarkistus/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const links = page.locator('.packet-list a');
    const owners = await links.allTextContents();
    expect(owners.length).toBeGreaterThan(5);
    expect(new Set(owners).size).toBe(owners.length);

    await links.first().click();
    const owner = owners[0] ?? '';
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tarkistuspaketti: ${owner}`);
    const services = page.locator('article.packet-service');
    const count = await services.count();
    expect(count).toBeGreaterThan(0);
    await expect(page.locator('[data-packet-summary]')).toContainText(count === 1 ? '1 palvelu,' : `${count} palvelua,`);

    for (const service of await services.all()) {
      const id = (await service.getAttribute('data-service')) ?? '';
      const title = ((await service.getByRole('heading', { level: 2 }).textContent()) ?? '').replace(/^\d+\.\s*/, '');
      // Every fact a client relies on is there.
      for (const label of [
        'Tila',
        'Kenelle',
        'Miten pääset palveluun',
        'Yhteystiedot ja asiointi',
        'Aukioloajat',
        'Hinta',
        'Tiedot tarkistettu',
      ]) {
        await expect(service.locator('dt', { hasText: label })).toHaveCount(1);
      }
      // The service's own page names the same owner.
      const page2 = await page.context().newPage();
      await page2.goto(`/palvelu/${id}/`);
      await expect(page2.locator('footer.review')).toContainText(owner);
      await page2.close();
      // Both answers open the site's feedback channel, prefilled with the service, the owner and the date.
      for (const [action, title2] of [
        ['confirm', 'Tiedot ovat oikein'],
        ['correct', 'Tiedoissa on korjattavaa'],
      ] as const) {
        const href = (await service.locator(`a[data-action="${action}"]`).getAttribute('href')) ?? '';
        const text = decodeURIComponent(href.replace(/\+/g, ' '));
        expect(text).toContain(`${title2}: ${title} (${owner})`);
        expect(text).toContain(`/palvelu/${id}/`);
        expect(text).toMatch(/Päivä: \d{1,2}\.\d{1,2}\.\d{4}/);
      }
    }
    expect(await axe(page)).toEqual([]);
  });

  test('the Markdown copy of a packet has the same services in the same order', async ({ page, request }) => {
    await page.goto('/ammattilaisille/tarkistus/');
    await page.locator('.packet-list a').nth(1).click();
    const titles = (await page.locator('article.packet-service h2').allTextContents()).map((text) => text.trim());
    const markdownHref = (await page.getByRole('link', { name: /Markdown-tiedostona/ }).getAttribute('href')) ?? '';
    const response = await request.get(markdownHref);
    expect(response.ok()).toBe(true);
    const markdown = await response.text();
    expect([...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual(titles);
    expect(markdown.match(/\[Tiedot ovat oikein\]\(/g)).toHaveLength(titles.length);
  });

  test('prints as a plain layout: the answer links and navigation stay off paper, the facts stay on', async ({ page }) => {
    await page.goto('/ammattilaisille/tarkistus/');
    await page.locator('.packet-list a').first().click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.packet-actions').first()).toBeHidden();
    await expect(page.locator('.pro-nav')).toBeHidden();
    await expect(page.locator('.packet-facts').first()).toBeVisible();
    await expect(page.getByText(/^Vastaa verkossa: https?:\/\//)).toBeVisible();
  });
});

test.describe('change history', () => {
  test('a service page links to its history, which lists dated entries and the feeds', async ({ page, request }) => {
    await page.goto('/palvelu/omaolo/');
    // Nobody has confirmed the region's real services: the unconfirmed notice stays.
    await expect(page.locator('[data-verification="unconfirmed"]')).toBeVisible();
    await page.getByRole('link', { name: /muutoshistoria/i }).click();
    await expect(page).toHaveURL(/\/palvelu\/omaolo\/historia\/$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    // Built from a full clone here; a build without history shows the notice instead (unit-tested).
    const entries = page.locator('[data-history="list"] > li');
    expect(await entries.count()).toBeGreaterThan(0);
    await expect(entries.last()).toContainText('Palvelu lisättiin sivustolle.');
    for (const time of await page.locator('[data-history="list"] time').all())
      expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await axe(page)).toEqual([]);

    const feedHref = (await page.getByRole('link', { name: /koko alueelta/ }).getAttribute('href')) ?? '';
    const feed = await request.get(feedHref);
    expect(feed.ok()).toBe(true);
    const xml = await feed.text();
    expect(xml).toContain('<rss');
    expect(xml).toMatch(/<link>https?:\/\/[^<]+\/palvelu\/[a-z0-9-]+\/historia\/#muutos-\d{4}-\d{2}-\d{2}-\d+<\/link>/);
    const areaFeed = await request.get((await page.getByRole('link', { name: /^Muuttuneet palvelut: / }).getAttribute('href')) ?? '');
    expect(areaFeed.ok()).toBe(true);
  });

  test('the Swedish history page exists and its language switcher leads to existing pages', async ({ page }) => {
    await page.goto('/sv/palvelu/omaolo/historia/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ändringshistorik');
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('coverage map', () => {
  test('is a real table with headers, empty cells in words, and numbers that land on the finder with the same count', async ({ page }) => {
    await page.goto('/ammattilaisille/kattavuus/');
    const table = page.locator('table[data-coverage="kaikki"]');
    await expect(table.locator('thead th[scope="col"]').first()).toHaveText('Elämänalue');
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(7);
    // Empty cells say so in words (not colour only).
    for (const cell of await page.locator('td[data-count="0"]').all()) await expect(cell).toHaveText('ei palvelua');
    expect(await page.locator('td[data-count="0"]').count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);

    // A Swedish-language cell and a contact-directly cell: each number is the finder's count.
    const cells = [
      page.locator('table[data-coverage="kieli-sv"] td[data-count]:not([data-count="0"]) a').first(),
      page.locator('table[data-coverage="itse"] td a').last(),
    ];
    const targets = await Promise.all(
      cells.map(async (link) => ({ count: Number(await link.textContent()), href: (await link.getAttribute('href')) ?? '' })),
    );
    for (const { count, href } of targets) {
      expect(href).toMatch(/^\/ammattilaisille\/\?alue=/);
      await page.goto(href);
      await expect(page.getByRole('status')).toContainText(
        count === 1 ? 'Rajauksia vastaa 1 palvelu' : `Rajauksia vastaa ${count} palvelua`,
      );
      await expect(page.locator('tr[data-record]:visible')).toHaveCount(count);
    }
  });

  test('the CSV has every combination with counts and finder addresses', async ({ request }) => {
    const response = await request.get('/ammattilaisille/kattavuus.csv');
    expect(response.ok()).toBe(true);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Elämänalue;Kunta;Palvelukieli;Voi ottaa yhteyttä itse;Palveluja;Tyhjä;Palveluhaku');
    expect(lines.some((line) => /;ruotsi;.*;0;ei palvelua;/i.test(line))).toBe(true);
  });

  test('exists in Swedish and English, linked from the professionals’ navigation', async ({ page }) => {
    for (const path of ['/sv/ammattilaisille/', '/en/ammattilaisille/']) {
      await page.goto(path);
      await page.locator('.pro-nav a[href$="/ammattilaisille/kattavuus/"]').click();
      await expect(page.locator('table[data-coverage="kaikki"]')).toBeVisible();
      // The Finnish-only review packets are not offered on sv/en pages.
      await expect(page.locator('.pro-nav a[href*="tarkistus"]')).toHaveCount(0);
      expect(await axe(page)).toEqual([]);
    }
  });
});
