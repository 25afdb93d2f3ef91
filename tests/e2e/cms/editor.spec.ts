// The form editor (/admin/, Decap CMS) in real Chromium against its local backend, which writes to
// a copy of the content in .build/cms-e2e (playwright.cms.config.ts). An editor changes a service,
// adds one, cannot save one with a required field empty; nothing else in the files changes, what is
// written validates and builds, the editor asks nothing of another origin and axe finds nothing of ours.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { foreignRequests, recordRequests } from '../../support/e2e/site.ts';

const SANDBOX = join('.build', 'cms-e2e');
const SANDBOX_CONTENT = join(SANDBOX, 'content');

/** Frontmatter and body of a Markdown file, the frontmatter parsed. */
function readEntry(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: (match[2] ?? '').trim() };
}

function validateSandbox(): string {
  return execFileSync(process.execPath, ['cli/validate.ts'], {
    env: { ...process.env, TT_CONTENT_DIR: SANDBOX_CONTENT },
    encoding: 'utf8',
  });
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('link', { name: /Palvelut/ }).first()).toBeVisible();
}

async function openEntry(page: Page, collection: string, slug: string): Promise<void> {
  await page.goto(`/admin/#/collections/${collection}/entries/${slug}`);
  await expect(page.getByRole('textbox', { name: 'Nimi tai otsikko' })).not.toHaveValue('');
}

/** Asks Decap to publish what the form holds; the button exists only while there are unsaved changes. */
async function clickPublish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Julkaise', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Julkaise nyt' }).click();
}

/**
 * Publishes and waits until Decap has finished: it shows "Julkaistu" in place of the publish button
 * once the entry is saved and loaded again unchanged. Typing before that is lost, because Decap
 * reloads a new entry from the backend after its first save and the form is reset.
 */
async function publish(page: Page): Promise<void> {
  await clickPublish(page);
  await expect(page.getByRole('button', { name: 'Julkaistu', exact: true })).toBeVisible({ timeout: 30_000 });
}

