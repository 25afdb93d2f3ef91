// npm run bench:search: how well Finnish search finds the right service. Builds the same content
// twice — with the search enrichment and plain (TT_SEARCH_ENRICHMENT=off) — serves each build,
// runs the query set of tests/search/queries.yaml through the site's own Pagefind JS API in headless
// Chromium, and prints recall@1, recall@5, MRR@10 and the misses side by side, with milliseconds to
// first results and kilobytes fetched per query. Builds go to .bench/search/ (git-ignored).
//
//   npm run bench:search                     build both variants and measure
//   npm run bench:search -- --no-build       measure the builds already in .bench/search/
//   npm run bench:search -- --json out.json  also write the figures as JSON
//   TT_CONTENT_DIR=… npm run bench:search    another region's content
//   npm run bench:search -- --scale 10000    also the cost part at national size: the region's
//                                            areas, providers and pages with 10,000 synthetic
//                                            services (cli/bench/synthetic.ts), built once
//                                            (enriched) into .bench/search/scale-10000/; KB fetched
//                                            and ms to first results, cold and warm, for the
//                                            queries of SCALE_QUERIES (recall needs real content)
//   npm run bench:search -- --scale 10000 --only-scale   the national-size part alone
//   (--no-build reuses a national-size build that is already there.)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { SEARCH_RANKING } from '../src/lib/search/ranking.ts';
import { writeSyntheticContent } from './bench/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const VARIANTS = ['plain', 'enriched'] as const;
type Variant = (typeof VARIANTS)[number];

/** Languages with their own Pagefind index; a query runs against the index of its language. */
const LANGS = ['fi', 'sv', 'en'] as const;
type Lang = (typeof LANGS)[number];

interface Query {
  q: string;
  expect: string[];
  kind: string;
  lang: Lang;
}

interface QueryResult extends Query {
  /** 1-based rank of the first expected service in the top 10, or undefined. */
  rank: number | undefined;
  top: string[];
  msFirst: number;
  kbWarm: number;
  msCold: number;
  kbCold: number;
}

interface Figures {
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  medianMsWarm: number;
  medianMsCold: number;
  meanKbWarm: number;
  meanKbCold: number;
  indexKb: number;
  results: QueryResult[];
}

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    queries: { type: 'string', default: join(ROOT, 'tests', 'search', 'queries.yaml') },
    'out-dir': { type: 'string', default: join(ROOT, '.bench', 'search') },
    json: { type: 'string' },
    scale: { type: 'string' },
    'only-scale': { type: 'boolean', default: false },
  },
});

/**
 * Queries of the national-size cost part. The synthetic services are written from a fixed domain
 * vocabulary (cli/bench/synthetic.ts), so these find many pages: single topic words, inflected
 * and colloquial forms the enrichment adds, a topic with a place, a prefix, a word that matches
 * nothing and a sentence that matches nothing (what the search page retries with its informative
 * words, "rahat ruokaan", also here), and one Swedish and one English query.
 */
const SCALE_QUERIES: { q: string; lang: Lang }[] = [
  { q: 'velkaneuvonta', lang: 'fi' },
  { q: 'kuntoutus', lang: 'fi' },
  { q: 'työkokeilu', lang: 'fi' },
  { q: 'mielenterveys', lang: 'fi' },
  { q: 'velkojen', lang: 'fi' },
  { q: 'työkkäri', lang: 'fi' },
  { q: 'kuntoutus lappeenranta', lang: 'fi' },
  { q: 'maksuton vertaistuki', lang: 'fi' },
  { q: 'tyo', lang: 'fi' },
  { q: 'kvanttifysiikka', lang: 'fi' },
  { q: 'rahat eivät riitä ruokaan', lang: 'fi' },
  { q: 'rahat ruokaan', lang: 'fi' },
  { q: 'skuldrådgivning', lang: 'sv' },
  { q: 'debt advice', lang: 'en' },
];

function loadQueries(path: string): Query[] {
  const data = parse(readFileSync(path, 'utf8')) as { queries?: unknown };
  if (!Array.isArray(data.queries)) throw new Error(`${path}: "queries" list missing`);
  return data.queries.map((entry: unknown, index) => {
    const item = entry as Partial<Query> & { lang?: unknown };
    if (typeof item.q !== 'string' || !Array.isArray(item.expect) || item.expect.length === 0) {
      throw new Error(`${path}: query ${index + 1} needs q and a non-empty expect list`);
    }
    const lang = (LANGS as readonly unknown[]).includes(item.lang) ? (item.lang as Lang) : 'fi';
    return { q: item.q, expect: item.expect.map(String), kind: typeof item.kind === 'string' ? item.kind : 'muu', lang };
  });
}

