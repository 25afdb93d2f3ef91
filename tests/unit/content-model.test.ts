// The content model (src/content-model.ts) is the one list of collections: content.config.ts makes
// the Astro loaders from it, and the validator reads the same folders with the same patterns.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionFiles, CONTENT_MODEL, extensionGlob, namesGlob } from '../../src/content-model.ts';
import { loadContent } from '../../src/node/validation/load-content.ts';
import { BASE, contentCopy } from '../fixtures/broken/fixture.ts';

describe('the content model', () => {
  it('gives Astro the globs the validator reads', () => {
    expect(collectionFiles(CONTENT_MODEL.services)).toEqual({ folder: 'services', pattern: '*.{md,mdx}' });
    expect(collectionFiles(CONTENT_MODEL.serviceTranslations)).toEqual({ folder: 'services', pattern: '{sv,en}/*.{md,mdx}' });
    expect(collectionFiles(CONTENT_MODEL.pageTranslations)).toEqual({ folder: 'pages', pattern: '{sv,en}/*.{mdx,md}' });
    expect(collectionFiles(CONTENT_MODEL.faq)).toEqual({ folder: 'faq', pattern: '*.md' });
    expect(collectionFiles(CONTENT_MODEL.providers)).toEqual({ folder: 'providers', pattern: '*.{yaml,yml}' });
    expect(namesGlob(CONTENT_MODEL.synonyms.names)).toBe('synonyms.{yaml,yml}');
    expect(extensionGlob(['.md'])).toBe('*.md');
  });

  it('is what the validator loads: one entry list per folder collection, translations per master', () => {
    const { context, issues } = loadContent({ contentDir: BASE, rootDir: BASE, now: new Date('2026-12-01') });
    expect(issues).toEqual([]);
    const folders = Object.entries(CONTENT_MODEL)
      .filter(([, model]) => model.form === 'folder')
      .map(([name]) => name);
    expect(Object.keys(context.entries).sort()).toEqual(folders.sort());
    const translated = Object.entries(CONTENT_MODEL).flatMap(([, model]) => (model.form === 'translations' ? [model.master] : []));
    expect(Object.keys(context.translations).sort()).toEqual(translated.sort());
    expect(context.entries.services.map((service) => service.id)).toEqual(['kuntoutusraha', 'omaolo']);
    expect(context.translations.services.get('sv')?.map((entry) => entry.source.file)).toEqual(['services/sv/omaolo.mdx']);
    expect(context.fileInContent('pages/x.mdx')).toBe(join('pages', 'x.mdx'));
  });

  it('reports a missing required file (site.yaml) and accepts a missing optional one (synonyms.yaml)', () => {
    const copy = contentCopy();
    try {
      rmSync(join(copy.dir, 'site.yaml'));
      const { context, issues } = loadContent({ contentDir: copy.dir, rootDir: copy.dir, now: new Date('2026-12-01') });
      expect(issues).toEqual([
        {
          file: 'site.yaml',
          field: '(tiedosto)',
          severity: 'error',
          message: 'Sivuston asetukset puuttuvat. Luo tiedosto site.yaml sisältökansioon.',
        },
      ]);
      expect(context.site).toBeUndefined();
    } finally {
      copy.remove();
    }
  });
});
