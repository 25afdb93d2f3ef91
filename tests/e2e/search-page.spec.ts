// The search page at work: a sentence-like query is searched again with its informative words and
// the page says so; the layout does not shift while results render; on a phone the results come
// first and the filters fold behind one button; a topic query finds the service before the area page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.locator('pagefind-results li.pf-result');

/**
 * Starts summing layout shifts before the page's own scripts run, as Lighthouse counts them
 * (Cumulative Layout Shift: shifts without recent input, in session windows; one window is enough
 * for a page this short, so the sum is an upper bound).
 */
async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) =>
            source.node instanceof Element
              ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
              : String(source.node?.nodeName),
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);

for (const { name, viewport, query } of [
  { name: 'desktop', viewport: { width: 1280, height: 720 }, query: 'velat' },
  { name: 'phone', viewport: { width: 390, height: 844 }, query: 'velat' },
  { name: 'phone, retried sentence', viewport: { width: 390, height: 844 }, query: 'mistä saan apua velkoihin' },
]) {
  test(`the search page (${name}) does not shift while results render (CLS < 0.1)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await observeLayoutShift(page);
    await page.goto(`/haku/?q=${encodeURIComponent(query)}`);
    await expect(results(page).first().locator('.search-result__summary')).toBeVisible();
    // Every result fragment loaded and rendered: what could still move has moved.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await layoutShifts(page);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.1);
  });
}

test('a sentence that finds nothing is searched again with its informative words, and the page says so', async ({ page }) => {
  const query = 'mistä saan apua velkoihin';
  await page.goto(`/haku/?q=${encodeURIComponent(query)}`);
  const notice = page.getByRole('status').filter({ hasText: 'Haulla ei löytynyt mitään.' });
  await expect(notice).toHaveText('Haulla ei löytynyt mitään. Näytetään tulokset sanoilla: apua, velkoihin');
  await expect(results(page).first().locator('a.pf-result-link')).toHaveText('Talous- ja velkaneuvonta');
  // The person's own words stay in the box and the address; the no-results help stays hidden.
  await expect(page.getByRole('searchbox').last()).toHaveValue(query);
  expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  await expect(page.locator('#no-results-help')).toBeHidden();
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
});

test('the retry notice goes away when the next search finds results by itself', async ({ page }) => {
  await page.goto(`/haku/?q=${encodeURIComponent('mistä saan apua velkoihin')}`);
  const notice = page.locator('#search-retry');
  await expect(notice).toContainText('apua, velkoihin');
  const box = page.getByRole('searchbox').last();
  await box.fill('velkaneuvonta');
  await expect(results(page).first().locator('a.pf-result-link')).toHaveText('Talous- ja velkaneuvonta');
  await expect(notice).toBeEmpty();
});

test('a search with nothing to retry shows the no-results help', async ({ page }) => {
  await page.goto('/haku/?q=kvanttifysiikka');
  await expect(page.locator('#no-results-help')).toBeVisible();
  await expect(page.locator('#search-retry')).toBeEmpty();
});

test('the topic word "velat" finds the debt-advice service first, before the area page', async ({ page }) => {
  await page.goto('/haku/?q=velat');
  await expect(results(page).first().locator('a.pf-result-link')).toHaveText('Talous- ja velkaneuvonta');
});

test.describe('on a 390 × 844 phone screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first result starts within the first screen, the filters folded behind one button', async ({ page }) => {
    await page.goto('/haku/?q=velat');
    const first = results(page).first();
    await expect(first.locator('a.pf-result-link')).toBeVisible();
    const box = await first.boundingBox();
    expect(box, 'first result has a box').not.toBeNull();
    expect((box?.y ?? Infinity) + 40, `first result top at ${box?.y} px`).toBeLessThanOrEqual(844);
    const toggle = page.getByRole('button', { name: 'Rajaa tuloksia' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#filters-panel')).toBeHidden();
  });

  test('the filter button works by keyboard and announces its state', async ({ page }) => {
    await page.goto('/haku/?q=velat');
    await expect(results(page).first().locator('a.pf-result-link')).toBeVisible();
    const toggle = page.getByRole('button', { name: 'Rajaa tuloksia' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#filters-panel')).toBeVisible();
    await expect(page.locator('#filters-panel').getByText('Elämänalue').first()).toBeVisible();
    const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(
      scan.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#filters-panel')).toBeHidden();
  });

  test('without JavaScript nothing is folded: no dead button, the page says what works', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/haku/?q=velat');
    await expect(page.getByRole('button', { name: 'Rajaa tuloksia' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Rajaa tuloksia' })).toBeVisible();
    await expect(page.locator('#search-filters')).not.toHaveAttribute('data-foldable');
    await expect(page.getByText('Haku tarvitsee JavaScriptin.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Selaa palveluja seitsemän elämänalueen mukaan.' })).toBeVisible();
    await context.close();
  });
});

test('on a wide screen the filters stay open beside the results, without a button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/haku/?q=velat');
  await expect(results(page).first().locator('a.pf-result-link')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rajaa tuloksia' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Rajaa tuloksia' })).toBeVisible();
  await expect(page.locator('#filters-panel')).toBeVisible();
});
