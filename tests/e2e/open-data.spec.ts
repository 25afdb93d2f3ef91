// Open data against the built site: the exports list exactly what the pages show, validate against
// their schemas (the site's own and Open Referral's HSDS 3.0), JSON-LD parses with the right types,
// the news feed is linked and drafts appear nowhere.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OPEN_DATA_ENDPOINTS } from '../../src/lib/export/endpoints.ts';
import { parseCsv } from '../support/csv-parser.ts';
import { sitemapPaths } from '../support/e2e/site.ts';
import { contentData } from '../support/content-files.ts';

const CONTENT_DIR = resolve(process.env.TT_CONTENT_DIR ?? 'content');
const HSDS_SCHEMA_DIR = process.env.HSDS_SCHEMA_DIR ?? resolve('../shared/hsds-3.0');

interface ServiceRecord {
  id: string;
  uuid: string;
  url: string;
  title: string;
  provider: { id: string; public: boolean };
}

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

/** Ids of the pages under a section of the sitemap, e.g. "palvelu" → ["omaolo", …] (Finnish site). */
const pageIds = (section: string) =>
  sitemapPaths().flatMap((path) => {
    const match = new RegExp(`^/${section}/([a-z0-9-]+)/$`).exec(path);
    return match?.[1] ? [match[1]] : [];
  });

/** Entry ids of a content folder whose frontmatter says draft: true, and of those that do not. */
function contentEntries(folder: string): { drafts: string[]; published: string[] } {
  const dir = join(CONTENT_DIR, folder);
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.mdx?$/.test(name)) : [];
  const isDraft = (name: string) => contentData(join(dir, name))['draft'] === true;
  const id = (name: string) => name.replace(/\.mdx?$/, '');
  return { drafts: files.filter(isDraft).map(id), published: files.filter((name) => !isDraft(name)).map(id) };
}

const sorted = (items: readonly string[]) => [...items].sort();

test.describe('JSON API', () => {
  test('services.json lists exactly the services the site has pages for, and matches its published schema', async ({ request }) => {
    const doc = await getJson<{ count: number; services: ServiceRecord[]; $schema: string }>(request, '/api/v1/services.json');
    const pages = pageIds('palvelu');
    expect(pages.length).toBeGreaterThan(0);
    expect(sorted(doc.services.map((service) => service.id))).toEqual(sorted(pages));
    expect(doc.count).toBe(pages.length);
    for (const service of doc.services) expect(new URL(service.url).pathname).toBe(`/palvelu/${service.id}/`);

    const schema = await getJson<object>(request, new URL(doc.$schema).pathname);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });

  test('providers.json and areas.json match the provider and area pages', async ({ request }) => {
    const providers = await getJson<{ providers: { id: string }[] }>(request, '/api/v1/providers.json');
    expect(sorted(providers.providers.map((provider) => provider.id))).toEqual(sorted(pageIds('toimijat')));
    const areas = await getJson<{ areas: { id: string }[] }>(request, '/api/v1/areas.json');
    expect(areas.areas).toHaveLength(7);
    expect(sorted(areas.areas.map((area) => area.id))).toEqual(sorted(pageIds('palvelut')));
    for (const name of ['providers', 'areas']) {
      const doc = await getJson<object>(request, `/api/v1/${name}.json`);
      const ajv = new Ajv2020({ allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(await getJson<object>(request, `/api/v1/${name}.schema.json`));
      expect(validate(doc) ? [] : validate.errors, name).toEqual([]);
    }
  });

  test('services.csv has a BOM, a header and one row per service, and parses as RFC 4180', async ({ request }) => {
    const response = await request.get('/api/v1/services.csv');
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header?.[0]).toBe('Tunniste');
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    expect(sorted(rows.map((row) => row[0] ?? ''))).toEqual(sorted(pageIds('palvelu')));
  });
});

test.describe('Open Referral HSDS 3.0', () => {
  let validateService: ValidateFunction;
  let validateOrganization: ValidateFunction;
  test.beforeAll(() => {
    const compile = (file: string) => {
      const path = join(HSDS_SCHEMA_DIR, file);
      if (!existsSync(path)) throw new Error(`HSDS schema ${path} is missing; set HSDS_SCHEMA_DIR.`);
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      return ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);
    };
    validateService = compile('service.json');
    validateOrganization = compile('organization.json');
  });

  test('every published service is exported, one file each, and validates against service.json', async ({ request }) => {
    const own = await getJson<{ services: ServiceRecord[] }>(request, '/api/v1/services.json');
    const page = await getJson<{ total_items: number; contents: { id: string; name: string }[] }>(request, '/api/v1/hsds/services.json');
    expect(page.total_items).toBe(own.services.length);
    expect(sorted(page.contents.map((service) => service.id))).toEqual(sorted(own.services.map((service) => service.uuid)));
    for (const service of page.contents) {
      expect(validateService(service) ? [] : validateService.errors, service.name).toEqual([]);
      const single = await getJson<{ id: string }>(request, `/api/v1/hsds/services/${service.id}.json`);
      expect(single).toEqual(service);
    }
  });

  test('every organisation validates against organization.json, with and without its services', async ({ request }) => {
    const page = await getJson<{ contents: { id: string; name: string }[] }>(request, '/api/v1/hsds/organizations.json');
    expect(page.contents.length).toBe(pageIds('toimijat').length);
    for (const organization of page.contents) {
      expect(validateOrganization(organization) ? [] : validateOrganization.errors, organization.name).toEqual([]);
      const full = await getJson<object>(request, `/api/v1/hsds/organizations/${organization.id}.json`);
      expect(validateOrganization(full) ? [] : validateOrganization.errors, organization.name).toEqual([]);
    }
    const terms = await getJson<{ contents: { code: string }[] }>(request, '/api/v1/hsds/taxonomy_terms.json');
    expect(terms.contents.map((term) => term.code)).toEqual(expect.arrayContaining(pageIds('palvelut')));
  });
});

