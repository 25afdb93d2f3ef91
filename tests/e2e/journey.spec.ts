// The client journey: home → a life-area room in the house → a service → a working contact link.
import { expect, test } from '@playwright/test';

test('a client finds a service through the house and reaches a contact link', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  const house = page.getByRole('navigation', { name: 'Elämänalueet talona' });
  await expect(house.getByRole('link')).toHaveCount(7);

  await house.getByRole('link', { name: /Työ ja tulevaisuus/ }).click();
  await expect(page).toHaveURL(/\/palvelut\/tyo-ja-tulevaisuus\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Työ ja tulevaisuus');

  const firstService = page.locator('.service-card :is(h3, h4) a').first();
  const title = (await firstService.textContent())?.trim() ?? '';
  await firstService.click();
  await expect(page).toHaveURL(/\/palvelu\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const contacts = page.locator('section[aria-labelledby="contacts-title"]');
  await expect(contacts.getByRole('heading', { name: 'Yhteystiedot ja asiointi' })).toBeVisible();
  const hrefs = await contacts.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^(https:\/\/|tel:\+?\d|mailto:[^@\s]+@)/);
});

test('breadcrumbs lead back from a service to its area', async ({ page }) => {
  await page.goto('/palvelut/hyvinvointi/');
  await page.locator('.service-card :is(h3, h4) a').first().click();
  const crumbs = page.getByRole('navigation', { name: 'Olet tässä' });
  await expect(crumbs.getByRole('link', { name: 'Koti' })).toHaveAttribute('href', '/');
  await crumbs.getByRole('link', { name: 'Palvelut' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kaikki palvelut');
});

test('the 404 page helps the user on', async ({ page }) => {
  const response = await page.goto('/ei-ole-olemassa/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
  await expect(page.getByRole('link', { name: 'Siirry etusivulle' })).toBeVisible();
  await expect(page.getByRole('searchbox').first()).toBeVisible();
});
