// "Mistä aloittaisin?" on /oma-apu/: seven plain statements, one per life area, each a plain link to
// its area's starting points — without JavaScript, and without storing or sending anything.
import { expect, test } from '@playwright/test';
import { recordRequests } from '../support/e2e/site.ts';

test.use({ javaScriptEnabled: false });

const AREAS = ['hyvinvointi', 'osallisuus', 'mieli', 'arki', 'taidot', 'keho', 'tyo-ja-tulevaisuus'];

test('seven statements lead to their life areas and a few services to start from', async ({ page }) => {
  await page.goto('/oma-apu/');
  const start = page.locator('section#mista-aloittaisin');
  await expect(start.getByRole('heading', { level: 2, name: 'Mistä aloittaisin?' })).toBeVisible();
  const statements = start.locator('.guided-start__statements a');
  await expect(statements).toHaveCount(7);
  expect(await statements.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
    AREAS.map((area) => `#aloita-${area}`),
  );

  for (const area of AREAS) {
    const target = page.locator(`#aloita-${area}`);
    await expect(target.getByRole('link', { name: /^Kaikki palvelut: / })).toHaveAttribute('href', `/palvelut/${area}/`);
    const services = await target
      .locator('.guided-start__services a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(services.length, area).toBeLessThanOrEqual(3);
    for (const href of services) expect(href).toMatch(/^\/palvelu\/[a-z0-9-]+\/$/);
  }
});

test('choosing a statement is an in-page jump that sends and stores nothing', async ({ page, context }) => {
  await page.goto('/oma-apu/', { waitUntil: 'networkidle' });
  const requests = recordRequests(page);
  const statement = page.locator('.guided-start__statements a').nth(2);
  const text = (await statement.textContent())?.trim() ?? '';
  await statement.click();

  await expect(page).toHaveURL(/\/oma-apu\/#aloita-mieli$/);
  const target = page.locator('#aloita-mieli');
  await expect(target).toBeInViewport();
  await expect(target.locator('.guided-start__statement')).toHaveText(text);
  await expect(target.getByRole('heading', { level: 3 })).toHaveText(/Mieli/);
  await target.getByRole('link', { name: 'Takaisin lauseisiin' }).click();
  await expect(page).toHaveURL(/#mista-aloittaisin$/);

  // Chromium fetches the favicon on its own schedule; nothing else may be requested.
  expect(requests.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('the first service suggested for an area opens its service page', async ({ page }) => {
  await page.goto('/oma-apu/');
  const first = page.locator('.guided-start__services a').first();
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/palvelu\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});
