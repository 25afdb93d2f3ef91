// npm run audit: Lighthouse (mobile emulation, Debian's Chromium) on the home page, an area, a
// service, the professionals' finder and search, against the already built site. Prints the four
// category scores and the page weight per page; exits 1 when a score is below its floor.
// It builds nothing: run `npm run build` first (or point --dist at another build).
//
//   npm run audit
//   npm run audit -- --dist /tmp/my-dist --runs 3     median of three runs per page
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { formatKb, measurePage } from './budgets/page-weight.ts';
import { serveStatic } from './serve/static-server.ts';

/** The floors of README "Budgets and benchmarks" (issue 9; scores 0–100). */
export const FLOORS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof FLOORS;
const CATEGORIES = Object.keys(FLOORS) as Category[];

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these, Chromium keeps trying to reach Google's services through a closed network.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--mute-audio',
];

/** The first sub-folder of dist/<section>/ that holds a page, for "an area" and "a service". */
function firstPage(dist: string, section: string, preferred: string): string {
  if (existsSync(join(dist, section, preferred, 'index.html'))) return `/${section}/${preferred}/`;
  const found = readdirSync(join(dist, section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, section, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  if (!found) throw new Error(`No page under ${dist}/${section}/: is the build complete?`);
  return `/${section}/${found}/`;
}

/** The first few findings of a failed audit, so a failure says what to fix. */
function describe(audit: { displayValue?: string | undefined; details?: unknown }): string {
  const items = ((audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 3);
  const text = items.map((item) => {
    const value = item['description'] ?? item['issueType'] ?? item['source'] ?? item['url'] ?? item['node'] ?? item;
    const subItems = (item['subItems'] as { items?: unknown[] } | undefined)?.items?.slice(0, 2);
    return JSON.stringify(subItems ? { value, subItems } : value).slice(0, 300);
  });
  return `${audit.displayValue ? ` ${audit.displayValue}` : ''}${text.length > 0 ? `: ${text.join('; ')}` : ''}`;
}

/** One Lighthouse run; a failed trace (NO_NAVSTART and the like, seen on a busy machine) is retried twice. */
async function audit(url: string, port: number, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const error = result ? result.lhr.runtimeError : { code: 'NO_RESULT', message: 'Lighthouse returned nothing.' };
    if (result && !error) return result.lhr;
    if (attempt >= attempts) throw new Error(`Lighthouse could not audit ${url}: ${error?.message ?? ''} (${error?.code ?? ''})`);
    console.error(`Retrying ${url} after ${error?.code ?? 'an error'}.`);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env['TT_OUT_DIR'] ?? 'dist' },
      runs: { type: 'string', default: '1' },
      chrome: { type: 'string', default: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
    },
  });
  const dist = resolve(values.dist);
  const runs = Math.max(1, Number(values.runs) || 1);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run npm run build first (or pass --dist).`);
  if (!existsSync(values.chrome)) throw new Error(`Chromium is missing at ${values.chrome}: install it (as root: apt-get install -y chromium) or set CHROMIUM_PATH.`);

  const pages = {
    Koti: '/',
    Elämänalue: firstPage(dist, 'palvelut', 'mieli'),
    Palvelu: firstPage(dist, 'palvelu', 'omaolo'),
    Ammattilaisille: '/ammattilaisille/',
    Haku: '/haku/',
  };

  const server = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({ chromePath: values.chrome, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const failures: string[] = [];
  const rows: string[] = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      const scores: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
      const failedAudits = new Map<Category, Set<string>>(CATEGORIES.map((category) => [category, new Set<string>()]));
      for (let run = 0; run < runs; run += 1) {
        const lhr = await audit(`${server.origin}${path}`, chrome.port);
        for (const category of CATEGORIES) {
          scores[category].push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) failedAudits.get(category)?.add(`${category}: ${audit.id} (${audit.title})${describe(audit)}`);
          }
        }
      }
      const weight = measurePage(dist, join(dist, path, 'index.html'));
      const final = Object.fromEntries(CATEGORIES.map((category) => [category, median(scores[category])])) as Record<Category, number>;
      rows.push(
        `| ${name} | ${path} | ${CATEGORIES.map((category) => final[category]).join(' | ')} | ${formatKb(weight.htmlGzip + weight.cssGzip)} | ${formatKb(weight.jsGzip)} |`,
      );
      console.error(`${name} ${path}: ${CATEGORIES.map((category) => `${category} ${final[category]}`).join(', ')}`);
      for (const category of CATEGORIES) {
        if (final[category] >= FLOORS[category]) continue;
        failures.push(`${name} (${path}): ${category} ${final[category]} < ${FLOORS[category]}`);
        for (const audit of failedAudits.get(category) ?? []) failures.push(`  ${audit}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const version = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version;
  console.log(`\nLighthouse ${version}, mobile emulation (simulated throttling), ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page, ${values.chrome}.\n`);
  console.log('| page | path | performance | accessibility | best practices | SEO | HTML + CSS gzip | JS gzip |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  if (failures.length > 0) {
    console.log(`\nBelow the floors (performance ${FLOORS.performance}, others 100):\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery page meets the floors.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
