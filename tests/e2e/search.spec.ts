// Search through the real Pagefind UI: an inflected Finnish word finds the service.
import { expect, test } from '@playwright/test';

test('an inflected Finnish word finds the service (stemming)', async ({ page }) => {
  await page.goto('/haku/?q=terveystarkastukseen');
  const results = page.locator('pagefind-results');
  await expect(results.getByRole('link', { name: 'Omaolo-verkkopalvelu' })).toBeVisible();
});

test('typing in the search box shows results and keeps the query in the address', async ({ page }) => {
  await page.goto('/haku/');
  const box = page.getByRole('searchbox').last();
  const firstResult = page.locator('pagefind-results').getByRole('link').first();
  // Typing before Pagefind's component has attached its listeners (a busy machine) is lost, as it
  // would be for a person; type again until the component answers.
  await expect(async () => {
    await box.fill('');
    await box.fill('oirearvio');
    await expect(firstResult).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page).toHaveURL(/\?q=oirearvio$/);
});

test('the header search form leads to results from any page', async ({ page }) => {
  await page.goto('/palvelut/');
  await page.getByRole('searchbox', { name: 'Hae palveluja' }).fill('omaolo');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/\/haku\/\?q=omaolo$/);
  await expect(page.locator('pagefind-results').getByRole('link', { name: 'Omaolo-verkkopalvelu' })).toBeVisible();
});
