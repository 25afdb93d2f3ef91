// Nothing is stored in the browser: no cookie, no localStorage or sessionStorage entry, no IndexedDB
// database and no Cache Storage, on any page of the sitemap or while searching (README,
// "Architecture in a few lines": privacy).
// Writes are recorded as they happen, so even something written and removed again is caught.
import { expect, test } from '@playwright/test';
import { inGroups, sitemapPaths } from '../support/e2e/site.ts';

declare global {
  interface Window {
    __storageWrites?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const writes: string[] = [];
    window.__storageWrites = writes;
    const record = (what: string) => writes.push(`${what} on ${location.pathname}`);
    for (const method of ['setItem', 'removeItem', 'clear'] as const) {
      const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
      Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
        record(`${this === window.sessionStorage ? 'sessionStorage' : 'localStorage'}.${method}(${String(args[0] ?? '')})`);
        return original.apply(this, args);
      } as never;
    }
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        return cookie?.get?.call(this) as string;
      },
      set(value: string) {
        record(`document.cookie = ${value.split('=')[0] ?? ''}`);
        cookie?.set?.call(this, value);
      },
    });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      record(`indexedDB.open(${name})`);
      return open.call(this, name, version);
    };
    if ('caches' in window) {
      const cacheOpen = CacheStorage.prototype.open;
      CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
        record(`caches.open(${name})`);
        return cacheOpen.call(this, name);
      };
    }
  });
});

/** What the page has stored, read back after it settled (catches writes the hooks could miss). */
async function storedState(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [...(window.__storageWrites ?? [])];
    if (localStorage.length > 0) found.push(`localStorage has ${localStorage.length} entries`);
    if (sessionStorage.length > 0) found.push(`sessionStorage has ${sessionStorage.length} entries`);
    const databases = (await indexedDB.databases?.()) ?? [];
    if (databases.length > 0) found.push(`IndexedDB: ${databases.map((db) => db.name).join(', ')}`);
    if ('caches' in window && (await caches.keys()).length > 0) found.push('Cache Storage in use');
    if (document.cookie !== '') found.push(`cookie: ${document.cookie}`);
    return found;
  });
}

for (const group of inGroups(sitemapPaths())) {
  test(`no page of the sitemap stores anything in the browser (${group.title})`, async ({ page, context }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    for (const path of group.paths) {
      await page.goto(path, { waitUntil: 'networkidle' });
      problems.push(...(await storedState(page)).map((problem) => `${path}: ${problem}`));
    }
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('searching, filtering and paging stores nothing in the browser', async ({ page, context }) => {
  await page.goto('/haku/?q=palvelu', { waitUntil: 'networkidle' });
  await expect(page.locator('pagefind-results').getByRole('link').first()).toBeVisible();
  await page.getByRole('searchbox').last().fill('omaolo');
  await page.waitForLoadState('networkidle');
  expect(await storedState(page)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('the recorder notices a write (so the tests above can fail)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('probe', '1');
    localStorage.removeItem('probe');
  });
  expect(await storedState(page)).toEqual(['localStorage.setItem(probe) on /', 'localStorage.removeItem(probe) on /']);
});
