// The Content-Security-Policy holds on every page: the <meta> policy from security.csp has no
// 'unsafe-inline', public/_headers repeats it (plus frame-ancestors and the other headers), the
// built HTML has nothing inline that the header policy would block, and in the browser no page
// and no search breaks a policy. The site is served here with the headers applied, as a host would.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fi } from '../../src/i18n/ui/fi.ts';
import { htmlFiles, pathOfFile } from '../../cli/budgets/page-weight.ts';
import { headersFor, parseHeadersFile, serveStatic, type StaticServer } from '../../cli/serve/static-server.ts';
import { inGroups, sitemapPaths } from '../support/e2e/site.ts';

const DIST = process.env.TT_OUT_DIR ?? 'dist';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  return new Map(
    text
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

const metaPolicy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
const headerRules = () => parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const header = (path: string, name: string) => headersFor(headerRules(), path).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

test('every page carries the meta policy, without unsafe-inline or unsafe-eval', () => {
  const problems: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    if (!policy) problems.push(`${pathOfFile(DIST, file)}: no CSP meta`);
    else if (/'unsafe-(inline|eval)'/.test(policy)) problems.push(`${pathOfFile(DIST, file)}: ${policy}`);
  }
  expect(problems).toEqual([]);
});

test('_headers sets the security headers for every path', () => {
  for (const path of ['/', '/palvelu/omaolo/', '/haku/', '/pagefind/pagefind.js']) {
    expect(header(path, 'Content-Security-Policy'), path).toContain("frame-ancestors 'none'");
    expect(header(path, 'X-Content-Type-Options'), path).toBe('nosniff');
    expect(header(path, 'Referrer-Policy'), path).toBe('no-referrer');
    expect(header(path, 'Permissions-Policy'), path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  }
});

test('the _headers policy is the meta policy without its hashes, plus frame-ancestors', () => {
  const meta = parsePolicy(metaPolicy(readFileSync(join(DIST, 'index.html'), 'utf8')) ?? '');
  const fromHeader = parsePolicy(header('/', 'Content-Security-Policy') ?? '');
  const withoutHashes = new Map([...meta].map(([name, sources]) => [name, sources.filter((source) => !/^'sha(256|384|512)-/.test(source))]));
  expect(Object.fromEntries([...fromHeader].filter(([name]) => name !== 'frame-ancestors'))).toEqual(Object.fromEntries(withoutHashes));
  expect(fromHeader.get('frame-ancestors')).toEqual(["'none'"]);
});

test('the built HTML has no inline scripts, style attributes or event handlers for the header policy to block', () => {
  const problems: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    const path = pathOfFile(DIST, file);
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = match[1] ?? '';
      const type = /\btype="([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
      const executable = type === '' || type === 'module' || type === 'text/javascript';
      if (executable && !/\bsrc=/i.test(attrs) && (match[2] ?? '').trim() !== '') problems.push(`${path}: inline <script> ${(match[2] ?? '').slice(0, 60)}`);
    }
    for (const match of html.matchAll(/<[a-z][^>]*\s(style|on[a-z]+)\s*=/gi)) problems.push(`${path}: ${match[1]}= attribute`);
    if (/\bhref\s*=\s*["']?\s*javascript:/i.test(html)) problems.push(`${path}: javascript: link`);
  }
  expect(problems).toEqual([]);
});

test.describe('served with the headers of public/_headers', () => {
  let server: StaticServer;

  test.beforeAll(async () => {
    server = await serveStatic(DIST);
  });

  test.afterAll(async () => {
    await server.close();
  });

  for (const group of inGroups([...sitemapPaths(), '/haku/?q=omaolo'])) {
    test(`no page and no search breaks the policies (no CSP violation, no console error; ${group.title})`, async ({ page }) => {
      test.setTimeout(300_000);
      const problems: string[] = [];
      await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`${page.url()}: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${page.url()}: console error ${message.text().slice(0, 200)}`);
      });
      for (const path of group.paths) {
        const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
        expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
        if (path.startsWith('/haku/?q=')) await expect(page.locator('pagefind-results').getByRole('link').first()).toBeVisible();
      }
      expect(problems).toEqual([]);
    });
  }

  test('another site cannot frame the pages (frame-ancestors)', async ({ page }) => {
    // The other site is another origin on this machine: a page from about:blank or a public
    // address may not frame a loopback address at all (Chromium's local network access rules),
    // which would hide whether our headers refuse it.
    const other = createServer((request, response) => {
      const target = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Toinen sivusto</title><iframe title="kehys" src="${target}"></iframe>`);
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const plain = await serveStatic(DIST, { applyHeaders: false });
    const framedSkipLinks = async (src: string) => {
      // goto resolves on the load event, which waits for the frame to load, refused or not.
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/?src=${encodeURIComponent(src)}`);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      expect(frame, src).toBeDefined();
      return frame?.getByRole('link', { name: fi['skip.toContent'] }).count();
    };
    try {
      // Chromium replaces a refused frame with its own error page; our skip link is not in it.
      expect(await framedSkipLinks(`${server.origin}/`)).toBe(0);
      // Control: without the headers the same page does load in the frame, so the check can fail.
      expect(await framedSkipLinks(`${plain.origin}/`)).toBe(1);
    } finally {
      await plain.close();
      await new Promise<void>((done) => other.close(() => done()));
    }
  });
});
