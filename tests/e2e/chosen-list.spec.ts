// The chosen list (issue 16): three services picked from the referral finder, a service page and
// the search, carried between the pages in the address; on the list page reordered and removed
// with the keyboard-friendly buttons; the list survives a reload and a shared link; the QR code
// decodes back to the link; the text message and e-mail carry the link within their limits; print
// media shows exactly the chosen services; the two-language handout marks its languages; axe and
// html-validate find nothing in either mode; nothing is stored and nothing leaves the origin.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import jsQR from 'jsqr';
import config from '../../.htmlvalidate.mjs';
import { EMAIL_LIMIT, SMS_LIMIT } from '../../src/lib/chosen-list/share-text.ts';
import { QUIET_ZONE } from '../../src/lib/chosen-list/qr.ts';

const FINDER = '/ammattilaisille/';
const LIST = '/ammattilaisille/lista/';

/** The toggles' service ids in the finder's row order. */
const finderIds = (page: Page) =>
  page
    .locator('tr[data-record] button[data-list-toggle]')
    .evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.listToggle ?? ''));
const listedIds = (page: Page) =>
  page.locator('[data-list] > li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.service ?? ''));

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * The page as the script left it, checked with the project's rules. Rules about how attributes and
 * the doctype are spelled are off: outerHTML writes hidden="" and a lowercase doctype, not our markup.
 */
const runtimeValidator = new HtmlValidate({
  ...config,
  rules: { ...config.rules, 'attribute-empty-style': 'off', 'attribute-boolean-style': 'off', 'doctype-style': 'off' },
});

async function htmlProblems(page: Page): Promise<string[]> {
  const report = runtimeValidator.validateStringSync(
    `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`,
    'lista.html',
  );
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message} [${message.selector ?? ''}]`),
  );
}

/** Decodes the page's QR code: its SVG path's 1×1 squares drawn into a raster here, read by jsQR. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const svg = page.locator('[data-qr] svg');
  const viewBox = (await svg.getAttribute('viewBox')) ?? '';
  const modules = Number(viewBox.split(' ')[2]);
  const path = (await svg.locator('path').getAttribute('d')) ?? '';
  const scale = 4;
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1)
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = ((Number(y) * scale + dy) * size + Number(x) * scale + dx) * 4;
        data.fill(0, offset, offset + 3);
      }
  }
  expect(path.startsWith(`M${QUIET_ZONE} `)).toBe(true);
  return jsQR(data, size, size)?.data;
}

/** Picks two services: one in the finder's table, the next on its service page (the third comes from search). */
async function pickThree(page: Page): Promise<string[]> {
  await page.goto(FINDER);
  const ids = await finderIds(page);
  expect(ids.length).toBeGreaterThanOrEqual(3);
  const [first, second] = ids as [string, string];
  // 1. The finder's row toggle.
  const firstToggle = page.locator(`tr[data-record] button[data-list-toggle="${first}"]`);
  await firstToggle.click();
  await expect(firstToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-list-status]')).toContainText(/Listalla on 1 palvelua/);
  expect(new URL(page.url()).hash).toBe(`#lista=${first}`);
  // 2. The next service's page, reached by its link (which takes the list along).
  await page.locator(`tr[data-service="${second}"] th a`).click();
  await expect(page).toHaveURL(new RegExp(`/palvelu/${second}/#lista=${first}$`));
  await page.locator(`button[data-list-toggle="${second}"]`).click();
  await expect(page.getByRole('link', { name: 'Avaa valittu lista (2)' })).toBeVisible();
  return [first, second];
}