/** Picks an option in a react-select field (Decap's select and relation widgets). */
async function choose(page: Page, field: string, option: string): Promise<void> {
  const box = page.getByRole('combobox', { name: field, exact: true });
  await box.click();
  await box.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

let requests: string[] = [];
const cspViolations: string[] = [];

test.beforeEach(async ({ page }) => {
  requests = recordRequests(page);
  await page.exposeFunction('reportCspViolation', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
});

test.afterEach(({ baseURL }) => {
  // The editor loads everything from this site; the local backend is on the same origin.
  expect(foreignRequests(requests, new URL(baseURL ?? '').origin)).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('editing a service changes only the summary and the access route on disk, and it validates', async ({ page }) => {
  const file = join(SANDBOX_CONTENT, 'services', 'omaolo.md');
  const before = readEntry(file);
  await signIn(page);
  await openEntry(page, 'services', 'omaolo');

  const summary = 'Omaolo on kansallinen verkkopalvelu, jossa voit arvioida oireitasi ja hyvinvointiasi milloin tahansa.';
  await page.getByRole('textbox', { name: 'Lyhyt kuvaus', exact: true }).fill(summary);
  const routeText = 'Avaa omaolo.fi ja valitse arvio. Kirjaudu verkkopankkitunnuksilla, kun lähetät vastaukset.';
  await page.getByRole('textbox', { name: 'Kuvaus', exact: true }).first().fill(routeText);
  await publish(page);
  await expect.poll(() => readEntry(file).data['summary'], { timeout: 15_000 }).toBe(summary);

  const after = readEntry(file);
  const access = structuredClone(before.data['access']) as { route: string; text: string }[];
  access[0]!.text = routeText;
  expect(after.data).toEqual({ ...before.data, summary, access });
  expect(Object.keys(after.data)).toEqual(Object.keys(before.data));
  expect(after.body).toBe(before.body);
  expect(validateSandbox()).toMatch(/0 virhettä/);
});

test('a new service made with the form gets its file name from the title, validates and builds', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page);
  await page.goto('/admin/#/collections/services/new');
  await page.getByRole('textbox', { name: 'Nimi tai otsikko' }).fill('Testipaja Äänekäs');
  await page
    .getByRole('textbox', { name: 'Lyhyt kuvaus', exact: true })
    .fill('Testipaja on päivätoimintaa, jossa harjoitellaan työelämän taitoja pienessä ryhmässä.');
  await choose(page, 'Elämänalueet (ensimmäinen on pääalue)', 'taidot');
  await choose(page, 'Järjestäjä', 'Kansaneläkelaitos (Kela)');
  await choose(page, 'Kenelle (kohderyhmät)', 'tyottomat');
  await page
    .getByRole('textbox', { name: 'Kenelle – tarkemmin' })
    .fill('Työttömille aikuisille, jotka haluavat harjoitella arjen ja työn taitoja.');
  await page.getByRole('button', { name: 'Lisää: miten pääsen palveluun' }).click();
  await choose(page, 'Reitti', 'itse (ota yhteyttä suoraan)');
  await page.getByRole('textbox', { name: 'Kuvaus', exact: true }).first().fill('Soita pajalle ja sovi tutustumiskäynti.');
  await page.getByRole('textbox', { name: 'Kesto' }).fill('3–6 kuukautta');
  await choose(page, 'Tyyppi', 'maksuton');
  await choose(page, 'Alue (kunnat)', 'koko alue');
  await page.getByRole('button', { name: 'Lisää: yhteystiedot ja asiointi' }).click();
  await page.getByRole('menuitem', { name: 'Verkkosivu' }).click();
  await page.getByRole('textbox', { name: 'Verkko-osoite' }).fill('https://www.kela.fi/');
  // A phone with nothing but its number: its optional groups (opening hours) must not be written empty.
  await page.getByRole('button', { name: 'Lisää: yhteystiedot ja asiointi' }).click();
  await page.getByRole('menuitem', { name: 'Puhelin' }).click();
  await page.getByRole('textbox', { name: 'Puhelinnumero' }).fill('09 2525 0111');
  await page.getByRole('button', { name: /lastReviewed/ }).click();
  await page.getByRole('textbox', { name: 'Sisällön ylläpitäjä' }).fill('Testipajan ohjaajat');
  await publish(page);

  const file = join(SANDBOX_CONTENT, 'services', 'testipaja-aanekas.md');
  await expect.poll(() => existsSync(file), { timeout: 15_000 }).toBe(true);
  const { data } = readEntry(file);
  // Only what the editor filled in: no empty optional fields, no switch the editor did not touch.
  expect(Object.keys(data).sort()).toEqual([
    'access',
    'areas',
    'audiences',
    'channels',
    'cost',
    'duration',
    'forWhom',
    'lastReviewed',
    'municipalities',
    'owner',
    'provider',
    'summary',
    'title',
  ]);
  expect(data).toMatchObject({
    title: 'Testipaja Äänekäs',
    provider: 'kela',
    areas: ['taidot'],
    municipalities: ['koko alue'],
    cost: { type: 'maksuton' },
  });
  expect(validateSandbox()).toMatch(/0 virhettä/);

  const out = join('.build', 'cms-e2e-dist');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, TT_CONTENT_DIR: SANDBOX_CONTENT, TT_OUT_DIR: out, TT_CACHE_DIR: join('.build', 'cms-e2e-cache') },
    stdio: 'ignore',
  });
  const page_ = readFileSync(join(out, 'palvelu', 'testipaja-aanekas', 'index.html'), 'utf8');
  expect(page_).toContain('Testipaja Äänekäs');
});

