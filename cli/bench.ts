// npm run bench: builds the site with 1,000 / 5,000 / 10,000 synthetic services and a bare Astro
// baseline with the same service files, and prints seconds, pages per second and peak memory for the Astro
// build and for Pagefind separately. Everything it writes stays in .bench/ (git-ignored).
//
//   npm run bench                      all three sizes, in sequence (takes a while)
//   npm run bench -- --sizes 1000      one quick size
//   npm run bench -- --keep            keep the built sites in .bench/ for inspection
//   npm run bench -- --no-baseline     only our site
//   npm run bench -- --format mdx      services as .mdx instead of .md (to compare the cost of MDX)
//   npm run bench -- --whole           also time `npm run build` as a whole (astro build, then the
//                                      search index), whose peak memory is what a build machine must hold
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BASELINE_SERVICES_ENV, writeBaselineProject } from './bench/baseline.ts';
import { writeSyntheticContent } from './bench/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const TIME = '/usr/bin/time';

interface Measurement {
  seconds: number;
  /** Peak resident set size of the largest single process, in MiB (/usr/bin/time -v). */
  peakRssMiB: number;
  /** Peak of the summed RSS of the process tree, sampled from /proc, in MiB. */
  treePeakRssMiB: number;
  /** How the peak was measured. */
  rssSource: '/usr/bin/time -v' | '/proc sampling';
  /**
   * User + system CPU seconds of the command and its children (/usr/bin/time -v). Less sensitive
   * to other work on the machine than wall time, so per-page comparisons on a busy machine use it.
   */
  cpuSeconds?: number;
}

interface StepResult extends Measurement {
  pages: number;
  /** The heaviest HTML pages of the build, as gzip bytes (list pages grow with the service count). */
  largest?: { path: string; gzipBytes: number }[];
}

interface SizeResult {
  services: number;
  site: { astro: StepResult; pagefind: StepResult; /** `npm run build` as is: astro build, then the search index. */ whole?: StepResult };
  baseline?: { astro: StepResult; pagefind: StepResult };
  loadBefore: number;
  loadAfter: number;
}

// --- Measuring a child process -------------------------------------------------------------

