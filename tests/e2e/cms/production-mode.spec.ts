// /admin/ as it runs on the published site: on a host that is not exactly localhost, Decap ignores
// the local server and shows GitHub sign-in (site.yaml cms:), and until the editor signs in it asks
// nothing of GitHub or any other origin. A *.localhost name reaches this machine and is a secure
// context (Decap needs crypto.randomUUID), as the published https site is.
import { expect, test } from '@playwright/test';
import { foreignRequests, recordRequests } from '../../support/e2e/site.ts';

test('on the published host the editor offers GitHub sign-in and makes no request to another origin', async ({ page, baseURL }) => {
  const origin = `http://tyollisyystalo.localhost:${new URL(baseURL ?? '').port}`;
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/admin/`);
  await expect(page.getByRole('button', { name: 'Kirjaudu GitHub-tunnuksella' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreignRequests(requests, origin)).toEqual([]);
  // The local server is only looked for on localhost itself.
  expect(requests.filter((url) => url.includes('/api/v1'))).toEqual([]);
  expect(errors).toEqual([]);
});