test('a translation made with the form gets the Finnish file name and validates', async ({ page }) => {
  // The sandbox's Swedish kriisipuhelin goes, so the editor writes it anew.
  const file = join(SANDBOX_CONTENT, 'services', 'sv', 'kriisipuhelin.md');
  rmSync(file);
  await signIn(page);
  await page.goto('/admin/#/collections/services_sv/new');
  // First save under the Finnish file name, then the Swedish name (CONTRIBUTING.md, "Käännä palvelu").
  await page.getByRole('textbox', { name: 'Nimi tai otsikko' }).fill('kriisipuhelin');
  await page
    .getByRole('textbox', { name: 'Lyhyt kuvaus', exact: true })
    .fill('Kristelefonen ger samtalsstöd dygnet runt när livet känns svårt.');
  await page.getByRole('textbox', { name: 'Kenelle – tarkemmin' }).fill('För dig som är i kris eller oroar dig för en närstående.');
  await page.getByRole('textbox', { name: 'Kesto' }).fill('Ett samtal i taget');
  await page.getByRole('textbox', { name: 'Kääntäjä tai tarkistaja' }).fill('Työllisyystalon toimitus');
  await page.getByRole('button', { name: /lastReviewed/ }).click();
  await publish(page);
  await expect(page).toHaveURL(/\/collections\/services_sv\/entries\/kriisipuhelin$/);
  expect(existsSync(file)).toBe(true);

  // Opened afresh, as an editor coming back to it would.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Nimi tai otsikko' })).toHaveValue('kriisipuhelin');
  await page.getByRole('textbox', { name: 'Nimi tai otsikko' }).fill('Kristelefonen');
  await publish(page);
  await expect.poll(() => readEntry(file).data['title'], { timeout: 15_000 }).toBe('Kristelefonen');
  expect(readdirSync(join(SANDBOX_CONTENT, 'services', 'sv')).filter((name) => name.startsWith('kri'))).toEqual(['kriisipuhelin.md']);
  expect(validateSandbox()).toMatch(/0 virhettä/);
});

test('saving with a required field empty shows a Finnish error and writes nothing', async ({ page }) => {
  const files = () => readdirSync(join(SANDBOX_CONTENT, 'services')).sort();
  const before = files();
  await signIn(page);
  await page.goto('/admin/#/collections/services/new');
  await page.getByRole('textbox', { name: 'Nimi tai otsikko' }).fill('Keskeneräinen palvelu');
  await clickPublish(page);
  await expect(page.getByText('Pakollinen kenttä puuttuu tai jokin kenttä on virheellinen.')).toBeVisible();
  await expect(page.getByText('Lyhyt kuvaus puuttuu. Täytä kenttä.')).toBeVisible();
  // Decap validates before it sends anything: with the error shown the entry is still new and unsaved.
  await expect(page).toHaveURL(/\/collections\/services\/new$/);
  await expect(page.getByRole('button', { name: 'Julkaise', exact: true })).toBeVisible();
  expect(files()).toEqual(before);
});

/**
 * Violations in Decap CMS's own components, which this site cannot fix from its configuration.
 * Upstream: decaporg/decap-cms#1333 (accessibility of the editor; #4216 was closed into it) and the
 * open pull request decaporg/decap-cms#6762 (aria labels for its icon buttons). Our part (labels,
 * hints, language, page title) is checked by the other rules; a new rule here fails the test.
 */
const DECAP_OWN = new Set([
  'color-contrast',
  'aria-command-name',
  'aria-input-field-name',
  'aria-required-attr',
  'button-name',
  'nested-interactive',
]);

async function axeRules(page: Page): Promise<{ ours: string[]; decap: string[] }> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const describe = (violation: (typeof violations)[number]) =>
    `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`;
  return {
    ours: violations.filter((violation) => !DECAP_OWN.has(violation.id)).map(describe),
    decap: violations.filter((violation) => DECAP_OWN.has(violation.id)).map(describe),
  };
}

test('axe finds no violation of ours in the collection list and the entry editor', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/#/collections/services');
  await expect(page.getByRole('link', { name: /Omaolo-verkkopalvelu/ })).toBeVisible();
  const list = await axeRules(page);
  await openEntry(page, 'services', 'omaolo');
  const editor = await axeRules(page);
  // Decap's own findings are printed for the report, not hidden.
  console.log(`Decap CMS:n omat axe-löydökset: kokoelma ${JSON.stringify(list.decap)}, muokkaus ${JSON.stringify(editor.decap)}`);
  expect({ kokoelma: list.ours, muokkaus: editor.ours }).toEqual({ kokoelma: [], muokkaus: [] });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
});