function build(variant: Variant, outDir: string, contentDir?: string): Promise<void> {
  const env = {
    ...process.env,
    TT_OUT_DIR: join(outDir, variant, 'dist'),
    TT_CACHE_DIR: join(outDir, variant, 'cache'),
    TT_SEARCH_ENRICHMENT: variant === 'enriched' ? 'on' : 'off',
    ...(contentDir ? { TT_CONTENT_DIR: contentDir } : {}),
  };
  // A cold build: a content cache from an older checkout can point at files that are gone.
  rmSync(env.TT_CACHE_DIR, { recursive: true, force: true });
  process.stdout.write(`Building ${variant} (TT_SEARCH_ENRICHMENT=${env.TT_SEARCH_ENRICHMENT}) … `);
  const started = Date.now();
  // The two steps of `npm run build`: the site, then its search index.
  const step = (args: string[]) =>
    new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} (${variant}) failed with ${code}\n${stderr}`))));
    });
  return step([ASTRO, 'build', '--silent'])
    .then(() => step([join(ROOT, 'cli', 'index-search.ts'), env.TT_OUT_DIR]))
    .then(() => console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/** A static server like a production host (text gzip-compressed) that counts the bytes it sends. */
function serve(dir: string): Promise<{ server: Server; origin: string; bytes: () => number; reset: () => void }> {
  let sent = 0;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const bench = /^\/__bench__\/(?:(sv|en)\/)?$/.exec(path);
    if (bench) {
      // A bare page in the query's language (Pagefind picks the index from <html lang>), without
      // the site's own scripts.
      const body = `<!doctype html><html lang="${bench[1] ?? 'fi'}"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>`;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    let body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
    if (/^(text|application\/json)/.test(type)) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    sent += body.length;
    response.writeHead(200, headers).end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${port}`, bytes: () => sent, reset: () => (sent = 0) });
    }),
  );
}

/** Runs one query in the page: ms until the first result's data, then the top-10 URLs. */
async function runQuery(page: Page, query: string): Promise<{ msFirst: number; urls: string[]; count: number }> {
  return page.evaluate(async (q) => {
    type Result = { data: () => Promise<{ url: string }> };
    const pagefind = (window as unknown as { __pagefind: { search: (term: string) => Promise<{ results: Result[] }> } }).__pagefind;
    const started = performance.now();
    const search = await pagefind.search(q);
    if (search.results[0]) await search.results[0].data();
    const msFirst = performance.now() - started;
    // The UI shows about five results at first; the rest load as they scroll into view.
    const top = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
    const rest = await Promise.all(search.results.slice(5, 10).map((result) => result.data()));
    return { msFirst, urls: [...top, ...rest].map((data) => data.url), count: search.results.length };
  }, query);
}

const benchPath = (lang: Lang) => (lang === 'fi' ? '/__bench__/' : `/__bench__/${lang}/`);