test.describe('JSON-LD', () => {
  test('every service page carries one parsable GovernmentService or Service block that names it', async ({ page, request }) => {
    const services = (await getJson<{ services: ServiceRecord[] }>(request, '/api/v1/services.json')).services;
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const service of services) {
      await page.goto(`/palvelu/${service.id}/`);
      const blocks = await page.locator('head script[type="application/ld+json"]').allTextContents();
      expect(blocks, service.id).toHaveLength(1);
      const data = JSON.parse(blocks[0] ?? '') as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type'], service.id).toBe(service.provider.public ? 'GovernmentService' : 'Service');
      // A title that broke out of the script element would not survive intact here.
      expect(data.name).toBe(service.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(service.title);
      expect(data).toHaveProperty('provider.name');
      expect(data).toHaveProperty('areaServed');
      expect(data).toHaveProperty('audience');
      expect((data.availableChannel as unknown[]).length).toBeGreaterThan(0);
      expect(await page.locator('body script[type="application/ld+json"]').count()).toBe(0);
    }
    expect(violations).toEqual([]);
  });

  test('every provider page carries one parsable Organization block', async ({ page }) => {
    for (const id of pageIds('toimijat')) {
      await page.goto(`/toimijat/${id}/`);
      const blocks = await page.locator('head script[type="application/ld+json"]').allTextContents();
      expect(blocks, id).toHaveLength(1);
      const data = JSON.parse(blocks[0] ?? '') as Record<string, unknown>;
      expect(['Organization', 'GovernmentOrganization', 'NGO', 'EducationalOrganization']).toContain(data['@type']);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(data.name));
    }
  });
});

test.describe('RSS', () => {
  test('the news feed is linked from the news page and every <head>, and lists the published news', async ({ page, request }) => {
    await page.goto('/ajankohtaista/');
    await expect(page.getByRole('link', { name: 'Tilaa uutiset RSS-syötteenä' })).toHaveAttribute('href', '/ajankohtaista/rss.xml');
    const newsLinks = await page.locator('main .card h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const path of ['/', '/ajankohtaista/', '/palvelut/']) {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
        'href',
        '/ajankohtaista/rss.xml',
      );
    }

    const response = await request.get('/ajankohtaista/rss.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('The feed is not well-formed XML');
      return [...doc.querySelectorAll('item')].map((item) => new URL(item.querySelector('link')?.textContent ?? '').pathname);
    }, xml);
    expect(sorted(items)).toEqual(sorted(newsLinks));
    const pages = sitemapPaths();
    for (const item of items) expect(pages).toContain(item);
  });
});

test('drafts appear in no export, feed or page', async ({ request }) => {
  const services = contentEntries('services');
  const news = contentEntries('news');
  const exported = (await getJson<{ services: ServiceRecord[] }>(request, '/api/v1/services.json')).services.map((service) => service.id);
  expect(sorted(exported)).toEqual(sorted(services.published));

  const csv = (await (await request.get('/api/v1/services.csv')).text()).slice(1);
  const csvIds = parseCsv(csv)
    .slice(1)
    .map((row) => row[0]);
  const hsds = await (await request.get('/api/v1/hsds/services.json')).text();
  const rss = await (await request.get('/ajankohtaista/rss.xml')).text();
  const pages = sitemapPaths();
  for (const id of services.drafts) {
    expect(csvIds).not.toContain(id);
    expect(hsds).not.toContain(`/palvelu/${id}/`);
    expect(pages).not.toContain(`/palvelu/${id}/`);
    expect((await request.get(`/palvelu/${id}/`)).status()).toBe(404);
  }
  for (const id of news.drafts) {
    expect(rss).not.toContain(`/ajankohtaista/${id}/`);
    expect(pages).not.toContain(`/ajankohtaista/${id}/`);
  }
  test.info().annotations.push({ type: 'drafts checked', description: `${services.drafts.length} services, ${news.drafts.length} news` });
});

test('the Avoin data page is linked from the footer and documents every endpoint, each of which answers', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Avoin data' }).click();
  await expect(page).toHaveURL(/\/avoin-data\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avoin data');
  await expect(page.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('href', /creativecommons\.org\/licenses\/by\/4\.0/);
  const table = page.getByRole('table');
  for (const endpoint of OPEN_DATA_ENDPOINTS) {
    await expect(table.getByText(endpoint.path, { exact: true })).toBeVisible();
    if (endpoint.path.includes('{id}')) continue;
    const response = await request.get(endpoint.path);
    expect(response.status(), endpoint.path).toBe(200);
    expect((await response.body()).length, endpoint.path).toBeGreaterThan(0);
  }
});

test('every page has a description and OpenGraph metadata', async ({ request }) => {
  for (const path of sitemapPaths()) {
    const html = await (await request.get(path)).text();
    const meta = (attribute: string, name: string) => new RegExp(`<meta ${attribute}="${name}" content="([^"]+)"`).exec(html)?.[1];
    expect(meta('name', 'description'), path).toBeTruthy();
    expect(meta('property', 'og:title'), path).toBeTruthy();
    expect(meta('property', 'og:description'), path).toBeTruthy();
    expect(meta('property', 'og:url'), path).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  }
});
