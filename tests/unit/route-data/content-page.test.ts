import { describe, expect, it } from 'vitest';
import type { ContentPage, PageTranslation } from '../../../src/content-types.ts';
import { contentPageRouteData } from '../../../src/route-data/content-page.ts';
import { openDataPageRouteData } from '../../../src/route-data/open-data-page.ts';
import { fixtureSource } from '../../support/content-source.ts';

const reviewed = new Date('2026-11-02T00:00:00Z');
const master = { id: 'tietoa', collection: 'pages', data: { title: 'Tietoa palvelusta', description: 'Mikä tämä on.', lastReviewed: reviewed } } as ContentPage;
const swedish = { id: 'sv/tietoa', collection: 'pageTranslations', data: { title: 'Om tjänsten', description: 'Vad det är.', lastReviewed: reviewed } } as PageTranslation;

const pages = {
  getPage: async (id: string) => (id === master.id || id === 'avoin-data' ? { ...master, id } : undefined),
  pageTranslation: async (id: string, locale: string) => (locale === 'sv' && id === 'tietoa' ? swedish : undefined),
};

describe('contentPageRouteData', () => {
  it('renders the translation when there is one, with no lang of its own', async () => {
    const page = await contentPageRouteData(pages, 'tietoa', 'sv');
    expect(page.entry).toBe(swedish);
    expect(page.data.title).toBe('Om tjänsten');
    expect(page.textLang).toBeUndefined();
  });

  it('falls back to the Finnish master, marked lang="fi", on an untranslated page', async () => {
    const page = await contentPageRouteData(pages, 'tietoa', 'en');
    expect(page.entry.id).toBe('tietoa');
    expect(page.textLang).toBe('fi');
    expect((await contentPageRouteData(pages, 'tietoa', 'fi')).textLang).toBeUndefined();
  });

  it('names the missing file when a required page is gone', async () => {
    await expect(contentPageRouteData(pages, 'puuttuva', 'fi')).rejects.toThrow('content/pages/puuttuva.mdx');
  });
});

describe('openDataPageRouteData', () => {
  it('counts the published services and the providers the exports hold', async () => {
    const source = fixtureSource();
    const data = await openDataPageRouteData({ ...pages, ...source }, 'fi');
    expect(data.counts).toEqual({ services: (await source.getServices()).length, providers: (await source.getProviders()).length });
    expect(data.counts.services).toBeGreaterThan(0);
  });
});