/** Runs a command to completion and measures wall time and peak RSS; throws with its output on failure. */
async function measure(command: string, args: string[], env: Record<string, string>, label: string): Promise<Measurement> {
  const useTime = existsSync(TIME);
  const timeFile = join(BENCH, `time-${process.pid}.txt`);
  const [file, argv] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const sampler = sampleTreeRss(child.pid ?? 0);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const treeKiB = sampler.stop();
  if (code !== 0) {
    rmSync(timeFile, { force: true });
    throw new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`);
  }
  if (!useTime) return { seconds, peakRssMiB: treeKiB / 1024, treePeakRssMiB: treeKiB / 1024, rssSource: '/proc sampling' };
  const report = readFileSync(timeFile, 'utf8');
  rmSync(timeFile, { force: true });
  const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? Number.NaN);
  const cpu = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(report)?.[1] ?? Number.NaN);
  return {
    seconds,
    peakRssMiB: kib / 1024,
    treePeakRssMiB: treeKiB / 1024,
    rssSource: '/usr/bin/time -v',
    cpuSeconds: cpu('User') + cpu('System'),
  };
}

/**
 * Samples, every 100 ms, the summed RSS of the whole process tree (Astro's node process plus
 * esbuild, Pagefind's Rust backend …): what must fit in the machine's memory at once. Also the
 * fallback when /usr/bin/time is missing. Short spikes between samples can be missed.
 */
function sampleTreeRss(rootPid: number): { stop(): number } {
  let peak = 0;
  const tick = () => {
    let sum = 0;
    for (const pid of processTree(rootPid)) {
      try {
        sum += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        // The process ended between listing and reading.
      }
    }
    peak = Math.max(peak, sum);
  };
  const timer = setInterval(tick, 100);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

function processTree(rootPid: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // Gone already.
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i += 1) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

// --- The steps ---------------------------------------------------------------------------------

/** The `count` largest HTML pages by size on disk, with their gzip size. */
function largestPages(dir: string, count = 3): { path: string; gzipBytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ file, size: statSync(file).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map(({ file }) => ({ path: `/${relative(dir, file).replace(/index\.html$/, '')}`, gzipBytes: gzipSync(readFileSync(file)).length }));
}

function countPages(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes(`${dir}/pagefind`)) count += 1;
  }
  return count;
}

async function astroBuild(label: string, args: string[], env: Record<string, string>, outDir: string): Promise<StepResult> {
  rmSync(outDir, { recursive: true, force: true });
  // A cold build each time: the content layer's cache would otherwise skip most of the work.
  if (env['TT_CACHE_DIR']) rmSync(env['TT_CACHE_DIR'], { recursive: true, force: true });
  const result = await measure(
    process.execPath,
    [ASTRO, 'build', ...args],
    { ...env, TT_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    label,
  );
  return { ...result, pages: countPages(outDir), largest: largestPages(outDir) };
}

/** Indexes our built site with exactly the step `npm run build` runs after `astro build`. */
async function pagefindStep(label: string, outDir: string): Promise<StepResult> {
  const result = await measure(process.execPath, [join(ROOT, 'cli', 'index-search.ts'), outDir], {}, label);
  assertIndexed(label, outDir);
  return { ...result, pages: countPages(outDir) };
}

/**
 * Indexes the baseline the way a bare project does: Pagefind over the whole output folder in one
 * run (`--pagefind-plain <dir>` runs it in a child process of its own so it can be measured).
 */
async function plainPagefindStep(label: string, outDir: string): Promise<StepResult> {
  const result = await measure(process.execPath, [join(ROOT, 'cli', 'bench.ts'), '--pagefind-plain', outDir], {}, label);
  assertIndexed(label, outDir);
  return { ...result, pages: countPages(outDir) };
}

function assertIndexed(label: string, outDir: string): void {
  const meta = readdirSync(join(outDir, 'pagefind')).find((name) => name.endsWith('.pf_meta'));
  if (!meta) throw new Error(`${label}: Pagefind wrote no index.`);
}

async function runPlainPagefind(outDir: string): Promise<void> {
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind: no index.');
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0 || added.page_count === 0) throw new Error(`Pagefind: ${added.errors.join('; ') || 'no pages'}`);
  await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  await pagefind.close();
}

// --- Reporting ------------------------------------------------------------------------------

const fmt = (value: number, digits = 1) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const rss = (step: Measurement) => `${fmt(step.peakRssMiB, 0)} / ${fmt(step.treePeakRssMiB, 0)}`;

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function report(results: SizeResult[]): string {
  const lines: string[] = [];
  for (const step of ['astro', 'pagefind'] as const) {
    lines.push('', step === 'astro' ? '### Astro build (without Pagefind)' : '### Pagefind indexing', '');
    lines.push(
      row([
        'services',
        'pages',
        'seconds',
        'pages/s',
        'peak RSS MiB (process / tree)',
        'baseline pages',
        'baseline seconds',
        'baseline pages/s',
        'baseline RSS MiB (process / tree)',
        'time ratio',
        'RSS ratio (tree)',
      ]),
      row(Array(11).fill('---')),
    );
    for (const result of results) {
      const ours = result.site[step];
      const base = result.baseline?.[step];
      lines.push(
        row([
          result.services.toLocaleString('en-GB'),
          ours.pages.toLocaleString('en-GB'),
          fmt(ours.seconds),
          fmt(ours.pages / ours.seconds, 0),
          rss(ours),
          base ? base.pages.toLocaleString('en-GB') : '–',
          base ? fmt(base.seconds) : '–',
          base ? fmt(base.pages / base.seconds, 0) : '–',
          base ? rss(base) : '–',
          base ? `${fmt(ours.seconds / base.seconds, 2)}×` : '–',
          base ? `${fmt(ours.treePeakRssMiB / base.treePeakRssMiB, 2)}×` : '–',
        ]),
      );
    }
  }
  lines.push(
    '',
    "Time per page, `astro build` (the figure issue 18 compares: our pages are many kinds, the baseline's are service pages only):",
    '',
    row([
      'services',
      'our ms/page (wall)',
      'baseline ms/page (wall)',
      'ratio (wall)',
      'our CPU ms/page',
      'baseline CPU ms/page',
      'ratio (CPU)',
    ]),
    row(Array(7).fill('---')),
  );
  for (const result of results) {
    const ours = result.site.astro;
    const base = result.baseline?.astro;
    const perPage = (seconds: number | undefined, pages: number) => (seconds === undefined ? Number.NaN : (seconds * 1000) / pages);
    const cells = [
      perPage(ours.seconds, ours.pages),
      base ? perPage(base.seconds, base.pages) : Number.NaN,
      perPage(ours.cpuSeconds, ours.pages),
      base ? perPage(base.cpuSeconds, base.pages) : Number.NaN,
    ];
    const [wall, baseWall, cpu, baseCpu] = cells.map((value) => value ?? Number.NaN) as [number, number, number, number];
    const shown = (value: number, digits = 2) => (Number.isFinite(value) ? fmt(value, digits) : '–');
    lines.push(
      row([
        result.services.toLocaleString('en-GB'),
        shown(wall),
        shown(baseWall),
        Number.isFinite(wall / baseWall) ? `${fmt(wall / baseWall, 2)}×` : '–',
        shown(cpu),
        shown(baseCpu),
        Number.isFinite(cpu / baseCpu) ? `${fmt(cpu / baseCpu, 2)}×` : '–',
      ]),
    );
  }
  const whole = results.filter((result) => result.site.whole);
  if (whole.length > 0) {
    lines.push('', 'The real build (`npm run build`: `astro build`, then the search index in a process of its own):', '');
    for (const result of whole) {
      const step = result.site.whole as StepResult;
      lines.push(`- ${result.services.toLocaleString('en-GB')}: ${fmt(step.seconds)} s, peak RSS ${rss(step)} MiB (process / tree)`);
    }
  }
  lines.push('', 'Heaviest pages of our site (gzip):', '');
  for (const result of results) {
    lines.push(
      `- ${result.services.toLocaleString('en-GB')}: ${(result.site.astro.largest ?? []).map((page) => `${page.path} ${fmt(page.gzipBytes / 1000, 0)} KB`).join(', ')}`,
    );
  }
  lines.push('', 'Seconds per 1,000 services (flat = linear growth):', '');
  for (const result of results) {
    const total = result.site.astro.seconds + result.site.pagefind.seconds;
    lines.push(
      `- ${result.services.toLocaleString('en-GB')}: build ${fmt((result.site.astro.seconds * 1000) / result.services, 2)} s, Pagefind ${fmt((result.site.pagefind.seconds * 1000) / result.services, 2)} s, together ${fmt((total * 1000) / result.services, 2)} s; load average ${fmt(result.loadBefore, 2)} → ${fmt(result.loadAfter, 2)}`,
    );
  }
  return lines.join('\n');
}

function machine(): Record<string, string> {
  const versionOf = (name: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    memory: `${fmt(totalmem() / 1024 ** 3, 1)} GiB`,
    kernel: release(),
    node: process.version,
    astro: versionOf('astro'),
    pagefind: versionOf('pagefind'),
  };
}

// --- Main -----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000' },
      keep: { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      format: { type: 'string', default: 'md' },
      whole: { type: 'boolean', default: false },
      'pagefind-plain': { type: 'string' },
    },
  });
  if (values['pagefind-plain']) return runPlainPagefind(values['pagefind-plain']);

  if (values.format !== 'md' && values.format !== 'mdx') throw new Error(`--format is md or mdx (got ${values.format}).`);
  const extension = values.format;
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error(`--sizes takes whole numbers, e.g. --sizes 1000,5000 (got ${values.sizes}).`);
  mkdirSync(BENCH, { recursive: true });
  const baselineRoot = join(BENCH, 'baseline');
  if (!values['no-baseline']) writeBaselineProject(baselineRoot);
  const info = machine();
  const startLoad = loadavg();
  console.error(
    `Machine: ${Object.entries(info)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')}`,
  );
  if (!existsSync(TIME)) console.error(`${TIME} is missing (apt-get install -y time); sampling /proc for peak memory instead.`);

  const results: SizeResult[] = [];
  for (const size of sizes) {
    const loadBefore = loadavg()[0] ?? 0;
    const content = join(BENCH, `content-${size}`);
    console.error(`\n[${size}] generating ${size} services in ${content}`);
    writeSyntheticContent({ source: join(ROOT, 'content'), target: content, count: size, extension });

    const dist = join(BENCH, `dist-${size}`);
    console.error(`[${size}] astro build (site)`);
    const astro = await astroBuild(
      `astro build (${size})`,
      [],
      { TT_CONTENT_DIR: content, TT_CACHE_DIR: join(BENCH, `cache-${size}`) },
      dist,
    );
    console.error(`[${size}]   ${fmt(astro.seconds)} s, ${astro.pages} pages, ${fmt(astro.peakRssMiB, 0)} MiB`);
    console.error(`[${size}] pagefind (site)`);
    const pagefind = await pagefindStep(`pagefind (${size})`, dist);
    console.error(`[${size}]   ${fmt(pagefind.seconds)} s, ${fmt(pagefind.treePeakRssMiB, 0)} MiB (tree)`);

    const result: SizeResult = { services: size, site: { astro, pagefind }, loadBefore, loadAfter: 0 };
    if (values.whole) {
      const wholeDist = join(BENCH, `dist-${size}-whole`);
      console.error(`[${size}] npm run build (astro build, then the search index)`);
      rmSync(join(BENCH, `cache-${size}-whole`), { recursive: true, force: true });
      const env = {
        TT_CONTENT_DIR: content,
        TT_CACHE_DIR: join(BENCH, `cache-${size}-whole`),
        TT_OUT_DIR: wholeDist,
        ASTRO_TELEMETRY_DISABLED: '1',
      };
      result.site.whole = {
        ...(await measure('npm', ['run', '--silent', 'build'], env, `npm run build (${size})`)),
        pages: countPages(wholeDist),
      };
      console.error(`[${size}]   ${fmt(result.site.whole.seconds)} s, ${fmt(result.site.whole.treePeakRssMiB, 0)} MiB (tree)`);
      rmSync(wholeDist, { recursive: true, force: true });
      rmSync(join(BENCH, `cache-${size}-whole`), { recursive: true, force: true });
    }
    if (!values['no-baseline']) {
      const baseDist = join(BENCH, `baseline-dist-${size}`);
      console.error(`[${size}] astro build (baseline)`);
      const baseAstro = await astroBuild(
        `baseline astro build (${size})`,
        ['--root', baselineRoot],
        { [BASELINE_SERVICES_ENV]: join(content, 'services'), TT_CACHE_DIR: join(BENCH, `baseline-cache-${size}`) },
        baseDist,
      );
      console.error(`[${size}]   ${fmt(baseAstro.seconds)} s, ${baseAstro.pages} pages, ${fmt(baseAstro.peakRssMiB, 0)} MiB`);
      console.error(`[${size}] pagefind (baseline)`);
      const basePagefind = await plainPagefindStep(`baseline pagefind (${size})`, baseDist);
      console.error(`[${size}]   ${fmt(basePagefind.seconds)} s, ${fmt(basePagefind.treePeakRssMiB, 0)} MiB (tree)`);
      result.baseline = { astro: baseAstro, pagefind: basePagefind };
      if (!values.keep) rmSync(baseDist, { recursive: true, force: true });
    }
    result.loadAfter = loadavg()[0] ?? 0;
    results.push(result);
    if (!values.keep) {
      for (const path of [dist, content, join(BENCH, `cache-${size}`), join(BENCH, `baseline-cache-${size}`)])
        rmSync(path, { recursive: true, force: true });
    }
    writeFileSync(
      join(BENCH, 'results.json'),
      `${JSON.stringify({ machine: info, date: new Date().toISOString(), format: extension, results }, null, 2)}\n`,
    );
  }

  console.log(
    `\nMachine: ${Object.entries(info)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')}`,
  );
  console.log(
    `Services written as .${extension}; load average (1 / 5 / 15 min) at the start ${startLoad.map((value) => fmt(value, 2)).join(' / ')} (other builds on the machine slow every figure).`,
  );
  console.log(
    `Peak memory: largest single process (${results[0]?.site.astro.rssSource ?? ''}) / whole process tree (sampled from /proc every 100 ms).`,
  );
  console.log(report(results));
  console.log(`\nRaw figures: ${join(BENCH, 'results.json')}`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
