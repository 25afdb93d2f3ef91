// Builds the Pagefind search index of a finished site, as its own step after `astro build` has
// exited (`npm run build` runs both; `cli/index-search.ts` is the command).
//
// Why not inside the Astro build, and why one language at a time: Pagefind's backend keeps every
// page it has been given in memory until it writes the index, roughly ten times the page's HTML.
// At 10,000 services in three languages that was 8.2 GiB for one Pagefind run, on top of the
// 2–3.5 GiB Astro's process still held in `astro:build:done` (BENCHMARKS.md). Here each language
// gets a backend of its own that is closed before the next starts, and pages without
// `data-pagefind-body` (which Pagefind would parse and then drop) are never sent, so the peak is
// the largest single language. The per-language files are the same as one run would write; only
// `pagefind-entry.json`, which each run writes with its own language alone, is merged.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** How many pages are in flight to the backend at once: enough to keep it busy, few in memory. */
const CONCURRENCY = 8;
const BODY_ATTRIBUTE = 'data-pagefind-body';
const BUNDLE_DIR = 'pagefind';
const ENTRY_FILE = 'pagefind-entry.json';
/** The <html lang> is within the first bytes of a page (after the doctype). */
const HEAD_BYTES = 1024;

export interface SiteIndexResult {
  /** Indexed pages per language, in the order the languages were indexed. */
  pagesByLanguage: Record<string, number>;
  /** Built HTML pages left out because they have no `data-pagefind-body` (lists, filter views). */
  skipped: number;
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [key: string]: unknown;
}

/** The `<html lang>` of a page, lower-cased; Pagefind puts a page without one in "unknown". */
export function htmlLang(html: string): string {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return /\blang\s*=\s*["']?([A-Za-z0-9-]+)/i.exec(tag)?.[1]?.toLowerCase() ?? 'unknown';
}

/** Every HTML page of the site (outside Pagefind's own bundle), relative paths with `/`. */
function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith(`${BUNDLE_DIR}/`))
    .sort();
}

/**
 * The pages Pagefind would index, grouped by the language their `<html lang>` declares (paths
 * relative to the site folder, with `/`: Pagefind derives the URL from them), and how many pages it
 * would drop anyway.
 */
export function indexablePages(site: string): { byLanguage: Map<string, string[]>; skipped: number } {
  const byLanguage = new Map<string, string[]>();
  let skipped = 0;
  for (const path of htmlFiles(site)) {
    // Bytes, not a decoded string: at national scale this reads gigabytes of list pages, and
    // buffers stay off the JavaScript heap. A plain substring test is enough: a false positive
    // only sends Pagefind a page it then drops.
    const html = readFileSync(join(site, path));
    if (!html.includes(BODY_ATTRIBUTE)) {
      skipped += 1;
      continue;
    }
    const lang = htmlLang(html.subarray(0, HEAD_BYTES).toString('utf8'));
    const pages = byLanguage.get(lang) ?? [];
    pages.push(path);
    byLanguage.set(lang, pages);
  }
  return { byLanguage, skipped };
}

/** Runs `task` over `items` with at most `limit` running at a time; collects every error. */
async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<string[]>): Promise<string[]> {
  const errors: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      errors.push(...(await task(item)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return errors;
}

/** Indexes one language in a fresh Pagefind backend and returns the entry that run wrote. */
async function indexLanguage(site: string, lang: string, pages: readonly string[]): Promise<PagefindEntry> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: hakemiston luonti epäonnistui (${lang}): ${createErrors.join('; ')}`);
    const errors = await inPool(pages, CONCURRENCY, async (path) => {
      const added = await index.addHTMLFile({ sourcePath: path, content: readFileSync(join(site, path), 'utf8') });
      return added.errors.map((error) => `${path}: ${error}`);
    });
    if (errors.length > 0) throw new Error(`Pagefind: sivujen indeksointi epäonnistui (${lang}):\n${errors.join('\n')}`);
    const written = await index.writeFiles({ outputPath: join(site, BUNDLE_DIR) });
    if (written.errors.length > 0) throw new Error(`Pagefind: hakemiston kirjoitus epäonnistui (${lang}): ${written.errors.join('; ')}`);
    return JSON.parse(readFileSync(join(site, BUNDLE_DIR, ENTRY_FILE), 'utf8')) as PagefindEntry;
  } finally {
    // Ends the backend process, which frees its memory before the next language starts.
    await pagefind.close();
  }
}

/** Builds `<site>/pagefind/` from the built pages; throws with every problem in Finnish. */
export async function indexSite(site: string): Promise<SiteIndexResult> {
  const { byLanguage, skipped } = indexablePages(site);
  if (byLanguage.size === 0)
    throw new Error(`Pagefind: yhtään sivua ei indeksoitu kansiosta ${site} (puuttuuko data-pagefind-body, tai onko sivusto rakennettu?).`);
  rmSync(join(site, BUNDLE_DIR), { recursive: true, force: true });

  const pagesByLanguage: Record<string, number> = {};
  let merged: PagefindEntry | undefined;
  for (const [lang, pages] of byLanguage) {
    const entry = await indexLanguage(site, lang, pages);
    for (const [key, language] of Object.entries(entry.languages)) {
      if (merged?.languages[key]) throw new Error(`Pagefind: kieli ${key} indeksoitiin kahdesti (tarkista sivujen <html lang> -arvot).`);
      pagesByLanguage[key] = language.page_count;
    }
    merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
  }
  writeFileSync(join(site, BUNDLE_DIR, ENTRY_FILE), JSON.stringify(merged));
  return { pagesByLanguage, skipped };
}
