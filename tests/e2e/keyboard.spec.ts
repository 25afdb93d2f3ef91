// Keyboard-only use and small screens: the skip link, visible focus, the house rooms reachable
// with Tab and opened with Enter, and no horizontal scrolling at 320 px (WCAG 1.4.10 reflow).
import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Siirry sisältöön' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('a keyboard user reaches a room of the house and opens it with Enter', async ({ page }) => {
  await page.goto('/');
  const room = page.getByRole('navigation', { name: 'Elämänalueet talona' }).getByRole('link', { name: /Keho/ });
  for (let presses = 0; presses < 40 && !(await room.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(room).toBeFocused();
  // Focus must be visible: the focused room gets the focus colour, not the room colour.
  const background = await room.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe('rgb(255, 191, 71)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keho');
});

for (const path of ['/', '/palvelut/', '/palvelut/mieli/', '/ammattilaisille/', '/haku/']) {
  test(`${path} reflows without horizontal scrolling at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('a service page reflows at 320 px', async ({ page }) => {
  await page.goto('/palvelut/');
  const href = await page.locator('.service-card :is(h3, h4) a').first().getAttribute('href');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(href ?? '/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
