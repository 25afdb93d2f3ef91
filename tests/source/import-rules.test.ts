// The import rules of the code base, enforced: each folder says where its code runs, and may only
// import what runs there and sits below it. A rule broken here is a design decision to discuss,
// not a line to exempt.
//
//   schemas < i18n < lib < node < content (content.ts, content-types.ts) < route-data
//           < components < layouts < pages (and middleware)
//   browser: runs in the reader's browser, imports only pure code (lib, i18n, schemas); components,
//            layouts and pages load it from their <script> tags
//   build:   Astro integrations and post-build steps (Node), import node and pure code
//   cli/:    command-line tools (Node), import src/build, src/node and pure code, never pages
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The layer of a repository path, or undefined for files outside the rules (configs, tests). */
function layerOf(path: string): string | undefined {
  const p = relative(ROOT, path).split('\\').join('/');
  if (p.startsWith('cli/')) return 'cli';
  if (!p.startsWith('src/')) return undefined;
  const rest = p.slice(4);
  if (rest === 'content.ts' || rest === 'content-types.ts') return 'content';
  if (rest === 'content-model.ts' || rest === 'content-dir.ts') return 'model';
  if (rest === 'content.config.ts') return 'config';
  if (rest === 'middleware.ts' || rest === 'env.d.ts') return 'pages';
  return rest.split('/')[0];
}

/** What each layer may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  schemas: [],
  i18n: ['schemas'],
  lib: ['schemas', 'i18n', 'model'],
  model: ['schemas'],
  node: ['lib', 'schemas', 'i18n', 'model'],
  content: ['node', 'lib', 'schemas', 'i18n', 'model'],
  'route-data': ['content', 'lib', 'schemas', 'i18n', 'model'],
  browser: ['lib', 'i18n', 'schemas'],
  components: ['route-data', 'content', 'browser', 'lib', 'schemas', 'i18n', 'styles'],
  layouts: ['components', 'route-data', 'content', 'browser', 'lib', 'schemas', 'i18n', 'styles'],
  pages: ['layouts', 'components', 'route-data', 'content', 'browser', 'node', 'lib', 'schemas', 'i18n', 'model', 'styles'],
  build: ['node', 'lib', 'schemas', 'i18n', 'model'],
  config: ['model', 'schemas', 'build', 'node', 'lib'],
  cli: ['build', 'node', 'lib', 'schemas', 'i18n', 'model'],
};

/** Pure layers: no file system, no processes, no Astro at run time (type imports are erased). */
const PURE = new Set(['schemas', 'i18n', 'lib', 'model', 'route-data', 'browser']);
const IMPURE_MODULE = /^(node:)?(fs|fs\/promises|child_process)$|^astro:/;

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mts|astro)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /^\s*import\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?['"]([^'"]+)['"]|^\s*export\s+(type\s+)?(?:\*|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[5];
    if (!specifier) continue;
    const clause = match[2] ?? '';
    // `import { type A, type B } from` is as erased as `import type`.
    const allTyped = /^\{[^}]*\}$/.test(clause.trim()) && clause.replace(/[{}\s]/g, '').split(',').filter(Boolean).every((name) => name.startsWith('type'));
    found.push({ file, specifier, typeOnly: Boolean(match[1] ?? match[4]) || (clause !== '' && allTyped) });
  }
  return found;
}

const sourceFiles = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'cli'))];
const allImports = sourceFiles.flatMap(importsOf);
const where = (entry: Import) => `${relative(ROOT, entry.file)}: ${entry.specifier}`;

describe('import rules', () => {
  it('reads every source file (the rules are not vacuous)', () => {
    expect(sourceFiles.length).toBeGreaterThan(200);
    expect(allImports.length).toBeGreaterThan(1000);
    for (const layer of Object.keys(ALLOWED)) {
      expect(sourceFiles.some((file) => layerOf(file) === layer), `no file in layer ${layer}`).toBe(true);
    }
  });

  it('nothing imports upward or sideways out of its layer', () => {
    const broken = allImports.flatMap((entry) => {
      if (!entry.specifier.startsWith('.')) return [];
      const from = layerOf(entry.file);
      const to = layerOf(resolve(dirname(entry.file), entry.specifier));
      if (!from || !to || from === to) return [];
      return (ALLOWED[from] ?? []).includes(to) ? [] : [`${where(entry)} (${from} → ${to})`];
    });
    expect(broken).toEqual([]);
  });

  it('pure modules use no file system, no processes and no astro:* at run time', () => {
    const broken = allImports.filter((entry) => {
      const layer = layerOf(entry.file);
      return layer !== undefined && PURE.has(layer) && !entry.typeOnly && IMPURE_MODULE.test(entry.specifier);
    });
    expect(broken.map(where)).toEqual([]);
  });

  it('components and layouts query no content: their data comes as props or Astro.locals', () => {
    const broken = allImports.filter((entry) => {
      const layer = layerOf(entry.file);
      if (layer !== 'components' && layer !== 'layouts') return false;
      if (entry.specifier === 'astro:content') return true;
      return entry.specifier.startsWith('.') && relative(ROOT, resolve(dirname(entry.file), entry.specifier)) === join('src', 'content.ts');
    });
    expect(broken.map(where)).toEqual([]);
  });

  it('a broken rule is caught (the checker itself works)', () => {
    const from = join(ROOT, 'src', 'lib', 'x.ts');
    expect(layerOf(from)).toBe('lib');
    expect(layerOf(resolve(dirname(from), '../components/Y.astro'))).toBe('components');
    expect(ALLOWED.lib).not.toContain('components');
    expect(IMPURE_MODULE.test('node:fs')).toBe(true);
    expect(IMPURE_MODULE.test('astro:content')).toBe(true);
    expect(IMPURE_MODULE.test('node:path')).toBe(false);
  });
});
