// Browsing works with JavaScript turned off: navigation, area and service pages, and the header
// search form as a plain GET form.
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript a client can browse from home to a service', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Elämänalueet talona' }).getByRole('link', { name: /Mieli/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mieli');
  await page.locator('.service-card :is(h3, h4) a').first().click();
  await expect(page.getByRole('heading', { name: 'Palvelu lyhyesti' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Yhteystiedot ja asiointi' })).toBeVisible();
});

test('without JavaScript the header search submits to /haku/?q=', async ({ page }) => {
  await page.goto('/palvelut/');
  await page.getByRole('searchbox', { name: 'Hae palveluja' }).fill('velat');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/\/haku\/\?q=velat$/);
  await expect(page.getByText('Haku tarvitsee JavaScriptin.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Selaa palveluja seitsemän elämänalueen mukaan.' })).toBeVisible();
});

test('without JavaScript every main navigation link works', async ({ page }) => {
  await page.goto('/');
  const links = await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link').evaluateAll((items) => items.map((item) => item.getAttribute('href') ?? ''));
  expect(links).toHaveLength(7);
  for (const href of links) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
