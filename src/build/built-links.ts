// Link hygiene of the built site (dist/): every internal link, stylesheet, script and image must
// point to a file that exists (and to an id that exists, for #fragments), and no link text may
// be vague ("lue lisää", "klikkaa tästä"). Reads the generated HTML; runs in the e2e tests and in
// cli/check-links.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isVagueLinkText } from '../lib/validation/link-text.ts';

export interface LinkProblem {
  /** The page the link is on, as a site path ("/palvelu/palvelun-nimi/"). */
  page: string;
  kind: 'broken' | 'fragment' | 'vague' | 'empty';
  /** The link target as written in the HTML. */
  href?: string | undefined;
  /** The link text (for vague and empty links). */
  text?: string | undefined;
  message: string;
}

export interface BuiltSiteReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

/** One reference found in a page: an <a> with its text, or a resource URL (link, script, img). */
export interface PageReference {
  href: string;
  /** Accessible text of an <a>: aria-label, else its text and image alt texts. Undefined for resources. */
  text?: string | undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1]?.toLowerCase() === 'x' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return Object.hasOwn(ENTITIES, code.toLowerCase()) ? (ENTITIES[code.toLowerCase()] ?? whole) : whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value);
}

/** Removes comments, and the contents of <script>, <style> and <template> (their tags stay). */
function markupOnly(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style|template)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
}

/** The ids in a page, for #fragment links. */
export function pageIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of markupOnly(html).matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    ids.add(decodeEntities(match[1] ?? match[2] ?? ''));
  }
  return ids;
}

/** Links (<a href>) with their text, and resources (<link href>, <script src>, <img src>). */
export function pageReferences(html: string): PageReference[] {
  const markup = markupOnly(html);
  const references: PageReference[] = [];
  for (const match of markup.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const tag = match[1] ?? '';
    const href = attribute(` ${tag}`, 'href');
    if (href === undefined) continue;
    const inner = match[2] ?? '';
    const alts = [...inner.matchAll(/<img\b[^>]*>/gi)].map((img) => attribute(img[0], 'alt') ?? '').join(' ');
    const visible = decodeEntities(inner.replace(/<[^>]*>/g, ' '));
    const label = attribute(` ${tag}`, 'aria-label');
    references.push({ href, text: (label ?? `${visible} ${alts}`).replace(/\s+/g, ' ').trim() });
  }
  for (const match of markup.matchAll(/<(link|script|img|source|iframe)\b[^>]*>/gi)) {
    const tag = match[0];
    const kind = match[1]?.toLowerCase();
    const href = kind === 'link' ? attribute(tag, 'href') : attribute(tag, 'src');
    // Preconnect/dns-prefetch hints name origins, not documents.
    if (href !== undefined && !(kind === 'link' && /\brel\s*=\s*["']?(?:preconnect|dns-prefetch)/i.test(tag))) references.push({ href });
  }
  return references;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** "dist/palvelu/palvelun-nimi/index.html" → "/palvelu/palvelun-nimi/"; "dist/404.html" → "/404.html". */
export function pagePath(distDir: string, file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The site's public origin, from the built sitemap, so absolute links to the site count as internal. */
export function siteOrigin(distDir: string): string | undefined {
  const sitemap = existsSync(distDir) ? readdirSync(distDir).find((name) => /^sitemap.*\.xml$/.test(name)) : undefined;
  if (!sitemap) return undefined;
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(join(distDir, sitemap), 'utf8'))?.[1];
  try {
    return loc ? new URL(loc).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The built file a site path is served from, or undefined when nothing is there. */
function servedFile(distDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('..')) return undefined;
  const candidate = join(distDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  try {
    // A folder is not a page: /palvelu/palvelun-nimi without the slash is not served (trailingSlash: always).
    return statSync(candidate).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Checks every HTML page in `distDir`. */
export function checkBuiltSite(distDir: string, origin: string | undefined = siteOrigin(distDir)): BuiltSiteReport {
  const base = origin ?? 'https://site.invalid';
  const files = htmlFiles(distDir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = pageIds(readFileSync(file, 'utf8'))));
    return ids;
  };
  const problems: LinkProblem[] = [];
  let links = 0;

  for (const file of files) {
    const page = pagePath(distDir, file);
    const html = readFileSync(file, 'utf8');
    for (const { href, text } of pageReferences(html)) {
      links += 1;
      if (text !== undefined) {
        if (text === '')
          problems.push({ page, kind: 'empty', href, message: 'Linkillä ei ole tekstiä (eikä aria-labelia tai kuvan alt-tekstiä).' });
        else if (isVagueLinkText(text))
          problems.push({ page, kind: 'vague', href, text, message: `Epämääräinen linkkiteksti "${text}": kerro linkissä, mihin se vie.` });
      }
      if (/^(?:mailto|tel|data|blob):/i.test(href)) continue;
      if (/^javascript:/i.test(href)) {
        problems.push({ page, kind: 'broken', href, message: 'javascript:-linkki ei ole linkki.' });
        continue;
      }
      let url: URL;
      try {
        url = new URL(href, `${base}${page}`);
      } catch {
        problems.push({ page, kind: 'broken', href, message: 'Osoite ei ole kelvollinen.' });
        continue;
      }
      if (url.origin !== new URL(base).origin) continue; // another site: not ours to check here
      const target = servedFile(distDir, url.pathname);
      if (!target) {
        const hint = !url.pathname.endsWith('/') && servedFile(distDir, `${url.pathname}/`) ? ' (lopusta puuttuu /)' : '';
        problems.push({ page, kind: 'broken', href, message: `Sivua tai tiedostoa ${url.pathname} ei ole${hint}.` });
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment && target.endsWith('.html')) {
        let id = fragment;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          // keep the raw fragment
        }
        if (!idsOf(target).has(id))
          problems.push({ page, kind: 'fragment', href, message: `Kohdetta #${id} ei ole sivulla ${pagePath(distDir, target)}.` });
      } else if (href === '#') {
        problems.push({ page, kind: 'broken', href, message: 'Linkki # ei vie minnekään.' });
      }
    }
  }
  return { pages: files.length, links, problems };
}

export function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.page}: ${problem.href ?? ''} — ${problem.message}`;
}