test.describe('the chosen list', () => {
  test('three services from the finder, a service page and search; reorder, remove, reload, share, print', async ({ page, context }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const [first, second] = await pickThree(page);

    // The header search form keeps the list: search for a word and add the first result that is not chosen yet.
    const query = 'työ';
    await page.locator('#site-search').fill(query);
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/haku/\\?q=.*#lista=${first},${second}$`));
    const toggles = page.locator('#search button[data-list-toggle][aria-pressed="false"]');
    await expect(toggles.first()).toBeVisible();
    const third = (await toggles.first().getAttribute('data-list-toggle')) ?? '';
    await toggles.first().click();
    await expect(page.locator(`#search button[data-list-toggle="${third}"]`)).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('link', { name: 'Avaa valittu lista (3)' }).click();

    await expect(page).toHaveURL(`${LIST}?p=${first},${second},${third}`);
    await expect(page.locator('#list-needs-js')).toHaveCount(0);
    await expect.poll(() => listedIds(page)).toEqual([first, second, third]);

    // Move the third up: focus stays on its button, the move is announced, the address follows.
    const upThird = page.locator(`button[data-tool="up"][data-id="${third}"]`);
    await upThird.click();
    await expect.poll(() => listedIds(page)).toEqual([first, third, second]);
    await expect(page.locator(`button[data-tool="up"][data-id="${third}"]`)).toBeFocused();
    await expect(page.locator('[data-announce]')).toContainText('sijalla 2/3');
    // At the top its "up" button is disabled, so focus moves to "down" of the same service.
    await page.keyboard.press('Enter');
    await expect.poll(() => listedIds(page)).toEqual([third, first, second]);
    await expect(page.locator(`button[data-tool="down"][data-id="${third}"]`)).toBeFocused();
    expect(new URL(page.url()).search).toBe(`?p=${third},${first},${second}`);

    // Remove the middle one: focus goes to the next service's remove button.
    await page.locator(`button[data-tool="remove"][data-id="${first}"]`).click();
    await expect.poll(() => listedIds(page)).toEqual([third, second]);
    await expect(page.locator(`button[data-tool="remove"][data-id="${second}"]`)).toBeFocused();
    await expect(page.locator('[data-announce]')).toContainText('poistettiin listalta');

    // Reload: the list is in the address, nothing else.
    await page.reload();
    await expect.poll(() => listedIds(page)).toEqual([third, second]);

    // Share: the link, the QR code, the text message and the e-mail.
    const link = await page.locator('[data-link]').inputValue();
    expect(link).toBe(`${new URL(page.url()).origin}${LIST}?p=${third},${second}`);
    await expect(page.getByRole('img', { name: 'QR-koodi, joka avaa tämän listan' })).toBeVisible();
    expect(await decodeQr(page)).toBe(link);
    const sms = decodeURIComponent(((await page.locator('[data-sms]').getAttribute('href')) ?? '').replace(/^sms:\?body=/, ''));
    expect(sms.length).toBeLessThanOrEqual(SMS_LIMIT);
    expect(sms).toContain(link);
    const mail = new URL((await page.locator('[data-mailto]').getAttribute('href')) ?? '');
    const mailBody = new URLSearchParams(mail.search).get('body') ?? '';
    expect(mailBody.length).toBeLessThanOrEqual(EMAIL_LIMIT);
    expect(mailBody).toContain(link);
    const titles = await page.locator('[data-list] > li h3').allTextContents();
    for (const title of titles) {
      expect(sms).toContain(title.trim());
      expect(mailBody).toContain(title.trim());
    }
    const notes = await page.locator('[data-notes]').inputValue();
    expect(notes).toContain(new Date().toLocaleDateString('fi-FI'));
    expect(notes).toContain(link);
    for (const title of titles) expect(notes).toContain(title.trim());

    // A shared link opens the same list in a fresh browser.
    const other = await context.browser()!.newPage();
    await other.goto(link);
    await expect.poll(() => listedIds(other)).toEqual([third, second]);
    await other.close();

    // Print: exactly the chosen services, without the tools.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-list] > li:visible')).toHaveCount(2);
    await expect(page.locator('[data-print-header]')).toContainText('Palveluja, joista voi olla sinulle apua');
    await expect(page.locator('.chosen__tools').first()).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Jaa lista' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    const foreign = requests.filter((url) => new URL(url).origin !== new URL(page.url()).origin);
    expect(foreign).toEqual([]);
    expect(requests.filter((url) => url.includes('/api/lista/')).length).toBeGreaterThan(0);
  });

  test('rows the finder shows after a filter get their toggle too, and the list rides along', async ({ page }) => {
    await page.goto(FINDER);
    const firstPage = await finderIds(page);
    // A filter shows rows fetched from the other pages' row files.
    await page.goto(`${FINDER}?reitti=itse`);
    // Wait until the finder has applied the address's filter (its count says so), then compare.
    await expect(page.locator('[data-result-count]')).toHaveText(/^Rajauksia vastaa/);
    const rows = page.locator('tr[data-record]:visible');
    await expect(rows.first()).toBeVisible();
    await expect(page.locator('tr[data-record]:visible button[data-list-toggle]')).toHaveCount(await rows.count());
    const shown = await rows.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.service ?? ''));
    const late = shown.find((id) => !firstPage.includes(id));
    expect(late, 'a row that was not on the first page').toBeDefined();
    await page.locator(`button[data-list-toggle="${late}"]`).click();
    await expect(page.locator(`button[data-list-toggle="${late}"]`)).toHaveAttribute('aria-pressed', 'true');
    expect(new URL(page.url()).search).toBe('?reitti=itse');
    expect(new URL(page.url()).hash).toBe(`#lista=${late}`);
    await expect(page.getByRole('link', { name: 'Avaa valittu lista (1)' })).toHaveAttribute('href', `${LIST}?p=${late}`);
  });

  test('unknown and ill-formed ids are left out and named', async ({ page }) => {
    await page.goto(FINDER);
    const [known] = await finderIds(page);
    await page.goto(`${LIST}?p=${known},ei-olemassa,../x`);
    await expect.poll(() => listedIds(page)).toEqual([known]);
    await expect(page.locator('[data-unknown-note]')).toContainText('ei-olemassa');
    expect(new URL(page.url()).search).toBe(`?p=${known}`);
  });

  test('an empty list says how to add services and offers no sharing', async ({ page }) => {
    await page.goto(LIST);
    await expect(page.getByText('Listalla ei ole vielä palveluja.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Jaa lista' })).toBeHidden();
  });

  test('two languages: the client’s language beside Finnish, languages marked, axe and html-validate clean in both modes', async ({
    page,
  }) => {
    await page.goto(FINDER);
    const ids = (await finderIds(page)).slice(0, 3);
    await page.goto(`${LIST}?p=${ids.join(',')}`);
    await expect.poll(() => listedIds(page)).toEqual(ids);
    expect(await axe(page)).toEqual([]);
    expect(await htmlProblems(page)).toEqual([]);

    await page.getByLabel('Asiakkaan kieli').selectOption('en');
    await expect(page).toHaveURL(new RegExp(`\\?p=${ids.join(',')}&kieli=en$`));
    const english = page.locator('[data-list] > li .chosen__entry[lang="en"]');
    await expect(english).toHaveCount(3);
    await expect(english.first().getByRole('heading', { name: 'How to get in' })).toBeVisible();
    // Finnish-only text inside the English block is marked lang="fi", and the block says so in English.
    const unmarked = await english.evaluateAll((blocks) =>
      blocks.flatMap((block) =>
        [...block.querySelectorAll('[lang="fi"]')].map((node) => node.closest('.chosen__entry')?.getAttribute('lang')),
      ),
    );
    expect(unmarked.length).toBeGreaterThan(0);
    expect(unmarked.every((lang) => lang === 'en')).toBe(true);
    await expect(english.filter({ has: page.locator('[lang="fi"]') }).first()).toContainText('Some details are only in Finnish.');
    await expect(page.locator('[data-print-header] [lang="en"]')).toContainText('Services that may help you');
    expect(await axe(page)).toEqual([]);
    expect(await htmlProblems(page)).toEqual([]);

    // One after the other, and the message in the client's language.
    await page.getByLabel('Peräkkäin').check();
    await expect(page).toHaveURL(/&kieli=en&asettelu=perakkain$/);
    await expect(page.locator('.chosen__langs--perakkain')).toHaveCount(3);
    const sms = decodeURIComponent(((await page.locator('[data-sms]').getAttribute('href')) ?? '').replace(/^sms:\?body=/, ''));
    expect(sms.startsWith('Services for you:')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(english.first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    expect(await axe(page)).toEqual([]);
  });

  test('nothing is stored: no cookie, no web storage, no IndexedDB', async ({ page }) => {
    await page.goto(FINDER);
    await page.locator('tr[data-record] button[data-list-toggle]').first().click();
    await page.getByRole('link', { name: /Avaa valittu lista/ }).click();
    await expect.poll(() => listedIds(page)).toHaveLength(1);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: ((await indexedDB.databases?.()) ?? []).length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: 0 });
    expect(await page.context().cookies()).toEqual([]);
  });

  test('the list page is noindex and not in the sitemap', async ({ page, request }) => {
    await page.goto(LIST);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const index = await (await request.get('/sitemap-0.xml')).text();
    expect(index).not.toContain('/lista/');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list page says plainly that building a list needs JavaScript; a service page links to it', async ({ page }) => {
    await page.goto(FINDER);
    const href = await page.locator('tr[data-record] th a').first().getAttribute('href');
    await page.goto(href ?? '/');
    const add = page.getByRole('link', { name: 'Lisää listalle' });
    await expect(add).toHaveAttribute('href', new RegExp(`^${LIST}\\?p=[a-z0-9-]+$`));
    await expect(page.getByRole('heading', { name: 'Miten pääsen palveluun' })).toBeVisible();
    await add.click();
    await expect(page.getByText('Listan kokoaminen tarvitsee JavaScriptin.')).toBeVisible();
    await expect(page.locator('#chosen-list')).toBeHidden();
  });
});

test('the list page as it is without its script passes axe', async ({ page }) => {
  // axe needs JavaScript to run, so the page's own script is blocked instead of all JavaScript.
  await page.route(/lista\.astro.*\.js$/, (route) => route.abort());
  await page.goto(`${LIST}?p=a`);
  await expect(page.getByText('Listan kokoaminen tarvitsee JavaScriptin.')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
