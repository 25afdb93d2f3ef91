import { describe, expect, it } from 'vitest';
// The integration's own algorithm (its `i18n` option), read from its file: the links must not change.
import { generateSitemap } from '../../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';
import { sitemapAlternates } from '../../../src/lib/sitemap-alternates.ts';

const SITE = 'https://tyollisyystalo.example/';
const LOCALES = ['fi', 'sv', 'en'];

/** A site like ours: most pages in three languages, a Finnish-only section, numbered pages. */
function pages(): string[] {
  const paths = ['', 'palvelut/', 'palvelu/a/', 'palvelu/b/', 'palvelut/arki/sivu/2/', 'palvelut/arki/sivu/10/', 'haku/'];
  const urls = paths.flatMap((path) => LOCALES.map((locale) => `${SITE}${locale === 'fi' ? '' : `${locale}/`}${path}`));
  // Finnish only, and a path that exists in Swedish only.
  return [...urls, `${SITE}ammattilaisille/tarkistus/x/`, `${SITE}sv/vain-ruotsiksi/`, `${SITE}svenska/`].reverse();
}

describe('sitemapAlternates', () => {
  it('gives every page the same language links as the sitemap integration', () => {
    const urls = pages();
    const expected = generateSitemap(urls, SITE, { i18n: { defaultLocale: 'fi', locales: { fi: 'fi', sv: 'sv', en: 'en' } } });
    const alternates = sitemapAlternates(SITE, LOCALES, 'fi');
    for (const url of urls) alternates.keep(url);
    const links = new Map(expected.map((item: { url: string; links?: unknown }) => [item.url, item.links]));
    for (const url of urls) expect(alternates.linksOf(url), url).toEqual(links.get(url));
    // The check compares something: three-language pages have three links, one-language pages none.
    expect(alternates.linksOf(`${SITE}sv/palvelu/a/`)).toHaveLength(3);
    expect(alternates.linksOf(`${SITE}ammattilaisille/tarkistus/x/`)).toBeUndefined();
    expect(alternates.linksOf(`${SITE}svenska/`)).toBeUndefined();
  });

  it('orders the links as the sitemap orders pages (numbers by value)', () => {
    const alternates = sitemapAlternates(SITE, LOCALES, 'fi');
    for (const url of [`${SITE}sv/x/`, `${SITE}en/x/`, `${SITE}x/`]) alternates.keep(url);
    expect(alternates.linksOf(`${SITE}x/`)?.map((link) => link.lang)).toEqual(['en', 'sv', 'fi']);
  });
});
