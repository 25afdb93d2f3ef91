// An XSS probe through the real build: tests/fixtures/hostile has a service whose title, summary,
// body and other text fields carry </script>, HTML, quotes and javascript:. The build must render
// all of it as inert text — on the service page, in lists, meta tags, JSON-LD and search results —
// and must refuse a body with an unsafe link or MDX code, naming the file and line.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../cli/serve/static-server.ts';
import { contentData } from '../support/content-files.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'hostile');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const INDEX_SEARCH = join(ROOT, 'cli', 'index-search.ts');
const SERVICE = '/palvelu/vihamielinen-sisalto/';

/** The hostile service's frontmatter exactly as written, to compare with what the pages show. */
const source = readFileSync(join(FIXTURE, 'services', 'vihamielinen-sisalto.mdx'), 'utf8');
const data = contentData<{
  title: string;
  summary: string;
  forWhom: string;
  duration: string;
  owner: string;
  access: { text: string }[];
  channels: { label: string }[];
}>(join(FIXTURE, 'services', 'vihamielinen-sisalto.mdx'));

async function build(contentDir: string, outDir: string): Promise<{ ok: boolean; output: string }> {
  try {
    const options = {
      cwd: ROOT,
      env: {
        ...process.env,
        TT_CONTENT_DIR: contentDir,
        TT_OUT_DIR: outDir,
        TT_CACHE_DIR: `${outDir}-cache`,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 64 * 1024 * 1024,
    };
    // The two steps of `npm run build`: the site, then its search index.
    const site = await run(process.execPath, [ASTRO, 'build'], options);
    const search = await run(process.execPath, [INDEX_SEARCH, outDir], options);
    return { ok: true, output: site.stdout + site.stderr + search.stdout + search.stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** Elements or attributes the payloads would create if any of them were parsed as markup. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], textarea, b, i'))
      found.push(element.outerHTML.slice(0, 120));
    for (const script of document.querySelectorAll('script')) {
      const type = script.getAttribute('type') ?? '';
      const inert = script.src !== '' || type === 'application/ld+json' || type === 'text/pagefind-template';
      if (!inert || /alert\(/.test(script.src)) found.push(`script: ${script.outerHTML.slice(0, 120)}`);
    }
    return found;
  });
}

test.describe('hostile content', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });

  const outDir = join(mkdtempSync(join(tmpdir(), 'tt-hostile-')), 'dist');
  let server: StaticServer;
  const dialogs: string[] = [];

  test.beforeAll(async () => {
    const result = await build(FIXTURE, outDir);
    expect(result.ok, result.output.slice(-3000)).toBe(true);
    server = await serveStatic(outDir);
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(join(outDir, '..'), { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
  });

  test.beforeEach(({ page }) => {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  test('the service page shows every hostile field as text', async ({ page }) => {
    await page.goto(`${server.origin}${SERVICE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
    await expect(page.locator('main')).toContainText(data.summary);
    await expect(page.locator('main')).toContainText(data.forWhom);
    await expect(page.locator('main')).toContainText(data.access[0]?.text ?? '');
    await expect(page.locator('main')).toContainText(data.duration);
    await expect(page.locator('main')).toContainText(data.owner);
    await expect(page.locator('main')).toContainText(data.channels[0]?.label ?? '');
    await expect(page.locator('main code')).toHaveText('</script><script>alert("runko")</script>');
    // Typographic quotes replace the straight ones in Markdown text; the markup stays text either way.
    await expect(page.locator('main')).toContainText(/<img src=x onerror=alert\(.runko.\)>/);
    expect(await injected(page)).toEqual([]);
  });

  test('the title, meta tags and Open Graph tags hold the text exactly, as attribute values', async ({ page }) => {
    await page.goto(`${server.origin}${SERVICE}`);
    expect(await page.title()).toContain(data.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', data.summary);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', data.title);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', data.summary);
  });

  test('JSON-LD parses and carries the title without ending its script element', async ({ page }) => {
    await page.goto(`${server.origin}${SERVICE}`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length).toBeGreaterThan(0);
    const parsed = blocks.map((block) => JSON.parse(block) as unknown);
    expect(JSON.stringify(parsed)).toContain(JSON.stringify(data.title).slice(1, -1));
    const html = readFileSync(join(outDir, SERVICE, 'index.html'), 'utf8');
    for (const match of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      expect(match[1]).not.toMatch(/<\/script|<!--|<script/i);
    }
  });

  test('lists show the title as link text: area, all services, provider and the professionals’ table', async ({ page }) => {
    for (const path of ['/palvelut/mieli/', '/palvelut/arki/', '/palvelut/', '/toimijat/eksote/', '/ammattilaisille/']) {
      await page.goto(`${server.origin}${path}`);
      await expect(page.locator(`main a[href="${SERVICE}"]`).first(), path).toHaveText(data.title);
      expect(await injected(page), path).toEqual([]);
    }
  });

  test('search results show the hostile service as text', async ({ page }) => {
    await page.goto(`${server.origin}/haku/?q=vihamielinen`);
    const result = page.locator('pagefind-results').getByRole('link', { name: data.title });
    await expect(result.first()).toBeVisible();
    await expect(page.locator('pagefind-results')).toContainText('lainaus');
    expect(await injected(page)).toEqual([]);
  });

  test('no built page carries a live payload, and no dialog ever opened', async ({ page }) => {
    const pages = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && /\.(html|xml)$/.test(entry.name),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const entry of pages) {
      // Inside a quoted attribute value (meta description, og:title) < and > are inert text.
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/="[^"]*"/g, '=""');
      expect(text, join(entry.parentPath, entry.name)).not.toMatch(/<script>alert|<img src=x|<svg onload/i);
    }
    for (const path of ['/', SERVICE, '/palvelut/', '/ammattilaisille/']) {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      expect(await injected(page), path).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });

  test('a body with an unsafe link or MDX code stops the build, naming the file, line and problem', async () => {
    const content = mkdtempSync(join(tmpdir(), 'tt-hostile-links-'));
    try {
      cpSync(FIXTURE, content, { recursive: true });
      const file = join(content, 'services', 'vihamieliset-linkit.mdx');
      writeFileSync(
        file,
        source
          .replace(/title: .*/, 'title: Vihamieliset linkit')
          .replace(/\n---\n[\s\S]*$/, '\n---\n\nLue [ohje](java&#115;cript:alert(1)).\n\nexport const koti = process.env.HOME\n'),
      );
      const result = await build(content, join(content, 'dist'));
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/vihamieliset-linkit\.mdx:\d+: \(sisältö\) — Linkin osoite "javascript:alert\(1\)" ei kelpaa/);
      expect(result.output).toMatch(/vihamieliset-linkit\.mdx:\d+: \(sisältö\) — import- ja export-rivit ajetaan koodina/);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
