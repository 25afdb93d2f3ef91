// The search page at work: a sentence-like query is searched again with its informative words and
// the page says so; the layout does not shift while results render; on a phone the results come
// first and the filters fold behind one button; a topic query finds the service before the area page.
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
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : String(source.node?.nodeName))),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);

for (const viewport of [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the ${viewport.name} search page does not shift while results render (CLS < 0.1)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await observeLayoutShift(page);
    await page.goto('/haku/?q=velat');
    await expect(results(page).nth(2).locator('.search-result__summary')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const shifts = await layoutShifts(page);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    console.log(viewport.name, total, JSON.stringify(shifts));
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.1);
  });
}
