// Clears Astro's content cache when it remembers content files that no longer exist.
//
// Why: Astro's glob loader keeps an entry whose id and text are unchanged, even when its file was
// renamed (palvelu.mdx → palvelu.md), and the build then fails on a module for the old file name
// ("failed to resolve import astro:content-layer-deferred-module … palvelu.mdx"). A clean clone never
// sees this; an editor's or developer's machine with an earlier build does. Dropping the cache makes
// the next sync read every file again.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA_STORE = 'data-store.json';
/** A stored file path of a content entry: no spaces, a content file extension. */
const CONTENT_FILE = /^[^\s"'<>]+\.(?:mdx?|ya?ml)$/;

/** Every string in a parsed JSON value (the data store is JSON written by devalue). */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}

/** Content files the data store refers to that are gone; [] when there is no readable store. */
export function missingContentFiles(dataStore: string, root: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(dataStore, 'utf8'));
  } catch {
    return [];
  }
  const missing = new Set<string>();
  for (const value of strings(parsed)) {
    if (!CONTENT_FILE.test(value) || !value.includes('/')) continue;
    const path = isAbsolute(value) ? value : resolve(root, value);
    if (!existsSync(path)) missing.add(value);
  }
  return [...missing];
}

export default function staleContentCache(): AstroIntegration {
  return {
    name: 'tyollisyystalo:stale-content-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const store = join(fileURLToPath(config.cacheDir), DATA_STORE);
        if (!existsSync(store)) return;
        const missing = missingContentFiles(store, fileURLToPath(config.root));
        if (missing.length === 0) return;
        rmSync(store, { force: true });
        logger.info(`Sisältövälimuisti tyhjennetty: se viittasi ${missing.length} tiedostoon, joita ei enää ole (esim. ${missing[0]}).`);
      },
    },
  };
}
