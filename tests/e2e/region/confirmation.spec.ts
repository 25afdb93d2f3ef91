// A confirmed service, rendered from the fictional second region (tests/fixtures/toinen-alue, whose
// tyonhaun-tuki is marked confirmed as test data; no real service is confirmed): the page shows
// "Tiedot vahvistanut: <role>, <date>" instead of the unconfirmed notice, and the owner's packet
// lists it as confirmed after the unconfirmed ones. Runs under playwright.region.config.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a confirmed service shows who confirmed it and when, not the unconfirmed notice', async ({ page }) => {
  await page.goto('/palvelu/tyonhaun-tuki/');
  const line = page.locator('[data-verification="confirmed"]');
  await expect(line).toHaveText('Tiedot vahvistanut: työllisyysalueen palveluvastaava, 1.12.2026');
  await expect(line.locator('time')).toHaveAttribute('datetime', '2026-12-01');
  await expect(page.locator('[data-verification="unconfirmed"]')).toHaveCount(0);

  await page.goto('/en/palvelu/tyonhaun-tuki/');
  await expect(page.locator('[data-verification="confirmed"]')).toHaveText(
    'Details confirmed by: työllisyysalueen palveluvastaava, 1 December 2026',
  );
  await expect(page.locator('[data-verification="confirmed"] span')).toHaveAttribute('lang', 'fi');

  // An unconfirmed service of the same region keeps the notice.
  await page.goto('/palvelu/aikuisten-neuvonta/');
  await expect(page.locator('[data-verification="unconfirmed"]')).toBeVisible();
});

test('the owner’s packet shows the confirmation, and the page passes axe', async ({ page }) => {
  await page.goto('/ammattilaisille/tarkistus/');
  await page.getByRole('link', { name: 'Koealueen työllisyysalue' }).click();
  const article = page.locator('article[data-service="tyonhaun-tuki"]');
  await expect(article.locator('[data-verification]')).toHaveText('Tiedot vahvistanut: työllisyysalueen palveluvastaava, 1.12.2026');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
