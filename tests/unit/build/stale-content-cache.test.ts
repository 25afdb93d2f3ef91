// The content cache is dropped when it remembers content files that were renamed or removed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingContentFiles } from '../../../src/build/stale-content-cache.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(store: unknown): string {
  root = mkdtempSync(join(tmpdir(), 'tt-cache-'));
  mkdirSync(join(root, 'content', 'services'), { recursive: true });
  writeFileSync(join(root, 'content', 'services', 'omaolo.md'), '---\ntitle: Omaolo\n---\n');
  writeFileSync(join(root, 'data-store.json'), typeof store === 'string' ? store : JSON.stringify(store));
  return join(root, 'data-store.json');
}

describe('missingContentFiles', () => {
  it('names the stored file paths that no longer exist', () => {
    // The shape devalue writes: nested arrays and objects of strings and numbers.
    const store = project([['services', [{ filePath: 'content/services/omaolo.mdx' }, { filePath: 'content/services/omaolo.md' }]], 'Teksti, jossa on välilyönti.md']);
    expect(missingContentFiles(store, root)).toEqual(['content/services/omaolo.mdx']);
  });

  it('finds nothing to drop when every stored file exists', () => {
    const store = project({ a: 'content/services/omaolo.md', b: 42, c: 'https://www.omaolo.fi/' });
    expect(missingContentFiles(store, root)).toEqual([]);
  });

  it('leaves an unreadable store to Astro', () => {
    const store = project('{ not json');
    expect(missingContentFiles(store, root)).toEqual([]);
  });
});
