// Page weight of a built site, read from its files: each page's HTML, the CSS it links and the
// JavaScript it loads (followed through imports), all measured gzip-compressed. Used by the budget
// test (tests/e2e/budgets.spec.ts) and by `npm run audit`; the budgets themselves are listed in
// README "Budgets and benchmarks".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 KB = 1,000 bytes, so a page within budget is within it however KB is read. */
export const KB = 1000;

export const BUDGETS = {
  /** HTML plus every stylesheet it links, gzip. */
  htmlAndCss: 30 * KB,
  /** All JavaScript a content page loads (enhancement modules), gzip. */
  contentJs: 10 * KB,
} as const;

/** Search pages may load Pagefind; every other page is a content page. */
export const SEARCH_PATHS = ['/haku/', '/sv/haku/', '/en/haku/'] as const;

export interface PageWeight {
  /** URL path, e.g. "/palvelu/omaolo/". */
  path: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  stylesheets: string[];
  /** Script files loaded through <script src>, static imports and literal dynamic imports. */
  scripts: string[];
  /** Whether the page, its CSS or its scripts mention Pagefind's files. */
  loadsPagefind: boolean;
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every HTML page of a built site, Pagefind's own files and the CMS editor (/admin/, a program for editors, not a page) excluded. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dist, file).split(sep).includes('pagefind') && relative(dist, file).split(sep)[0] !== 'admin')
    .sort();
}

/** "/palvelu/omaolo/index.html" → "/palvelu/omaolo/"; "404.html" → "/404.html". */
export function pathOfFile(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z-:]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return found;
}

/** Same-origin absolute paths only; anything else is reported by the privacy test, not here. */
function localFile(dist: string, href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const file = join(dist, decodeURIComponent(href.split(/[?#]/)[0] ?? ''));
  return existsSync(file) ? file : undefined;
}

const IMPORTS = /(?:\bimport\s*\(\s*|\bimport\s*|\bfrom\s*)["'`](\/[^"'`]+\.m?js)["'`]/g;

/** Follows imports from a module's text to every same-origin script it loads. */
function collectScripts(dist: string, code: string, into: Set<string>): void {
  for (const match of code.matchAll(IMPORTS)) {
    const href = match[1] ?? '';
    if (into.has(href)) continue;
    into.add(href);
    const file = localFile(dist, href);
    if (file) collectScripts(dist, readFileSync(file, 'utf8'), into);
  }
}

export function measurePage(dist: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const stylesheets: string[] = [];
  let inlineCss = '';
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(match[0]);
    if ((attrs['rel'] ?? '').split(/\s+/).includes('stylesheet') && attrs['href']) stylesheets.push(attrs['href']);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += match[1] ?? '';

  const scripts = new Set<string>();
  let inlineJs = '';
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(match[1] ?? '');
    const type = (attrs['type'] ?? '').toLowerCase();
    // JSON-LD and other data blocks are not executed.
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue;
    if (attrs['src']) {
      scripts.add(attrs['src']);
      const srcFile = localFile(dist, attrs['src']);
      if (srcFile) collectScripts(dist, readFileSync(srcFile, 'utf8'), scripts);
    } else {
      inlineJs += match[2] ?? '';
      collectScripts(dist, match[2] ?? '', scripts);
    }
  }

  const read = (href: string) => {
    const local = localFile(dist, href);
    return local ? readFileSync(local) : Buffer.alloc(0);
  };
  const css = Buffer.concat([Buffer.from(inlineCss), ...stylesheets.map(read)]);
  const js = [...scripts].map(read);
  const everything = [html, css.toString(), ...js.map((code) => code.toString())].join('\n');
  return {
    path: pathOfFile(dist, file),
    htmlGzip: gzipSize(html),
    cssGzip: css.length === 0 ? 0 : gzipSize(css),
    jsGzip: (inlineJs ? gzipSize(inlineJs) : 0) + js.reduce((sum, code) => sum + (code.length === 0 ? 0 : gzipSize(code)), 0),
    stylesheets,
    scripts: [...scripts],
    loadsPagefind: /\/pagefind\//.test(everything),
  };
}

export function measureSite(dist: string): PageWeight[] {
  return htmlFiles(dist).map((file) => measurePage(dist, file));
}

export const isSearchPage = (path: string) => (SEARCH_PATHS as readonly string[]).includes(path);

export const formatKb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
