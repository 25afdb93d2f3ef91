// The sitemap's language alternates (<xhtml:link hreflang>) in one pass over the pages. The
// sitemap integration's own `i18n` option compares every page with every other page, which took
// about 20 s of a 10,000-service build (76,000 pages, BENCHMARKS.md); this gives the same links.
//
// Use: `keep(url)` for each page the sitemap keeps (from its `filter`), then `linksOf(url)` for each
// item (from its `serialize`). A page's links list every language version of its path, itself
// included, in the sitemap's own order; a page that exists in one language only gets none.

export interface AlternateLink {
  url: string;
  lang: string;
}

/** The sitemap integration's order of pages (its generateSitemap sorts them so). */
// One collator for every comparison: the same order as localeCompare(b, 'en', { numeric: true }), which
// builds a collator on each call.
const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare;

export function sitemapAlternates(siteUrl: string, locales: readonly string[], defaultLocale: string) {
  const kept: string[] = [];
  let byPath: Map<string, AlternateLink[]> | undefined;

  /** The language and the language-free path of a page address, as the integration parses them. */
  const parse = (url: string): { locale: string; path: string } | undefined => {
    if (!url.startsWith(siteUrl)) return undefined;
    let rest = url.slice(siteUrl.length);
    if (!rest || rest === '/') return { locale: defaultLocale, path: '/' };
    if (!rest.startsWith('/')) rest = `/${rest}`;
    const locale = rest.split('/')[1] ?? '';
    if (locales.includes(locale)) return { locale, path: rest.slice(1 + locale.length) || '/' };
    return { locale: defaultLocale, path: rest };
  };

  return {
    keep(url: string): void {
      kept.push(url);
      byPath = undefined;
    },
    linksOf(url: string): AlternateLink[] | undefined {
      if (!byPath) {
        byPath = new Map();
        for (const page of [...kept].sort(sitemapOrder)) {
          const parsed = parse(page);
          if (!parsed) continue;
          const links = byPath.get(parsed.path) ?? [];
          links.push({ url: page, lang: parsed.locale });
          byPath.set(parsed.path, links);
        }
      }
      const parsed = parse(url);
      const links = parsed && byPath.get(parsed.path);
      return links && links.length > 1 ? links : undefined;
    },
  };
}
