// No request leaves the site's origin and no cookie is set, on every page of the sitemap.
import { expect, test } from '@playwright/test';
import { foreignRequests, recordRequests, sitemapPaths } from '../support/e2e/site.ts';

// One test per page, so the sweep runs in parallel and a slow page cannot starve the others.
for (const path of sitemapPaths()) {
  test(`${path} only requests its own origin and sets no cookies`, async ({ page, context, baseURL }) => {
    const requests = recordRequests(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreignRequests(requests, new URL(baseURL ?? '').origin)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('searching makes no request outside the site', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.goto('/haku/?q=mieli', { waitUntil: 'networkidle' });
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
  expect(foreignRequests(requests, new URL(baseURL ?? '').origin)).toEqual([]);
  expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
});