async function openPagefind(browser: Browser, origin: string, lang: Lang): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}${benchPath(lang)}`);
  // The search page's own ranking (src/lib/search/ranking.ts), so the figures are what people get.
  await page.evaluate(async (ranking) => {
    const pagefind = (await import('/pagefind/pagefind.js' as string)) as { init: () => Promise<void>; options: (options: object) => Promise<void> };
    await pagefind.options({ ranking });
    await pagefind.init();
    (window as unknown as { __pagefind: unknown }).__pagefind = pagefind;
  }, SEARCH_RANKING);
  return page;
}

const serviceId = (url: string) => /\/palvelu\/([^/]+)\/?$/.exec(url)?.[1] ?? url;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

function folderKb(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderKb(path) * 1024 : statSync(path).size;
  }
  return total / 1024;
}

/** What one query cost: the warm top ten and timings, then a cold first visit. */
interface QueryCost {
  top: string[];
  /** How many pages matched. */
  results: number;
  msFirst: number;
  kbWarm: number;
  msCold: number;
  kbCold: number;
}

/** Runs each query warm (bundle loaded, one page per language) and cold (fresh context). */
async function timeQueries(browser: Browser, dist: string, queries: readonly { q: string; lang: Lang }[]): Promise<QueryCost[]> {
  const site = await serve(dist);
  const costs: QueryCost[] = [];
  try {
    const pages = new Map<Lang, Page>();
    for (const query of queries) {
      const page = pages.get(query.lang) ?? (await openPagefind(browser, site.origin, query.lang));
      pages.set(query.lang, page);
      // Warm: the bundle is loaded, as after the first search on the page.
      site.reset();
      const warm = await runQuery(page, query.q);
      const kbWarm = site.bytes() / 1024;
      // Cold: a first visit with nothing cached, bundle and all.
      const context = await browser.newContext();
      const coldPage = await context.newPage();
      site.reset();
      await coldPage.goto(`${site.origin}${benchPath(query.lang)}`);
      const cold = await coldPage.evaluate(
        async ({ q, ranking }) => {
          const started = performance.now();
          const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
            options: (options: object) => Promise<void>;
            search: (t: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
          };
          await pagefind.options({ ranking });
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
          return performance.now() - started;
        },
        { q: query.q, ranking: SEARCH_RANKING },
      );
      const kbCold = site.bytes() / 1024;
      await context.close();
      costs.push({ top: warm.urls.map(serviceId), msFirst: warm.msFirst, kbWarm, msCold: cold, kbCold, results: warm.count });
    }
    for (const page of pages.values()) await page.close();
  } finally {
    site.server.close();
  }
  return costs;
}

async function measure(browser: Browser, variant: Variant, dist: string, queries: Query[]): Promise<Figures> {
  const known = new Set(existsSync(join(dist, 'palvelu')) ? readdirSync(join(dist, 'palvelu')) : []);
  const unknown = [...new Set(queries.flatMap((query) => query.expect))].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`The query set expects services that the ${variant} build does not have: ${unknown.join(', ')}`);

  const costs = await timeQueries(browser, dist, queries);
  const results: QueryResult[] = queries.map((query, index) => {
    const { top, msFirst, kbWarm, msCold, kbCold } = costs[index] as QueryCost;
    const rank = top.findIndex((id) => query.expect.includes(id));
    return { ...query, rank: rank === -1 ? undefined : rank + 1, top, msFirst, kbWarm, msCold, kbCold };
  });
  const hit = (limit: number) => results.filter((result) => result.rank !== undefined && result.rank <= limit).length / results.length;
  return {
    recallAt1: hit(1),
    recallAt5: hit(5),
    mrr: mean(results.map((result) => (result.rank ? 1 / result.rank : 0))),
    medianMsWarm: median(results.map((result) => result.msFirst)),
    medianMsCold: median(results.map((result) => result.msCold)),
    meanKbWarm: mean(results.map((result) => result.kbWarm)),
    meanKbCold: mean(results.map((result) => result.kbCold)),
    indexKb: folderKb(join(dist, 'pagefind')),
    results,
  };
}

interface ScaleFigures {
  services: number;
  pages: number;
  indexKb: number;
  load: { before: number[]; after: number[] };
  queries: ({ q: string; lang: Lang } & Omit<QueryCost, 'top'>)[];
}

/** The national-size cost part: synthetic content of `services` services, built once, enriched. */
async function measureScale(browser: Browser, services: number, outDir: string): Promise<ScaleFigures> {
  const scaleDir = join(outDir, `scale-${services}`);
  const dist = join(scaleDir, 'enriched', 'dist');
  if (!args['no-build'] || !existsSync(join(dist, 'pagefind'))) {
    const content = join(scaleDir, 'content');
    const source = resolve(process.env['TT_CONTENT_DIR'] ?? join(ROOT, 'content'));
    process.stdout.write(`Writing ${services.toLocaleString('en')} synthetic services to ${content} … `);
    writeSyntheticContent({ source, target: content, count: services });
    console.log('done');
    await build('enriched', scaleDir, content);
  }
  const load = { before: loadavg(), after: [] as number[] };
  const costs = await timeQueries(browser, dist, SCALE_QUERIES);
  load.after = loadavg();
  const pages = readdirSync(join(dist, 'palvelu')).length;
  return {
    services: pages,
    pages: readdirSync(dist, { recursive: true }).filter((path) => String(path).endsWith('.html')).length,
    indexKb: folderKb(join(dist, 'pagefind')),
    load,
    queries: SCALE_QUERIES.map((query, index) => {
      const { msFirst, kbWarm, msCold, kbCold, results } = costs[index] as QueryCost;
      return { ...query, results, msFirst, kbWarm, msCold, kbCold };
    }),
  };
}

function printScale(figures: ScaleFigures): void {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  console.log(
    `\nNational size: ${figures.services.toLocaleString('en')} services, ${figures.pages.toLocaleString('en')} HTML pages, Pagefind index ${(figures.indexKb / 1024).toFixed(1)} MB on disk; load average ${load(figures.load.before)} → ${load(figures.load.after)}\n`,
  );
  const row = (cells: string[]) => console.log(`| ${cells.map((cell, index) => (index === 0 ? cell.padEnd(28) : cell.padStart(9))).join(' | ')} |`);
  row(['query', 'results', 'warm ms', 'warm KB', 'cold ms', 'cold KB']);
  console.log(`|${'-'.repeat(30)}|${'|'.padStart(12, '-').repeat(5)}`);
  for (const query of figures.queries) {
    row([`${query.q} (${query.lang})`, String(query.results), query.msFirst.toFixed(1), query.kbWarm.toFixed(1), query.msCold.toFixed(0), query.kbCold.toFixed(1)]);
  }
  const found = figures.queries.filter((query) => query.results > 0);
  row(['median, queries with results', String(found.length), median(found.map((q) => q.msFirst)).toFixed(1), median(found.map((q) => q.kbWarm)).toFixed(1), median(found.map((q) => q.msCold)).toFixed(0), median(found.map((q) => q.kbCold)).toFixed(1)]);
}

function printReport(figures: Record<Variant, Figures>, queries: Query[]): void {
  const { plain, enriched } = figures;
  const row = (label: string, a: string, b: string) => console.log(`| ${label.padEnd(34)} | ${a.padStart(9)} | ${b.padStart(9)} |`);
  const pct = (value: number) => value.toFixed(3);
  console.log(`\n${queries.length} queries; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${cpus()[0]?.model ?? 'unknown CPU'}\n`);
  row('', 'plain', 'enriched');
  console.log(`|${'-'.repeat(36)}|${'-'.repeat(11)}|${'-'.repeat(11)}|`);
  row('recall@1', pct(plain.recallAt1), pct(enriched.recallAt1));
  row('recall@5', pct(plain.recallAt5), pct(enriched.recallAt5));
  row('MRR@10', pct(plain.mrr), pct(enriched.mrr));
  row('ms to first result, warm (median)', plain.medianMsWarm.toFixed(1), enriched.medianMsWarm.toFixed(1));
  row('ms to first results, cold (median)', plain.medianMsCold.toFixed(0), enriched.medianMsCold.toFixed(0));
  row('KB fetched per query, warm (mean)', plain.meanKbWarm.toFixed(1), enriched.meanKbWarm.toFixed(1));
  row('KB fetched per query, cold (mean)', plain.meanKbCold.toFixed(1), enriched.meanKbCold.toFixed(1));
  row('Pagefind index on disk, KB', plain.indexKb.toFixed(0), enriched.indexKb.toFixed(0));

  const kinds = [...new Set(queries.map((query) => query.kind))];
  console.log('\nrecall@5 by kind of query:');
  for (const kind of kinds) {
    const of = (variant: Figures) => {
      const items = variant.results.filter((result) => result.kind === kind);
      return `${items.filter((result) => result.rank !== undefined && result.rank <= 5).length}/${items.length}`;
    };
    console.log(`  ${kind.padEnd(16)} plain ${of(plain).padStart(6)}   enriched ${of(enriched).padStart(6)}`);
  }
  for (const variant of VARIANTS) {
    const misses = figures[variant].results.filter((result) => result.rank === undefined || result.rank > 5);
    console.log(`\nMisses at 5, ${variant} (${misses.length}):`);
    for (const miss of misses) {
      console.log(`  "${miss.q}" [${miss.kind}] expected ${miss.expect.join(' | ')}; got ${miss.top.slice(0, 5).join(', ') || '(no results)'}`);
    }
  }
}

async function main(): Promise<void> {
  const queries = loadQueries(args.queries);
  const outDir = resolve(args['out-dir']);
  const scale = args.scale === undefined ? undefined : Number(args.scale);
  if (scale !== undefined && !(Number.isInteger(scale) && scale > 0)) throw new Error(`--scale needs a number of services, got "${args.scale}"`);
  if (args['only-scale'] && scale === undefined) throw new Error('--only-scale needs --scale <services>');
  const recall = !args['only-scale'];
  if (recall && !args['no-build']) for (const variant of VARIANTS) await build(variant, outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const figures = {} as Record<Variant, Figures>;
    if (recall) {
      for (const variant of VARIANTS) figures[variant] = await measure(browser, variant, join(outDir, variant, 'dist'), queries);
      printReport(figures, queries);
    }
    const national = scale === undefined ? undefined : await measureScale(browser, scale, outDir);
    if (national) printScale(national);
    if (args.json) writeFileSync(args.json, `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, figures, national }, null, 2)}\n`);
  } finally {
    await browser.close();
  }
}

await main();
